import { CardFactory, MessageFactory, type TokenResponse, type TurnContext } from 'botbuilder';
import {
  OAuthPrompt,
  type DialogContext,
  type DialogTurnResult,
  type OAuthPromptSettings,
  type PromptOptions,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import {
  factsFromTenant,
  findPlan,
  normalizeWords,
  tenantProducts,
  TENANT_PARTS,
  type FactsFromTenant,
  type TenantFacts,
  type TenantReader,
  type TenantReadFault,
  type TenantReading,
} from '../domain/index.js';
import { buildTenantProductCard, parseSubmit, type TenantProductChoice } from '../cards/index.js';
import { LANGUAGES, messagesFor, planName, type Language, type Messages } from '../i18n/index.js';
import { explainProblem } from './answer-problems.js';
import type { StateAccessors } from './conversation-data.js';
import { JourneyDialog, type JourneyOptions } from './journey-dialog.js';
import { JourneyWaterfall } from './journey-waterfall.js';
import { QuestionPrompt, type Question, type Recognition } from './question-prompt.js';
import { turnLanguage, turnMessages } from './turn-language.js';

/** What "Check my tenant" needs: the Azure Bot OAuth connection to sign in with, and the tenant's reader. */
export interface TenantCheckSettings {
  connectionName: string;
  reader: TenantReader;
  /** How long the sign-in card waits (botbuilder's default: 15 minutes). */
  signInTimeoutMs?: number;
  /** Told when the token service fails, for the host's log; the admin is told in words. */
  onSignInFailure?: (error: unknown) => void;
}

/**
 * botbuilder's OAuthPrompt, except that a token service that cannot be reached ends the sign-in
 * (no token: the questions come instead) rather than the turn and the conversation.
 */
class SignInPrompt extends OAuthPrompt {
  constructor(
    dialogId: string,
    settings: OAuthPromptSettings,
    private readonly failed: (context: TurnContext, error: unknown) => Promise<void>,
  ) {
    super(dialogId, settings);
  }

  override async beginDialog(dc: DialogContext, options?: PromptOptions): Promise<DialogTurnResult> {
    try {
      return await super.beginDialog(dc, options);
    } catch (error) {
      await this.failed(dc.context, error);
      return dc.endDialog(undefined);
    }
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    try {
      return await super.continueDialog(dc);
    } catch (error) {
      await this.failed(dc.context, error);
      return dc.endDialog(undefined);
    }
  }
}

const PRODUCT_PROMPT = 'tenant.productPrompt';
const signInPromptId = (language: Language) => `tenant.signIn.${language}`;

/** What the waterfall keeps between its steps: the facts of each product, never the token or the raw reading. */
interface TenantCheckValues {
  candidates: Record<string, FactsFromTenant>;
  unknownSkus: string[];
}

interface ProductQuestionSpec {
  products: TenantProductChoice[];
}

/** Picks a product: its button, its number, its SKU part number, or a plan name that fits only one. */
const productQuestion: Question<ProductQuestionSpec, string> = {
  render(context, { products }) {
    return MessageFactory.attachment(CardFactory.adaptiveCard(buildTenantProductCard(turnLanguage(context), products)));
  },
  recognize(context, { products }): Recognition<string> {
    const { value, text } = context.activity;
    const offered = (sku: string | undefined): Recognition<string> =>
      sku !== undefined && products.some((product) => product.skuPartNumber === sku) ? { ok: true, value: sku } : { ok: false, problem: 'not-a-choice' };
    if (value !== undefined && value !== null) {
      const submit = parseSubmit(value);
      if (!submit.ok) return { ok: false, problem: 'invalid-submit' };
      if (submit.data.action !== 'tenant-product') return { ok: false, problem: 'stale-card' };
      return offered(submit.data.sku);
    }
    const typed = (text ?? '').trim();
    if (/^\d{1,2}$/.test(typed)) return offered(products[Number(typed) - 1]?.skuPartNumber);
    const bySku = products.find((product) => product.skuPartNumber.toLowerCase() === typed.toLowerCase());
    if (bySku) return offered(bySku.skuPartNumber);
    const plan = findPlan(typed);
    const byPlan = plan ? products.filter((product) => product.planId === plan.id) : [];
    return byPlan.length === 1 ? offered(byPlan[0]?.skuPartNumber) : { ok: false, problem: normalizeWords(typed) === '' ? 'not-understood' : 'not-a-choice' };
  },
  explain(context, problem) {
    return explainProblem(turnMessages(context), problem);
  },
};

/** One sentence a kind of fault, naming the parts it cost. */
function faultLines(messages: Messages, reading: TenantReading): string[] {
  const byFault = new Map<TenantReadFault, string[]>();
  for (const part of TENANT_PARTS) {
    const fault = reading.faults[part];
    if (fault) byFault.set(fault, [...(byFault.get(fault) ?? []), messages.tenant.parts[part]]);
  }
  return [...byFault].map(([fault, parts]) => messages.tenant.fault[fault](parts));
}

/**
 * "Check my tenant": sign in (OAuthPrompt; in Teams, single sign-on), read the tenant through the
 * reader, pick the subscription when there are several, say what was read, then the usual journey
 * asks only what is still open. Without a sign-in, or with nothing read, the questions come as before.
 */
export class TenantCheckDialog extends JourneyWaterfall {
  static readonly id = 'tenant-check';
  readonly companions;
  private readonly signInPrompts: ReadonlyMap<Language, SignInPrompt>;

  constructor(
    private readonly state: StateAccessors,
    private readonly settings: TenantCheckSettings,
  ) {
    super(TenantCheckDialog.id);
    // The sign-in card's words are fixed when the prompt is built: one prompt a language.
    this.signInPrompts = new Map(
      LANGUAGES.map((language) => {
        const { tenant } = messagesFor(language);
        const prompt = new SignInPrompt(
          signInPromptId(language),
          {
            connectionName: settings.connectionName,
            title: tenant.signInTitle,
            text: tenant.signInText,
            ...(settings.signInTimeoutMs === undefined ? {} : { timeout: settings.signInTimeoutMs }),
            // Anything else typed ends the sign-in: the admin answers the questions instead.
            endOnInvalidMessage: true,
          },
          async (context, error) => {
            settings.onSignInFailure?.(error);
            await context.sendActivity(turnMessages(context).tenant.signInUnavailable);
          },
        );
        return [language, prompt] as const;
      }),
    );
    this.companions = [...this.signInPrompts.values(), new QuestionPrompt(PRODUCT_PROMPT, productQuestion)];
    for (const step of [this.signIn, this.read, this.handOver]) this.addStep(step.bind(this));
  }

  /** "Sign out": the token service forgets the admin's sign-in for this connection. */
  async signOut(context: TurnContext): Promise<void> {
    await this.promptFor(turnLanguage(context)).signOutUser(context);
    await context.sendActivity(turnMessages(context).tenant.signedOut);
  }

  private promptFor(language: Language): SignInPrompt {
    const prompt = this.signInPrompts.get(language);
    if (!prompt) throw new RangeError(`No sign-in prompt for ${language}`);
    return prompt;
  }

  private async signIn(step: WaterfallStepContext) {
    await step.context.sendActivity(turnMessages(step.context).tenant.intro);
    return step.beginDialog(signInPromptId(turnLanguage(step.context)));
  }

  private async read(step: WaterfallStepContext) {
    const messages = turnMessages(step.context);
    const token = (step.result as TokenResponse | undefined)?.token;
    if (!token) {
      await step.context.sendActivity(messages.tenant.signInSkipped);
      return this.continueWith(step, {});
    }
    const reading = await this.settings.reader.read(token);
    for (const line of faultLines(messages, reading)) await step.context.sendActivity(line);
    // A token Graph calls expired is of no use again: the next "Check my tenant" signs in afresh.
    if (Object.values(reading.faults).includes('token-expired')) await this.promptFor(turnLanguage(step.context)).signOutUser(step.context);

    const { known, unknownSkus } = tenantProducts(reading.snapshot);
    const candidates = Object.fromEntries(known.map((product) => [product.skuPartNumber, factsFromTenant(reading.snapshot, product.skuPartNumber)]));
    Object.assign(step.values, { candidates, unknownSkus } satisfies TenantCheckValues);
    if (known.length === 0) {
      if (unknownSkus.length > 0) await step.context.sendActivity(messages.tenant.noKnownProduct(unknownSkus));
      // Still worth having: the domains, the role, whatever does not depend on the plan.
      return step.next(factsFromTenant(reading.snapshot, ''));
    }
    if (known.length === 1) return step.next(candidates[known[0]?.skuPartNumber ?? '']);
    const products: TenantProductChoice[] = known.map(({ skuPartNumber, plan, licensesPurchased, licensesAssigned }) => ({
      skuPartNumber,
      planId: plan.id,
      licensesPurchased,
      licensesAssigned,
    }));
    return step.prompt(PRODUCT_PROMPT, { validations: { products } satisfies ProductQuestionSpec });
  }

  private async handOver(step: WaterfallStepContext) {
    const { candidates, unknownSkus } = step.values as TenantCheckValues;
    const read = typeof step.result === 'string' ? candidates[step.result] : (step.result as FactsFromTenant | undefined);
    const messages = turnMessages(step.context);
    if (!read || read.fromTenant.length === 0) return this.continueWith(step, {});
    const { facts, customDomains, servicesWithIssues } = read;
    const lines = [
      messages.tenant.fromTenant({ ...(facts.currentPlan ? { planName: planName(messages, facts.currentPlan) } : {}), facts, customDomains }),
      ...(servicesWithIssues.length > 0 ? [messages.tenant.servicesWithIssues(servicesWithIssues.map((service) => service.service))] : []),
      ...(unknownSkus.length > 0 && facts.currentPlan ? [messages.tenant.unknownProducts(unknownSkus)] : []),
      messages.tenant.correctHint,
    ];
    await step.context.sendActivity(lines.join('\n\n'));
    return this.continueWith(step, facts);
  }

  /**
   * The usual journey from here. What the tenant says replaces what was said before about the same
   * facts; the rest of what was said (the plan wanted, the billing account) still holds.
   */
  private async continueWith(step: WaterfallStepContext, fromTenant: Partial<TenantFacts>) {
    const data = await this.state.conversationData.get(step.context, {});
    const facts = { ...data.facts, ...fromTenant };
    data.facts = facts;
    return step.replaceDialog(JourneyDialog.id, { goal: 'can-i-upgrade', facts } satisfies JourneyOptions);
  }
}
