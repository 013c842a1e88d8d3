import { adminCenterNames } from './admin-center.js';
import type { IntakeMessages } from './intake-messages.js';

const place = adminCenterNames('en');

export const enIntake: IntakeMessages = {
  questionsLeft: (count) => (count === 1 ? 'This is the last question.' : `About ${count} questions left, this one included.`),
  checklist: {
    title: 'Does any of these apply to the subscription?',
    intro: 'Tick what applies and select Send. Nothing applies? Select None of these.',
    statements: {
      customDomain: 'You use your own domain name (like contoso.com) with it',
      legacySmallBusiness: 'It is an older Small Business plan, bought before its service update',
      notCurrentlyEligible: 'The admin center says it is not currently eligible to change plans',
      governmentOrNonprofit: 'It is a government or nonprofit plan',
      trial: 'It is a trial',
      moreUsersThanLicenses: 'More licenses are assigned to users than were bought',
      hasAddOn: 'It has an add-on',
      multipleSubscriptionsSameProduct: 'You have two or more subscriptions of this same product',
      unpaidBalance: 'There is an unpaid or overdue balance',
      creditCheckPending: 'A credit check for paying by invoice is still pending',
      planChangeInProgress: 'Another plan change is already running on it',
      serviceHealthIssue: `${place['service-health']} shows an open issue`,
      provisioningIncomplete: 'It is still being set up (some services are not ready yet)',
    },
    send: 'Send',
    none: 'None of these',
    notSure: 'I am not sure',
    whereToLook: 'Where to look',
    whichOnes: 'Which ones? Tick them on the card, or name them, for example "it is a trial".',
  },
  choices: {
    title: 'A few things about the subscription',
    intro: 'Answer what you know and select Send: what you leave empty I ask again only if it still matters.',
    send: 'Send',
    pickOne: 'Pick at least one answer on the card ("I don\'t know" counts), then select Send.',
  },
  noted: (facts) => `Noted: ${facts.join('; ')}.`,
  othersDoNotApply: 'The others on the list do not apply.',
  conflict: {
    title: 'That is not what you said before. Which is right?',
    line: (label, before, now) => `${label}: before, ${before}; now, ${now}.`,
    useNew: 'Use the new answer',
    keepBefore: 'Keep what I said before',
    keptBefore: 'Kept what you said before.',
  },
  pageSays: {
    title: 'What does the admin center say?',
    intro: `When it cannot change the plan automatically, ${place['view-upgrades']} is greyed out and the page says why. Pick the message you see, or paste it here.`,
    messages: {
      'more-users-than-licenses': 'More users than licenses',
      'not-set-up-or-unavailable': 'The subscription is not fully set up, or the service is unavailable',
      'plan-change-or-credit-check': 'Another plan change is running, or a credit check is pending',
      'not-currently-eligible': 'The subscription is not currently eligible',
      'two-plans-same-product': 'Two or more plans of the same product',
      'government-or-nonprofit': 'A government or nonprofit plan',
      'target-not-supported': 'The plan you want is not a supported option',
      'has-add-on': 'The subscription has an add-on',
      'unpaid-balance': 'An unpaid balance on the invoice',
      'different-problem': 'Something else, or nothing at all',
      'prepaid-plan': 'A prepaid plan (shown by the 2020 Upgrade tab)',
      'temporary-issue': 'A temporary issue with the subscription (shown by the 2020 Upgrade tab)',
    },
    sourceNote: 'The list of messages is Microsoft’s, from its page on changing plans.',
    recognised: (message) => `That is the admin center’s message “${message}”.`,
  },
  whatIf: {
    supposing: (changes) => `What if: ${changes.join('; ')}`,
    notKept: 'Only a what-if: your answers are unchanged. Type the fact without "what if" to keep it.',
  },
  nothingToRecheck: 'Nothing in this result can change by fixing or waiting, so there is nothing to ask again. Type a fact that changed (for example "we now have 250 users") to see its effect.',
  recheckAsks: (labels) => `Let's check again. I will ask only about what may have changed: ${labels.join(', ')}.`,
  updated: (facts) => `Updated: ${facts.join('; ')}. Here is the result with it.`,
};
