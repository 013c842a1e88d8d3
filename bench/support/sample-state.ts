/** Stored conversations for the storage benchmarks: keys as the bot's, items shaped like its state. */

export const conversationKey = (n: number): string => `msteams/conversations/a:conv-${n.toString(36).padStart(6, '0')}/`;

/** Roughly what the bot keeps per conversation: a dialog stack two deep and the intake facts. */
export function conversationState(n: number): Record<string, unknown> {
  return {
    DialogState: {
      dialogStack: [
        { id: 'upgrade-journey', state: { options: { locale: 'it-IT' }, values: { instanceId: `journey-${n}` }, stepIndex: n % 7 } },
        { id: 'fact-question', state: { options: { fact: 'licensedUsers', attempt: 1 }, state: { prompt: 'Quanti utenti hanno una licenza?' } } },
      ],
    },
    intake: {
      facts: { currentPlan: 'o365-enterprise-e3', targetPlan: 'o365-enterprise-e4', licensedUsers: n % 900, trial: false, customDomain: n % 2 === 0 },
      askedFacts: ['currentPlan', 'targetPlan', 'licensedUsers', 'customDomain'],
      turn: n % 40,
    },
  };
}
