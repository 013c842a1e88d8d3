import type { DialogContext, DialogTurnResult } from 'botbuilder-dialogs';

/**
 * `dc.continueDialog()` without the "activityReceived" event it first sends, once a turn, from the
 * innermost dialog up through every parent (botbuilder-dialogs 4.23, dialogContext.js): each level
 * builds a child context and runs its event handlers. No dialog of ours acts on it (QuestionPrompt
 * stops botbuilder's Prompt from reading the message there; version changes are checked by each
 * container as it continues), so the turn goes straight to the active dialog.
 */
export async function continueActiveDialog(dc: DialogContext): Promise<DialogTurnResult> {
  const instance = dc.activeDialog;
  const dialog = instance ? dc.findDialog(instance.id) : undefined;
  // Nothing active, or a dialog this set does not know: the library's own path says so its way.
  if (!dialog) return dc.continueDialog();
  return dialog.continueDialog(dc);
}
