import { describe, expect, it } from 'vitest';
import { ConversationState, MemoryStorage, TestAdapter } from 'botbuilder';
import { ComponentDialog, Dialog, DialogSet, DialogTurnStatus, type DialogContext, type DialogEvent, type DialogTurnResult } from 'botbuilder-dialogs';
import { continueActiveDialog } from '../../dialogs/continue-active-dialog.js';

/** Waits for one message, then ends with it; records the events that reach it. */
class Listener extends Dialog {
  readonly events: string[] = [];

  override async beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    await dc.context.sendActivity('waiting');
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    return dc.endDialog(dc.context.activity.text);
  }

  protected override async onPreBubbleEvent(_dc: DialogContext, event: DialogEvent): Promise<boolean> {
    this.events.push(event.name);
    return false;
  }
}

type Continue = (dc: DialogContext) => Promise<DialogTurnResult>;

/** A container that continues its inner dialog the given way, as MainDialog does. */
class Outer extends ComponentDialog {
  constructor(private readonly continueWith: Continue) {
    super('outer');
  }

  protected override onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    return this.continueWith(innerDc);
  }
}

/** The root and the container both continue `continueWith`'s way. */
async function twoTurns(continueWith: Continue) {
  const listener = new Listener('listener');
  const outer = new Outer(continueWith).addDialog(listener);
  const state = new ConversationState(new MemoryStorage());
  const dialogs = new DialogSet(state.createProperty('dialogState')).add(outer);
  const ended: unknown[] = [];
  const adapter = new TestAdapter(async (context) => {
    const dc = await dialogs.createContext(context);
    const result = await continueWith(dc);
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog('outer');
    else if (result.status === DialogTurnStatus.complete) ended.push(result.result);
    await state.saveChanges(context);
  });
  await adapter.send('hello').assertReply('waiting');
  await adapter.send('done');
  return { events: listener.events, ended };
}

describe('continueActiveDialog', () => {
  // botbuilder-dialogs 4.23 sends "activityReceived" down to the innermost dialog at the first
  // continueDialog of a turn. If an update stops (or starts doing more with it), this says so.
  it('continues the dialog as dc.continueDialog() does, without the activityReceived event the library sends first', async () => {
    const library = await twoTurns((dc) => dc.continueDialog());
    expect(library.events).toEqual(['activityReceived']);
    expect(library.ended).toEqual(['done']);

    const ours = await twoTurns(continueActiveDialog);
    expect(ours.events).toEqual([]);
    expect(ours.ended).toEqual(['done']);
  });
});
