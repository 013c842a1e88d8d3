import { NOTES, QUESTIONS, type QuestionTopicId } from '../domain/index.js';
import { messagesFor, type Language } from '../i18n/index.js';
import { adaptiveCard, container, heading, subtleText, textBlock, type AdaptiveCardJson, type CardElement } from './adaptive-card.js';
import { Citations } from './citations.js';
import { namesUntranslatedPlace } from './untranslated-labels.js';

export interface AnswerCardOptions {
  /**
   * Where the admin was when they asked ("You were on step 3 of 9 ..."): the card ends with one line
   * that says so, instead of the card they were on being sent again.
   */
  backTo?: string;
}

/**
 * The answer to one of the questions admins ask on the way: the answer with its sources, the page of
 * the admin center that shows more, and what older documents said, kept apart as history. Every source
 * is listed once, numbered where it is cited.
 */
export function buildAnswerCard(lang: Language, topic: QuestionTopicId, options: AnswerCardOptions = {}): AdaptiveCardJson {
  const messages = messagesFor(lang);
  const { answers } = messages;
  const question = QUESTIONS[topic];
  const citations = new Citations();
  const title = answers.title(answers.topics[topic]);

  const body: CardElement[] = [heading(title), textBlock(`${answers.answers[topic]} ${citations.cite(question.sources)}`)];
  if (question.notes.length > 0) {
    body.push(
      container(
        [
          textBlock(answers.historyTitle, { weight: 'bolder', size: 'small' }),
          ...question.notes.map((note) => subtleText(`${messages.notes[note]} ${citations.cite(NOTES[note].sources)}`)),
        ],
        { style: 'emphasis', separator: true },
      ),
    );
  }
  if (question.adminCenter !== undefined) {
    const place = messages.adminCenter[question.adminCenter];
    body.push(textBlock(`${answers.whereToLook}: **${place}**`));
    if (lang !== 'en' && namesUntranslatedPlace(place)) body.push(subtleText(messages.ui.walkthrough.labelsInEnglish));
  }
  if (options.backTo !== undefined) body.push(textBlock(answers.backTo(options.backTo), { isSubtle: true, separator: true }));
  body.push(subtleText(`${messages.ui.diagnosis.sourcesTitle}\n${citations.lines(messages).join('\n')}`));
  return adaptiveCard(body, [], title);
}
