import { WaterfallDialog, type Dialog } from 'botbuilder-dialogs';

/**
 * A journey's waterfall and the prompts its steps start. They all sit in MainDialog's one dialog
 * set rather than in a ComponentDialog each: every nested component adds a DialogContext (with its
 * own memory manager) to each turn several times over, which measured 60-120 µs of CPU a turn a level.
 */
export abstract class JourneyWaterfall<Options extends object = object> extends WaterfallDialog<Options> {
  /** Dialogs this waterfall begins by id, to be added to the same set as the waterfall. */
  abstract readonly companions: readonly Dialog[];
}
