import { createRequire } from 'node:module';
import { TurnContext, type BotAdapter, type Middleware } from 'botbuilder';
import { DialogContext, DialogSet, type DialogStateManagerConfiguration } from 'botbuilder-dialogs';

/**
 * Where botbuilder-dialogs looks for the turn's DialogStateManager configuration before building
 * one (dialogStateManager.js). Not exported by the library; a host test checks it still applies.
 */
export const DIALOG_STATE_MANAGER_CONFIGURATION_KEY = 'DialogStateManagerConfiguration';

/** The module whose export every DialogStateManager constructs (lib/memory/dialogStateManager.js reads it at each construction). */
const REGISTRATION_MODULE = 'botbuilder-dialogs/lib/dialogsComponentRegistration.js';

type RegistrationModule = { DialogsComponentRegistration: new () => object };
const REUSED = Symbol.for('upgrade-assistant.reused-dialogs-component-registration');

/**
 * Every DialogStateManager (one per DialogContext, and each waterfall step is one: several a turn)
 * registers a newly built DialogsComponentRegistration, a service collection and dependency graph
 * thrown away at once: about a tenth of the dialogs' CPU a turn, most of it garbage. The
 * registration holds no turn data, so each construction hands back the first one built.
 */
export function reuseDialogsComponentRegistration(): void {
  const registrations = createRequire(import.meta.url)(REGISTRATION_MODULE) as RegistrationModule & { [REUSED]?: true };
  if (registrations[REUSED]) return;
  const Built = registrations.DialogsComponentRegistration;
  let first: object | undefined;
  // A constructor that returns an object makes `new` give that object.
  registrations.DialogsComponentRegistration = function reusedRegistration() {
    first ??= new Built();
    return first;
  } as unknown as RegistrationModule['DialogsComponentRegistration'];
  registrations[REUSED] = true;
}

/**
 * The memory scopes and path resolvers botbuilder-dialogs builds for a turn, built the library's
 * own way, once. They hold no turn data (each reads the turn from the dialog context it is given).
 */
function buildConfiguration(adapter: BotAdapter): DialogStateManagerConfiguration {
  const probe = new DialogContext(new DialogSet(), new TurnContext(adapter, { type: 'message' }), { dialogStack: [] });
  return probe.state.configuration;
}

/**
 * Every turn's first DialogStateManager registers the dialogs component again and asks its
 * service collection for new memory scopes and path resolvers (validated with zod), about 5% of a
 * journey turn's CPU. This middleware hands every turn the same configuration instead, and makes
 * the registration each DialogStateManager builds a reused one.
 */
export function shareDialogMemoryConfiguration(adapter: BotAdapter): Middleware {
  reuseDialogsComponentRegistration();
  const configuration = buildConfiguration(adapter);
  return {
    onTurn: async (context, next) => {
      if (!context.turnState.has(DIALOG_STATE_MANAGER_CONFIGURATION_KEY)) context.turnState.set(DIALOG_STATE_MANAGER_CONFIGURATION_KEY, configuration);
      await next();
    },
  };
}
