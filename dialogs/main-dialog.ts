import { ActivityTypes, CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import {
  ComponentDialog,
  Dialog,
  DialogEvents,
  WaterfallDialog,
  type DialogContext,
  type DialogEvent,
  type DialogTurnResult,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import {
  assumedPlans,
  comparePlans,
  diagnose,
  extractCaseDetails,
  extractFacts,
  factsBesideQuestion,
  namesACustomerCase,
  openFacts,
  QUESTIONS,
  readAdminCenterMessage,
  readComparison,
  readQuestion,
  walkthrough,
  whatIfFacts,
  type TenantFacts,
} from '../domain/index.js';
import { buildAnswerCard, buildComparisonCard, buildConfirmStartOverCard, buildMenuCard, comparisonRefusal, parseSubmit } from '../cards/index.js';
import { planName, type CurrentActivity } from '../i18n/index.js';
import type { CaseDesk } from './case-desk.js';
import { recognizeGlobalCommand, recognizeJourney, type GlobalCommand, type Journey } from './commands.js';
import type { StateAccessors } from './conversation-data.js';
import { factLines } from './fact-lines.js';
import { IntakeDialog } from './intake-dialog.js';
import { JourneyDialog, type JourneyOptions } from './journey-dialog.js';
import type { CheckBackDesk } from './check-back.js';
import { continueActiveDialog } from './continue-active-dialog.js';
import { explainPastedMessage } from './pasted-message.js';
import { TenantCheckDialog, type TenantCheckSettings } from './tenant-check-dialog.js';
import { TriageDialog, type TriageOptions } from './triage-dialog.js';
import { setTurnLanguage, turnLanguage, turnMessages } from './turn-language.js';
import { stoppedMessage, WalkthroughDialog, type WalkthroughOptions } from './walkthrough-dialog.js';

export interface MainOptions {
  journey?: Journey;
  /** Begins the triage form with these options (adding facts to a case). */
  triage?: TriageOptions;
  /** "Why can't I?" asks what the admin center says even with facts known (a greyed-out link on a step). */
  askPage?: boolean;
  /** Begun by the journey before it (a recheck, a greyed-out link): its facts need no saying back. */
  carryOn?: boolean;
}

const ROUTE = 'main.route';

/** What an interruption leaves behind: the pending question asked again, or nothing more this turn. */
type Handled = 'reprompt' | 'end-turn' | 'ended' | { begin: Journey; triage?: TriageOptions };

/**
 * The root: picks a journey from the menu card or the typed words, and hears the commands that
 * work anywhere (help, cancel, start over, language, where was I, my cases, case <id>).
 */
export class MainDialog extends ComponentDialog {
  static readonly id = 'main';

  /** Present only when the bot can sign in to Microsoft 365: "Check my tenant" is offered then. */
  private readonly tenantCheck: TenantCheckDialog | undefined;

  constructor(
    private readonly state: StateAccessors,
    private readonly desk: CaseDesk,
    private readonly checkBacks?: CheckBackDesk,
    tenantCheck?: TenantCheckSettings,
  ) {
    super(MainDialog.id);
    this.tenantCheck = tenantCheck ? new TenantCheckDialog(state, tenantCheck) : undefined;
    const journeys = [new JourneyDialog(state), new IntakeDialog(state), new WalkthroughDialog(state, checkBacks), new TriageDialog(desk)];
    // One flat set: journeys begin one another (and their prompts) by id.
    for (const journey of this.tenantCheck ? [...journeys, this.tenantCheck] : journeys) {
      this.addDialog(journey);
      for (const companion of journey.companions) this.addDialog(companion);
    }
    this.addDialog(new WaterfallDialog(ROUTE, [this.route.bind(this), this.finish.bind(this)]));
    this.initialDialogId = ROUTE;
  }

  /**
   * A dialog stack saved by an earlier version of the bot names dialogs that are gone or shaped
   * differently (the library sees the set's version change). It is dropped and the message routed
   * afresh; the conversation data (facts, walkthrough progress) stays, so "resume" still works.
   */
  protected override async onPreBubbleEvent(dc: DialogContext, event: DialogEvent): Promise<boolean> {
    if (event.name !== DialogEvents.versionChanged) return super.onPreBubbleEvent(dc, event);
    this.createChildContext(dc).stack.length = 0;
    return true;
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    if (innerDc.stack.length === 0) return innerDc.beginDialog(ROUTE);
    // The bottom of the stack is the route; above it, the journey it began, then whatever that journey began.
    const handled = await this.handleAnywhere(innerDc.context, innerDc.stack[1]?.id ?? ROUTE);
    if (!handled) return continueActiveDialog(innerDc);
    if (handled === 'reprompt') {
      await innerDc.repromptDialog();
      return Dialog.EndOfTurn;
    }
    if (handled === 'end-turn') return Dialog.EndOfTurn;
    await innerDc.cancelAllDialogs();
    if (handled === 'ended') return innerDc.endDialog();
    return innerDc.beginDialog(ROUTE, { journey: handled.begin, ...(handled.triage ? { triage: handled.triage } : {}) } satisfies MainOptions);
  }

  private async route(step: WaterfallStepContext) {
    const { context } = step;
    const options = step.options as MainOptions | undefined;
    let journey = options?.journey;
    let triage = options?.triage;
    let typedFacts: Partial<TenantFacts> = {};
    // A sign-in event or invoke that no sign-in is waiting for: nothing to say.
    if (!journey && context.activity.type !== ActivityTypes.Message) return step.endDialog();
    if (!journey) {
      const handled = await this.handleAnywhere(context, undefined);
      if (handled && typeof handled === 'object') {
        journey = handled.begin;
        triage = handled.triage;
      } else if (handled) return step.endDialog();
    }
    if (journey === 'triage' && triage) return step.beginDialog(TriageDialog.id, triage);
    if (!journey && context.activity.value !== undefined && context.activity.value !== null) {
      // A card from a finished journey, or one that is not ours: say so and offer the menu.
      await context.sendActivity(turnMessages(context).ui.staleCard);
      await this.sendMenu(context);
      return step.endDialog();
    }
    if (!journey) {
      const text = context.activity.text ?? '';
      typedFacts = extractFacts(text);
      const requested = this.offered(recognizeJourney(text));
      journey = requested ?? (Object.keys(typedFacts).length > 0 ? 'can-i-upgrade' : undefined);
      // A message pasted from the admin center as the first words: say which one it is, as the page-says card does.
      const pasted = !requested && journey ? readAdminCenterMessage(text, 'pasted') : undefined;
      if (pasted) await explainPastedMessage(context, pasted.id);
      // Facts read from the first sentence are said back, with any plan taken from letters alone.
      else if (journey && Object.keys(typedFacts).length > 0) await this.sayBack(context, text, typedFacts);
    }
    if (!journey) {
      await context.sendActivity(turnMessages(context).answers.notUnderstood);
      await this.sendMenu(context);
      return step.endDialog();
    }
    return this.beginJourney(step, journey, typedFacts, options ?? {});
  }

  private async sayBack(context: TurnContext, text: string, facts: Partial<TenantFacts>): Promise<void> {
    const messages = turnMessages(context);
    const assumed = assumedPlans(text, facts).map(({ typed, taken, alternative }) =>
      messages.intake.assumedPlan(typed, planName(messages, taken), planName(messages, alternative)),
    );
    await context.sendActivity([messages.intake.noted(factLines(messages, facts)), ...assumed].join(' '));
  }

  private async beginJourney(step: WaterfallStepContext, journey: Journey, typedFacts: Partial<TenantFacts>, { askPage = false, carryOn = false }: MainOptions) {
    const data = await this.state.conversationData.get(step.context, {});
    if (journey === 'resume') {
      if (!data.walkthrough) {
        await step.context.sendActivity(turnMessages(step.context).ui.nothingToResume);
        await this.sendMenu(step.context);
        return step.endDialog();
      }
      return step.beginDialog(WalkthroughDialog.id, { progress: data.walkthrough } satisfies WalkthroughOptions);
    }
    if (journey === 'triage') {
      // "new case: E3, ticket 48300": the ticket and tenant typed with the request fill the form too.
      return step.beginDialog(TriageDialog.id, { facts: typedFacts, details: extractCaseDetails(step.context.activity.text ?? '') } satisfies TriageOptions);
    }
    if (journey === 'check-tenant') {
      if (this.tenantCheck) return step.beginDialog(TenantCheckDialog.id);
      await this.sendMenu(step.context);
      return step.endDialog();
    }
    // What the admin said before still holds, and is said back; what they say now wins.
    const earlier = data.facts ?? {};
    if (!carryOn && Object.keys(earlier).length > 0 && Object.keys(typedFacts).length === 0) {
      const messages = turnMessages(step.context);
      await step.context.sendActivity(messages.intake.keptFacts(factLines(messages, earlier)));
    }
    const facts = { ...earlier, ...typedFacts };
    data.facts = facts;
    return step.beginDialog(JourneyDialog.id, { goal: journey, facts, ...(askPage ? { askPage } : {}) } satisfies JourneyOptions);
  }

  private async finish(step: WaterfallStepContext) {
    const result = step.result as { startOver?: boolean; recheck?: boolean; whyNot?: boolean } | undefined;
    if (result?.startOver) {
      await this.startOver(step.context);
    }
    // "Check again" typed on a step: a new verdict from the facts as they are now.
    if (result?.recheck) return step.replaceDialog(ROUTE, { journey: 'can-i-upgrade', carryOn: true } satisfies MainOptions);
    // The link of a step is greyed out: what does the admin center say?
    if (result?.whyNot) return step.replaceDialog(ROUTE, { journey: 'why-no-upgrade-tab', askPage: true, carryOn: true } satisfies MainOptions);
    return step.endDialog();
  }

  /** Commands that work anywhere; `activeChild` names the journey whose question is pending, if any. */
  private async handleAnywhere(context: TurnContext, activeChild: string | undefined): Promise<Handled | undefined> {
    const active = activeChild !== undefined;
    const submit = context.activity.value !== undefined && context.activity.value !== null ? parseSubmit(context.activity.value) : undefined;
    if (submit?.ok && submit.data.action === 'menu') return { begin: submit.data.choice };
    if (submit?.ok && submit.data.action === 'start-over') {
      if (submit.data.confirm) {
        await this.startOver(context);
        return 'ended';
      }
      await context.sendActivity(turnMessages(context).ui.keptWalkthrough);
      return active ? 'end-turn' : 'ended';
    }
    if (submit?.ok && submit.data.action === 'open-case') {
      await this.desk.open(context, submit.data.caseId);
      return active ? 'reprompt' : 'ended';
    }
    if (submit?.ok && submit.data.action === 'case') {
      if (submit.data.command === 'status') {
        await this.desk.setStatus(context, submit.data.caseId, submit.data.status);
        return active ? 'reprompt' : 'ended';
      }
      const found = await this.desk.readable(context, submit.data.caseId);
      if (!found) return active ? 'reprompt' : 'ended';
      const { customer, tenant, ticket } = found;
      const details = { ...(customer ? { customer } : {}), ...(tenant ? { tenant } : {}), ...(ticket ? { ticket } : {}) };
      return { begin: 'triage', triage: { caseId: found.id, facts: found.facts, details } };
    }
    if (submit?.ok && submit.data.action === 'lead') {
      await this.desk.leadView(context);
      return active ? 'reprompt' : 'ended';
    }
    // A check-back's own buttons; "schedule" belongs to the step card that offers it.
    if (submit?.ok && submit.data.action === 'check-back' && submit.data.choice !== 'schedule' && this.checkBacks) {
      if (submit.data.choice === 'cancel') await this.checkBacks.cancel(context);
      else await this.checkBacks.answer(context, submit.data.choice === 'finished');
      return active ? 'reprompt' : 'ended';
    }
    const command = submit ? undefined : recognizeGlobalCommand(context.activity.text);
    // Without the tenant check, "sign out" means nothing here, as before it existed.
    if (command?.kind === 'sign-out' && !this.tenantCheck) return undefined;
    if (command) return this.obey(context, command, activeChild);
    if (submit) return undefined;
    return (await this.customerCase(context, activeChild)) ?? this.answerQuestion(context, activeChild);
  }

  /**
   * "New case" anywhere, or a sentence that names a customer or ticket ("Customer Contoso, tenant
   * contoso.com, ticket 4711: E3"): an agent's case, begun with what the sentence says. The admin's
   * own facts are not touched. The triage form reads such sentences itself.
   */
  private async customerCase(context: TurnContext, activeChild: string | undefined): Promise<Handled | undefined> {
    if (activeChild === TriageDialog.id) return undefined;
    const text = context.activity.text ?? '';
    const asked = recognizeJourney(text) === 'triage';
    const details = extractCaseDetails(text);
    if (!asked && !namesACustomerCase(details)) return undefined;
    if (!asked) await context.sendActivity(turnMessages(context).desk.form.readAsCase(details.customer));
    return { begin: 'triage', triage: { facts: extractFacts(text), details } };
  }

  /**
   * A question admins ask on the way ("how long does it take?"), asked anywhere: its answer card,
   * and in the middle of something one line on where we were, not that card again. Facts stated
   * with the question still reach the question pending. At the menu, a request for a journey
   * ("can I upgrade if I have an add-on?") starts the journey instead, and a what-if goes to the
   * verdict or the step that answers it.
   */
  private async answerQuestion(context: TurnContext, activeChild: string | undefined): Promise<Handled | undefined> {
    const text = context.activity.text ?? '';
    const compared = await this.answerComparison(context, activeChild, text);
    if (compared) return compared;
    const topic = readQuestion(text);
    if (!topic || (activeChild === undefined && !QUESTIONS[topic].notAJourneyRequest && this.offered(recognizeJourney(text)))) return undefined;
    // "What if we had an add-on?" asks for the answer with that fact, which the verdict or the step gives.
    if (whatIfFacts(text)) return undefined;
    const lang = turnLanguage(context);
    const messages = turnMessages(context);
    const pending = activeChild === undefined ? undefined : messages.answers.pendingCard(await this.currentActivity(context, activeChild));
    await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(buildAnswerCard(lang, topic, pending ? { backTo: pending } : {}))));
    // The answer card says where the Upgrade tab went; its nine 2020 steps would be noise after it.
    const data = await this.state.conversationData.get(context, {});
    // A plan or a count named in the question is what it asks about, not a fact about the tenant.
    const { stated, leftOut } = factsBesideQuestion(text);
    // In the middle of something, facts stated beside the question reach the question pending, which
    // reads the whole message: so only when the question itself names none.
    if (activeChild !== undefined) return Object.keys(stated).length > 0 && !leftOut ? undefined : 'end-turn';
    // Asked with nothing pending: the facts it states are kept for the next journey, and said back.
    if (Object.keys(stated).length > 0) {
      data.facts = { ...data.facts, ...stated };
      await context.sendActivity(messages.intake.noted(factLines(messages, stated)));
    }
    return 'ended';
  }

  /**
   * "What do we lose going from E3 to E1?", "E3 vs E5", asked anywhere: the services gained and
   * lost, or why it cannot compare and what it can. The plans named are never facts: nothing the
   * conversation knows changes, and the journey in progress stays where it was.
   */
  private async answerComparison(context: TurnContext, activeChild: string | undefined, text: string): Promise<Handled | undefined> {
    const data = await this.state.conversationData.get(context, {});
    const known = data.walkthrough?.facts ?? data.facts ?? {};
    const asked = readComparison(text, known);
    if (!asked) return undefined;
    const lang = turnLanguage(context);
    const messages = turnMessages(context);
    const pending = activeChild === undefined ? undefined : messages.answers.pendingCard(await this.currentActivity(context, activeChild));
    if (asked.kind === 'compare') {
      const comparison = { from: asked.from, to: asked.to, ...comparePlans(asked.from, asked.to) };
      const card = buildComparisonCard(lang, comparison, pending ? { backTo: pending } : {});
      await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
    } else {
      const refusal = comparisonRefusal(lang, asked);
      await context.sendActivity(pending ? `${refusal}\n\n${messages.answers.backTo(pending)}` : refusal);
    }
    return activeChild === undefined ? 'ended' : 'end-turn';
  }

  /** A journey the bot offers: "Check my tenant" only with a connection to sign in with. */
  private offered(journey: Journey | undefined): Journey | undefined {
    return journey === 'check-tenant' && !this.tenantCheck ? undefined : journey;
  }

  private async obey(context: TurnContext, command: GlobalCommand, activeChild: string | undefined): Promise<Handled> {
    const active = activeChild !== undefined;
    const messages = () => turnMessages(context);
    switch (command.kind) {
      case 'help':
        await context.sendActivity(this.tenantCheck ? `${messages().ui.help}\n\n${messages().tenant.help}` : messages().ui.help);
        return active ? 'reprompt' : 'ended';
      case 'cancel': {
        const data = await this.state.conversationData.get(context, {});
        await context.sendActivity(data.walkthrough ? stoppedMessage(context, messages().ui.cancelledCanResume) : messages().ui.cancelled);
        return 'ended';
      }
      case 'start-over': {
        // A saved walkthrough is progress: asked before it is thrown away.
        const { walkthrough: saved } = await this.state.conversationData.get(context, {});
        if (saved) {
          const total = walkthrough(saved.kind, saved.facts).length;
          const card = buildConfirmStartOverCard(turnLanguage(context), saved.stepIndex + 1, total);
          await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
          return active ? 'end-turn' : 'ended';
        }
        await this.startOver(context);
        return 'ended';
      }
      case 'menu':
        await this.sendMenu(context);
        return active ? 'end-turn' : 'ended';
      case 'language': {
        const profile = await this.state.userProfile.get(context, {});
        profile.language = command.language;
        setTurnLanguage(context, command.language);
        await context.sendActivity(messages().ui.languageSwitched);
        if (!active) await this.sendMenu(context);
        return active ? 'reprompt' : 'ended';
      }
      case 'where-was-i':
        await context.sendActivity(messages().ui.whereWasI(await this.currentActivity(context, activeChild)));
        return active ? 'reprompt' : 'ended';
      case 'my-cases':
        await this.desk.listMine(context);
        return active ? 'reprompt' : 'ended';
      case 'resume': {
        // A saved walkthrough picks up at its step, even from the middle of that same step.
        const data = await this.state.conversationData.get(context, {});
        if (data.walkthrough) return { begin: 'resume' };
        await context.sendActivity(messages().ui.nothingToResume);
        if (!active) await this.sendMenu(context);
        return active ? 'reprompt' : 'ended';
      }
      case 'open-case':
        await this.desk.open(context, command.caseId);
        return active ? 'reprompt' : 'ended';
      case 'find-case':
        await this.desk.find(context, command.query);
        return active ? 'reprompt' : 'ended';
      case 'add-to-case': {
        const facts = extractFacts(command.text);
        const details = extractCaseDetails(command.text);
        if (Object.keys(facts).length + Object.keys(details).length === 0) await context.sendActivity(messages().desk.case.noFactsRead);
        else await this.desk.addFacts(context, command.caseId, facts, details);
        return active ? 'reprompt' : 'ended';
      }
      case 'lead-view':
        await this.desk.leadView(context);
        return active ? 'reprompt' : 'ended';
      case 'cancel-check-back':
        if (this.checkBacks) await this.checkBacks.cancel(context);
        else await context.sendActivity(messages().desk.checkBack.nothingToCancel);
        return active ? 'reprompt' : 'ended';
      case 'sign-out':
        await this.tenantCheck?.signOut(context);
        return active ? 'reprompt' : 'ended';
    }
  }

  private async startOver(context: TurnContext): Promise<void> {
    const data = await this.state.conversationData.get(context, {});
    delete data.facts;
    delete data.walkthrough;
    await context.sendActivity(turnMessages(context).ui.startedOver);
    await this.sendMenu(context);
  }

  async sendMenu(context: TurnContext): Promise<void> {
    const data = await this.state.conversationData.get(context, {});
    const card = buildMenuCard(turnLanguage(context), { canResume: data.walkthrough !== undefined, canCheckTenant: this.tenantCheck !== undefined });
    await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
  }

  private async currentActivity(context: TurnContext, activeChild: string | undefined): Promise<CurrentActivity> {
    const data = await this.state.conversationData.get(context, {});
    if (data.walkthrough) {
      const progress = data.walkthrough;
      const steps = walkthrough(progress.kind, progress.facts);
      const current = steps[progress.stepIndex];
      const stepTitle = current ? turnMessages(context).steps[current.id].title : '';
      return { kind: 'walkthrough', path: progress.kind, stepIndex: progress.stepIndex, total: steps.length, stepTitle };
    }
    if (activeChild === TriageDialog.id) return { kind: 'triage', answered: 0 };
    const facts = data.facts ?? {};
    if (activeChild !== JourneyDialog.id) return { kind: 'nothing' };
    const [nextFact] = openFacts({ facts, purpose: 'diagnosis' });
    // Nothing left to ask: the diagnosis card is on screen, waiting for the next move.
    if (!nextFact && facts.currentPlan) return { kind: 'diagnosis', path: diagnose(facts as TenantFacts).path };
    return { kind: 'questions', answered: Object.keys(facts).length, ...(nextFact ? { nextFact } : {}) };
  }
}

