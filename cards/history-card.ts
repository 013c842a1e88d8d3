import { upgradeTabWalkthrough2020, type TenantFacts } from '../domain/index.js';
import { messagesFor, stepTextInput, type Language } from '../i18n/index.js';
import { adaptiveCard, bulletList, container, heading, subtleText, textBlock, type AdaptiveCardJson } from './adaptive-card.js';

/**
 * How the change looked in 2020 (seed 000's Upgrade tab and Cart), for an admin who remembers it or
 * follows an old guide: history, shown apart from today's steps and marked as such.
 */
export function buildUpgradeTab2020Card(lang: Language, facts: TenantFacts): AdaptiveCardJson {
  const messages = messagesFor(lang);
  const { history } = messages.ui;
  const steps = upgradeTabWalkthrough2020(facts);
  const body = [
    heading(history.title),
    textBlock(history.intro, { isSubtle: true }),
    ...steps.map((step, index) =>
      container(
        [
          textBlock(`${index + 1}. ${messages.steps[step.id].title}`, { weight: 'bolder' }),
          bulletList(messages.steps[step.id].instructions(stepTextInput(messages, step, facts)), { spacing: 'small' }),
        ],
        { separator: index > 0 },
      ),
    ),
    subtleText(messages.ui.walkthrough.source(messages.sources['000'])),
  ];
  return adaptiveCard(body, [], history.title);
}
