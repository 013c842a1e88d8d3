/**
 * A small typed model of the Adaptive Card elements this bot uses (schema 1.4), so cards are built
 * as typed data and never by concatenating JSON. Teams renders up to 1.5, with reports of 1.5
 * failing on some clients, so every card stays on 1.4.
 */
import type { SubmitActionData } from './submit-data.js';

export const CARD_VERSION = '1.4';
export const CARD_SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';

export type Spacing = 'none' | 'small' | 'default' | 'medium' | 'large' | 'extraLarge' | 'padding';
export type ContainerStyle = 'default' | 'emphasis' | 'good' | 'attention' | 'warning' | 'accent';
export type TextColor = 'default' | 'dark' | 'light' | 'accent' | 'good' | 'warning' | 'attention';

interface ElementBase {
  id?: string;
  spacing?: Spacing;
  separator?: boolean;
}

export interface TextBlock extends ElementBase {
  type: 'TextBlock';
  text: string;
  wrap: boolean;
  size?: 'small' | 'default' | 'medium' | 'large' | 'extraLarge';
  weight?: 'lighter' | 'default' | 'bolder';
  color?: TextColor;
  isSubtle?: boolean;
}

export interface Container extends ElementBase {
  type: 'Container';
  items: CardElement[];
  style?: ContainerStyle;
  minHeight?: string;
  bleed?: boolean;
}

export interface Column {
  type: 'Column';
  items: CardElement[];
  width?: 'auto' | 'stretch' | number;
  style?: ContainerStyle;
  minHeight?: string;
  spacing?: Spacing;
  verticalContentAlignment?: 'top' | 'center' | 'bottom';
}

export interface ColumnSet extends ElementBase {
  type: 'ColumnSet';
  columns: Column[];
}

export interface FactSet extends ElementBase {
  type: 'FactSet';
  facts: { title: string; value: string }[];
}

interface InputBase extends ElementBase {
  id: string;
  label?: string;
  isRequired?: boolean;
  errorMessage?: string;
}

export interface Choice {
  title: string;
  value: string;
}

export interface ChoiceSetInput extends InputBase {
  type: 'Input.ChoiceSet';
  choices: Choice[];
  style?: 'compact' | 'expanded';
  placeholder?: string;
  value?: string;
}

export interface NumberInput extends InputBase {
  type: 'Input.Number';
  min?: number;
  max?: number;
  placeholder?: string;
  value?: number;
}

export interface TextInput extends InputBase {
  type: 'Input.Text';
  placeholder?: string;
  value?: string;
  maxLength?: number;
  /** Checked by the client before it sends (schema 1.3). */
  regex?: string;
}

export interface Image extends ElementBase {
  type: 'Image';
  /** A PNG data URI (Teams renders PNG, JPEG and GIF; SVG is not among them). */
  url: string;
  altText: string;
  size?: 'auto' | 'stretch' | 'small' | 'medium' | 'large';
}

export interface ToggleInput extends InputBase {
  type: 'Input.Toggle';
  title: string;
  valueOn: string;
  valueOff: string;
  value: string;
  wrap?: boolean;
}

export interface ActionSet extends ElementBase {
  type: 'ActionSet';
  actions: CardAction[];
}

export type CardElement =
  | TextBlock
  | Container
  | ColumnSet
  | FactSet
  | ChoiceSetInput
  | NumberInput
  | TextInput
  | ToggleInput
  | Image
  | ActionSet;

export interface SubmitAction {
  type: 'Action.Submit';
  title: string;
  /** Always an object with an `action` field: a card click arrives as activity.value with no text. */
  data: SubmitActionData;
  style?: 'default' | 'positive' | 'destructive';
  /** 'none' for buttons that must work without filling the form in (Back, Stop for now). */
  associatedInputs?: 'auto' | 'none';
}

/** Opens a link in the browser: a download the bot serves, for instance. */
export interface OpenUrlAction {
  type: 'Action.OpenUrl';
  title: string;
  url: string;
}

/** Shows a card inside this one: what only some readers need ("More"), without another message. */
export interface ShowCardAction {
  type: 'Action.ShowCard';
  title: string;
  card: { type: 'AdaptiveCard'; body: CardElement[] };
}

export type CardAction = SubmitAction | OpenUrlAction | ShowCardAction;

export interface AdaptiveCardJson {
  type: 'AdaptiveCard';
  $schema: typeof CARD_SCHEMA;
  version: typeof CARD_VERSION;
  body: CardElement[];
  actions?: CardAction[];
  /** What a client that cannot render cards shows instead. */
  fallbackText?: string;
}

export function adaptiveCard(body: CardElement[], actions: CardAction[] = [], fallbackText?: string): AdaptiveCardJson {
  return {
    type: 'AdaptiveCard',
    $schema: CARD_SCHEMA,
    version: CARD_VERSION,
    body,
    ...(actions.length > 0 ? { actions } : {}),
    ...(fallbackText === undefined ? {} : { fallbackText }),
  };
}

export function textBlock(text: string, options: Omit<TextBlock, 'type' | 'text' | 'wrap'> = {}): TextBlock {
  return { type: 'TextBlock', text, wrap: true, ...options };
}

export function heading(text: string, size: TextBlock['size'] = 'medium'): TextBlock {
  return textBlock(text, { size, weight: 'bolder' });
}

/** Small grey text for sources and side notes. */
export function subtleText(text: string): TextBlock {
  return textBlock(text, { isSubtle: true, size: 'small', spacing: 'small' });
}

/** A markdown bullet list in one block (Adaptive Cards render "- " lines as a list). */
export function bulletList(lines: string[], options: Omit<TextBlock, 'type' | 'text' | 'wrap'> = {}): TextBlock {
  return textBlock(lines.map((line) => `- ${line}`).join('\n'), options);
}

export function container(items: CardElement[], options: Omit<Container, 'type' | 'items'> = {}): Container {
  return { type: 'Container', items, ...options };
}

export function column(items: CardElement[], options: Omit<Column, 'type' | 'items'> = {}): Column {
  return { type: 'Column', items, ...options };
}

export function columnSet(columns: Column[], options: Omit<ColumnSet, 'type' | 'columns'> = {}): ColumnSet {
  return { type: 'ColumnSet', columns, ...options };
}

export function factSet(facts: { title: string; value: string }[], options: Omit<FactSet, 'type' | 'facts'> = {}): FactSet {
  return { type: 'FactSet', facts, ...options };
}

export function actionSet(actions: CardAction[], options: Omit<ActionSet, 'type' | 'actions'> = {}): ActionSet {
  return { type: 'ActionSet', actions, ...options };
}

export function submitAction(
  title: string,
  data: SubmitActionData,
  options: Omit<SubmitAction, 'type' | 'title' | 'data'> = {},
): SubmitAction {
  return { type: 'Action.Submit', title, data, ...options };
}

export function showCardAction(title: string, body: CardElement[]): ShowCardAction {
  return { type: 'Action.ShowCard', title, card: { type: 'AdaptiveCard', body } };
}

export function openUrlAction(title: string, url: string): OpenUrlAction {
  return { type: 'Action.OpenUrl', title, url };
}
