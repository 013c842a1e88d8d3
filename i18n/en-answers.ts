import { getPlan, LIMITS, type QuestionTopicId } from '../domain/index.js';
import { adminCenterNames } from './admin-center.js';
import type { AnswerMessages } from './answer-messages.js';

const place = adminCenterNames('en');
const hour = LIMITS.planChangeMaxMinutes.value;

export const enAnswers: AnswerMessages = {
  title: (question) => `About ${question}`,
  backTo: (where) => `Back to where we were: ${where}`,
  pendingCard: (activity) => {
    switch (activity.kind) {
      case 'questions':
        return 'the question card above still waits for your answer.';
      case 'diagnosis':
        return 'the result above; its buttons still work.';
      case 'walkthrough':
        return `step ${activity.stepIndex + 1} of ${activity.total} above ("${activity.stepTitle}"); its buttons still work.`;
      case 'triage':
        return 'the case form above.';
      case 'nothing':
        return 'nothing was waiting: pick what to do next from the menu.';
    }
  },
  notUnderstood:
    'I did not understand that. I can check whether your plan can change, say why not, answer questions about the change (how long it takes, users, billing, going back…) and walk you through the steps. Say "help" for the words I know.',
  whereToLook: 'Where to look in the admin center',
  historyTitle: 'How it was before',
  topics: {
    'how-long': 'how long it takes',
    'users-impact': 'what users notice',
    'admin-impact': 'what admins can do meanwhile',
    'credit-check': 'the credit check',
    billing: 'billing',
    licenses: 'licenses',
    'going-back': 'going back',
    'custom-domain': 'custom domains',
    'add-ons': 'add-ons',
    'teams-suites': 'the suites with and without Teams',
    'mca-or-mosa': 'MOSA and MCA accounts',
    'what-it-does': 'what the automatic change does',
    'where-is-upgrade-tab': 'the Upgrade tab',
    'who-can-change': 'who can change plans',
  } satisfies Record<QuestionTopicId, string>,
  answers: {
    'how-long': `The change itself usually takes a few minutes and can take up to ${hour} minutes. Still in progress after ${LIMITS.contactSupportAfterMinutes.value} minutes? Contact Microsoft support. Paying by invoice can add a credit check of up to ${LIMITS.creditCheckBusinessDays.value} working days before it starts.`,
    'users-impact': `During an automatic change users notice nothing: they keep working, keep all their data (mailboxes, SharePoint, OneDrive) and move to the new plan when it ends. Services you had turned off for some users are on again in the new plan. In a manual change a user moves when you replace their license; to a plan with fewer data-related services, back up their data first.`,
    'admin-impact': `While the change runs (up to ${hour} minutes), admins cannot edit the subscription's details page; the rest of the admin center works as usual.`,
    'credit-check': `Paying by invoice, or a large order, can need a credit check. It takes up to ${LIMITS.creditCheckBusinessDays.value} working days, and the plan cannot change until it ends.`,
    billing: `The day the change completes, billing stops on the old subscription and starts on the new one. Depending on the new plan you may get a prorated credit; a new invoice with it comes within ${LIMITS.newInvoiceDays.value} days.`,
    licenses: `The automatic change moves every user of the subscription to the new plan. On an MCA account you enter the number of licenses, so you can move only some users and assign the new licenses to them yourself. On MOSA, to move only some users, buy the new plan and move them by hand.`,
    'going-back': `No Microsoft page describes undoing an automatic change. Moving back to a plan with fewer data-related services is a manual change, with a backup first. Cancelling the new subscription: on an MCA account a prorated credit or refund comes only within ${LIMITS.mcaRefundDays.value} days of its start or renewal; on MOSA you can cancel with a prorated credit.`,
    'custom-domain': `Microsoft's current page on changing plans says nothing about custom domains. Its page on cancelling asks you to remove a custom domain used with a subscription before cancelling that subscription, so check ${place.domains} before you cancel an old plan.`,
    'add-ons': 'An add-on on the subscription can stop the automatic change: remove it, change the plan, then add it back if you still need it. You can also change plans by hand. Add-ons that the new plan already includes are removed from the order.',
    'mca-or-mosa': `Your billing account is either a Microsoft Online Subscription Agreement (MOSA, from signing up directly before the move to MCA) or a Microsoft Customer Agreement (MCA). ${place['billing-accounts']} shows which, in the Billing account type column. On MOSA you change plans with ${place['view-upgrades']}, with at least the Billing admin role; on MCA with ${place['change-subscription-option']}, as an owner or contributor of the billing account or of a billing profile.`,
    'what-it-does': "It takes you through the whole change in the admin center: you buy the new plan, then every user's license moves to it and the old plan is cancelled for you.",
    'where-is-upgrade-tab': `The Upgrade tab is gone. On a MOSA account the subscription's page has ${place['product-details-and-upgrades']} > ${place['view-upgrades']}; on an MCA account, ${place['other-subscription-options']} > ${place['change-subscription-option']}.`,
    'teams-suites': `Since April 2024 (October 2023 in the EEA and Switzerland), a new customer cannot buy the Enterprise suites with Teams: it buys the (no Teams) suite and ${getPlan('teams-enterprise').name} beside it. Customers who had a suite with Teams before then may keep using, renew, upgrade and adjust it. The Business suites (up to ${LIMITS.businessPlanLicenses.value} users) and the Frontline suites are sold both with and without Teams.`,
    'who-can-change': 'On a MOSA account, at least the Billing administrator role; on an MCA account, an owner or contributor of the billing account or of a billing profile. Whoever signed up is the billing account owner, and a Global administrator can give themselves a billing account role.',
  },
};
