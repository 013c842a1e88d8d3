import type { AdaptiveCardJson, CardAction, CardElement, SubmitAction } from '../../cards/index.js';

function elementsOf(element: CardElement): CardElement[] {
  switch (element.type) {
    case 'Container':
      return [element, ...element.items.flatMap(elementsOf)];
    case 'ColumnSet':
      return [element, ...element.columns.flatMap((column) => column.items.flatMap(elementsOf))];
    default:
      return [element];
  }
}

type CardBody = Pick<AdaptiveCardJson, 'body' | 'actions'>;

/** The cards shown inside this one (Action.ShowCard), anywhere. */
function shownCards(card: CardBody): CardBody[] {
  const actions = [...card.body.flatMap(elementsOf).flatMap((element) => (element.type === 'ActionSet' ? element.actions : [])), ...(card.actions ?? [])];
  return actions.flatMap((action) => (action.type === 'Action.ShowCard' ? [action.card, ...shownCards(action.card)] : []));
}

/** Every element of the card, depth first, then those of the cards it shows inside. */
export function allElements(card: CardBody): CardElement[] {
  return [card, ...shownCards(card)].flatMap((each) => each.body.flatMap(elementsOf));
}

/** Every action: the card's own and those in ActionSets anywhere in the body, and in the cards it shows. */
export function allActions(card: CardBody): CardAction[] {
  return [card, ...shownCards(card)].flatMap((each) => [
    ...each.body.flatMap(elementsOf).flatMap((element) => (element.type === 'ActionSet' ? element.actions : [])),
    ...(each.actions ?? []),
  ]);
}

/** The buttons that send data back to the bot (Action.OpenUrl opens a link instead). */
export function submitActions(card: AdaptiveCardJson): SubmitAction[] {
  return allActions(card).filter((action): action is SubmitAction => action.type === 'Action.Submit');
}

/** Every text a reader sees: text blocks, fact sets, labels, choices, button titles. */
export function allTexts(card: AdaptiveCardJson): string[] {
  const texts = allElements(card).flatMap((element): string[] => {
    switch (element.type) {
      case 'TextBlock':
        return [element.text];
      case 'FactSet':
        return element.facts.flatMap((fact) => [fact.title, fact.value]);
      case 'Input.ChoiceSet':
        return [...(element.label === undefined ? [] : [element.label]), ...element.choices.map((choice) => choice.title)];
      case 'Input.Number':
        return element.label === undefined ? [] : [element.label];
      case 'Input.Toggle':
        return [element.title];
      default:
        return [];
    }
  });
  return [...texts, ...allActions(card).map((action) => action.title)];
}

/**
 * What the client sends when each Submit button is pressed, after a user filled the form in:
 * the button's data plus a plausible value for every input (first choice, the minimum, toggled on).
 */
export function simulatedSubmits(card: AdaptiveCardJson): unknown[] {
  const inputValues: Record<string, string> = {};
  for (const element of allElements(card)) {
    if (element.type === 'Input.ChoiceSet') inputValues[element.id] = element.choices[0]?.value ?? '';
    if (element.type === 'Input.Number') inputValues[element.id] = String(element.min ?? 0);
    if (element.type === 'Input.Toggle') inputValues[element.id] = element.valueOn;
  }
  return submitActions(card).map((action) =>
    action.associatedInputs === 'none' ? action.data : { ...inputValues, ...action.data },
  );
}
