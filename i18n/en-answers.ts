import { COPILOT, getPlan, LIMITS, type QuestionTopicId } from '../domain/index.js';
import { adminCenterNames } from './admin-center.js';
import type { AnswerMessages } from './answer-messages.js';

const place = adminCenterNames('en');
const hour = LIMITS.planChangeMaxMinutes.value;
const name = (id: Parameters<typeof getPlan>[0]) => getPlan(id).name;
const COPILOT_NAME = 'Microsoft 365 Copilot';
const copilotBases = [...COPILOT.basePlans.map(name), ...COPILOT.otherProducts].join(', ');

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
    'mid-term-downgrade': 'downgrading or reducing in the middle of a term',
    'cancel-window': 'the cancel window and refunds',
    'upgrade-timing': 'changing now or at renewal',
    'partial-upgrade': 'moving only some users',
    'term-length': 'monthly and annual terms',
    'mid-term-upgrade': 'upgrading in the middle of a term',
    'remove-licenses': 'removing licenses during a change',
    'add-licenses-mid-term': 'licenses added in the middle of a term',
    'billing-frequency': 'how often you are billed',
    'stop-renewal': 'stopping a renewal',
    'data-after-cancel': 'data after cancelling',
    'other-partner': 'changing through another partner',
    copilot: 'Microsoft 365 Copilot',
    'trial-to-paid': 'turning a trial into a paid plan',
    'trial-ends': 'when a trial ends',
    'renewed-new-sku': 'a renewal to a new plan',
    'nonprofit-grant': 'the nonprofit grant changes',
    'business-user-cap': 'the 300-user limit of Business plans',
    'end-of-sale': 'end-of-sale products',
    'bulk-license-swap': 'moving many users at once',
    'enterprise-to-business': 'moving from Enterprise to a Business plan',
  } satisfies Record<QuestionTopicId, string>,
  comparison: {
    heading: (from, to) => `From ${from} to ${to}`,
    gained: 'What users gain',
    lost: 'What users lose',
    nothingGained: 'Nothing: every service of the new plan is already in the old one.',
    nothingLost: 'Nothing: the new plan keeps every service at the same or a higher version.',
    fewerServices: 'The new plan has fewer services, so the admin center cannot make this change automatically: it is a manual change, and users\' data in the services they lose must be backed up first.',
    sameOrMore: 'The new plan keeps every service, so the services alone do not stop an automatic change; other rules still can.',
    notAFact: 'A comparison only: your plans and your answers stay as they were.',
    samePlan: (plan) => `That is ${plan} compared with itself: nothing changes. Name two different plans, for example "E3 vs E5".`,
    unknownPlan: (unknown) => `I have no list of services for ${unknown}, so I cannot compare it.`,
    onePlan: 'I found only one plan I know in your question, and no plan to compare it with.',
    canCompare: (plans) => `I can compare any two of these: ${plans}.`,
  },
  answers: {
    'how-long': `The change itself usually takes a few minutes and can take up to ${hour} minutes. Still in progress after ${LIMITS.contactSupportAfterMinutes.value} minutes? Contact Microsoft support. Paying by invoice can add a credit check of up to ${LIMITS.creditCheckBusinessDays.value} working days before it starts.`,
    'users-impact': `During an automatic change users notice nothing: they keep working, keep all their data (mailboxes, SharePoint, OneDrive) and move to the new plan when it ends. Services you had turned off for some users are on again in the new plan. In a manual change a user moves when you replace their license; to a plan with fewer data-related services, back up their data first.`,
    'admin-impact': `While the change runs (up to ${hour} minutes), admins cannot edit the subscription's details page; the rest of the admin center works as usual.`,
    'credit-check': `Paying by invoice, or a large order, can need a credit check. It takes up to ${LIMITS.creditCheckBusinessDays.value} working days, and the plan cannot change until it ends.`,
    billing: `The day the change completes, billing stops on the old subscription and starts on the new one. Depending on the new plan you may get a prorated credit; a new invoice with it comes within ${LIMITS.newInvoiceDays.value} days.`,
    licenses: `The automatic change moves every user of the subscription to the new plan. On an MCA account you enter the number of licenses, so you can move only some users and assign the new licenses to them yourself. On MOSA, to move only some users, buy the new plan and move them by hand.`,
    'going-back': `Microsoft's pages describe no way to undo a change of plan. Going back is a new change: to a plan with fewer data-related services it is a manual one, with a backup first. Cancelling the new subscription: on an MCA account a prorated credit or refund comes only within ${LIMITS.mcaRefundDays.value} days of its start or renewal; on MOSA you can cancel with a prorated credit. Partners selling under new commerce add, in their own published guidance (not Microsoft's), that an upgrade cannot be reversed and that the ${LIMITS.mcaRefundDays.value}-day cancel window does not apply to it.`,
    'custom-domain': `Microsoft's current page on changing plans says nothing about custom domains. Its page on cancelling asks you to remove a custom domain used with a subscription before cancelling that subscription, so check ${place.domains} before you cancel an old plan.`,
    'add-ons': 'An add-on on the subscription can stop the automatic change: remove it, change the plan, then add it back if you still need it. You can also change plans by hand. Add-ons that the new plan already includes are removed from the order.',
    'mca-or-mosa': `Your billing account is either a Microsoft Online Subscription Agreement (MOSA, from signing up directly before the move to MCA) or a Microsoft Customer Agreement (MCA). ${place['billing-accounts']} shows which, in the Billing account type column. On MOSA you change plans with ${place['view-upgrades']}, with at least the Billing admin role; on MCA with ${place['change-subscription-option']}, as an owner or contributor of the billing account or of a billing profile.`,
    'what-it-does': "It takes you through the whole change in the admin center: you buy the new plan, then every user's license moves to it and the old plan is cancelled for you.",
    'where-is-upgrade-tab': `The Upgrade tab is gone. On a MOSA account the subscription's page has ${place['product-details-and-upgrades']} > ${place['view-upgrades']}; on an MCA account, ${place['other-subscription-options']} > ${place['change-subscription-option']}.`,
    'teams-suites': `Since April 2024 (October 2023 in the EEA and Switzerland), a new customer cannot buy the Enterprise suites with Teams: it buys the (no Teams) suite and ${getPlan('teams-enterprise').name} beside it. Customers who had a suite with Teams before then may keep using, renew, upgrade and adjust it. The Business suites (up to ${LIMITS.businessPlanLicenses.value} users) and the Frontline suites are sold both with and without Teams. No Microsoft page we have says what a change of term or billing frequency does to a suite with Teams: check the offer in the admin center, or ask your partner.`,
    'who-can-change': 'On a MOSA account, at least the Billing administrator role; on an MCA account, an owner or contributor of the billing account or of a billing profile. Whoever signed up is the billing account owner, and a Global administrator can give themselves a billing account role.',
    'mid-term-downgrade': `On an MCA account you can remove licenses only within ${LIMITS.mcaLicenseReductionDays.value} days of buying them or of the renewal; a reduction asked for later takes effect at the renewal, and the subscription page shows that date. A smaller plan (fewer data-related services) is never an automatic change: buy it, move the users, and end the old plan by its account's rules. Partners selling under new commerce say the same in their own guidance: on an annual or three-year term, licenses and plans go up at any time and come down only at renewal.`,
    'cancel-window': `Seven days, not ${LIMITS.nceLaunchCancelHours.value} hours (${LIMITS.nceLaunchCancelHours.value} hours was the rule when new commerce started in 2021, as partners tell it). On an MCA account, cancelling within ${LIMITS.mcaRefundDays.value} days of the start or the renewal gives a prorated credit or refund; after that you can only turn off recurring billing, the subscription runs to the end of its term, and an annual term paid monthly keeps being charged every month. Bought through a partner on MCA: ${LIMITS.mcaRefundDays.value} days too (${LIMITS.chilePartnerCancelDays.value} in Chile), through the partner. On MOSA you can cancel at any time with a prorated credit. Licenses added in the middle of a term have their own ${LIMITS.mcaLicenseReductionDays.value} days.`,
    'upgrade-timing': `On an MCA account, ${place['change-subscription-option']} asks when to make the change: now, or scheduled (for example at the renewal), with the number of licenses, the term and the billing frequency. A change a Microsoft representative scheduled blocks upgrading or downgrading until it happens or is cancelled, and turning off recurring billing cancels scheduled changes. On MOSA the automatic change happens when you place the order. Now makes sense when the users need the new services now; at renewal when the change has fewer services or lowers the count.`,
    'partial-upgrade': `Yes, but not with the automatic change on MOSA, which moves every user of the subscription. Buy the new plan with as many licenses as the users you move, assign them those licenses (${place['replace-licenses']}), then remove the licenses you no longer need from the old plan. On an MCA account, ${place['change-subscription-option']} lets you enter a smaller number of licenses, and you then assign the new licenses to the users you chose.`,
    'term-length': `A monthly term can be cancelled or reduced at each month; an annual (or three-year) term commits you to the licenses for the whole term. On an MCA account the refund window is ${LIMITS.mcaRefundDays.value} days from the start or renewal, whatever the term, licenses come down only at renewal after that, and a new term or billing frequency takes effect at the renewal. Check each term's price for your plan in the admin center before you choose.`,
    'mid-term-upgrade': `Microsoft's page says that on MOSA, the day the change completes, billing stops on the old subscription and starts on the new one, with a prorated credit depending on the new plan and an invoice within ${LIMITS.newInvoiceDays.value} days. Microsoft's pages say nothing about the end date. Partners' published guidance for new commerce: an upgrade into a new subscription keeps the term, the billing frequency and the end date, at today's list price; into an existing subscription it takes that subscription's price and end date; and it cannot be undone.`,
    'remove-licenses': `Not in the same step. The automatic change moves the licenses you have; lower the count afterwards by the account's rules. On an MCA account licenses can be removed only within ${LIMITS.mcaLicenseReductionDays.value} days of buying or renewing, otherwise the reduction takes effect at renewal; on MOSA you can remove unassigned licenses from the subscription page. Unassign them from users first.`,
    'add-licenses-mid-term': `You can add licenses at any time; they are billed on the next invoice. On an MCA account you have ${LIMITS.mcaLicenseReductionDays.value} days from buying them to take them back; after that they stay until the renewal.`,
    'billing-frequency': `On MOSA, ${place['billing-your-products']} > the subscription > Edit billing frequency switches between paying monthly and yearly. On an MCA account a new billing frequency can only be scheduled for the renewal (Subscription length & billing frequency > Edit settings), and it shows under Scheduled changes. An annual term paid monthly is still a commitment for the year.`,
    'stop-renewal': `Turn off recurring billing on the subscription's page (Edit recurring billing > Off). The subscription is not cancelled: it stays active until its end date, then expires. Turning it off also cancels any changes scheduled for the subscription.`,
    'data-after-cancel': `Once a cancellation takes effect users lose access to the subscription's data. What is left behind may be deleted after ${LIMITS.dataMayBeDeletedAfterDays.value} days and is deleted no later than ${LIMITS.dataDeletedWithinDays.value} days after. Move the users to the new plan before you cancel the old one, and have anyone who is not moving save their mail and files first.`,
    'other-partner': `The partner who sold the subscription manages its changes and its cancellation. Partners' published guidance says a partner cannot upgrade a subscription bought through another partner; to change partner, ask the new one to request it, or buy the new plan from them and move the users by hand.`,
    copilot: `${COPILOT_NAME} is an add-on, bought beside a base plan that qualifies: ${copilotBases}. Business and Education plans without Teams qualify too. If your plan is on that list, you don't need to change it first.`,
    'trial-to-paid': `On MOSA: ${place['billing-your-products']} > the trial > Buy paid subscription now, choose a monthly or annual commitment, Checkout, Place order. On MCA: the trial > Start a paid subscription now, enter the licenses, term and billing frequency, Change plan. Most trials also turn into a paid subscription of the same plan by themselves at the end, unless recurring billing is off.`,
    'trial-ends': `At the end of the one-month trial most trials convert to a paid subscription, on an annual term by default, unless you turned off recurring billing. A trial with no payment method just expires. To keep the data of users who move to another plan, move them before the trial ends; a trial has ${LIMITS.trialLicenses.value} licenses while it lasts.`,
    'renewed-new-sku': `That is expected: a renewal that changes the plan (for example from ${name('o365-enterprise-e3')} to ${name('m365-e3')}) does not move the users. Assign the new licenses yourself (Users > Active users > select them > Manage product licenses > Replace), and check both subscriptions are active first.`,
    'nonprofit-grant': `Microsoft's upgrade page says only that a nonprofit plan is changed manually (buy the new plan, move the users, end the old one). No Microsoft page we have describes the 2025 grant change; a community post says the grant of ${LIMITS.nonprofitPremiumGrantLicenses.value} free Business Premium licenses ended in July 2025 or at the next renewal, with Business Basic still granted for up to ${LIMITS.nonprofitBasicGrantUsers.value} users and Standard and Premium at nonprofit prices. Check the offer in your admin center before the renewal.`,
    'business-user-cap': `Each Business plan (Basic, Standard, Premium) stops at ${LIMITS.businessPlanLicenses.value} licenses. Past that, move to an Enterprise plan, or keep the Business plan for up to ${LIMITS.businessPlanLicenses.value} users and license the others on an Enterprise plan: the two can be mixed in one organization.`,
    'end-of-sale': 'A product at its end of sale (MCA) shows "This product is no longer available to buy, so some actions below are turned off.": you cannot buy more licenses, upgrade it, convert its trial or change its term. Buy a different subscription and move the users to it.',
    'bulk-license-swap': 'On Users > Active users, select the users (several at a time), then Manage product licenses > Replace, pick the new license and save. Services you had turned off for some users are not kept by an automatic change: note them first and turn them off again afterwards. The commerce pages name no tool for moving hundreds of users in one go.',
    'enterprise-to-business': `It is a manual change: buy the Business plan, move the users, then end the Enterprise plan by its account's rules. A Business plan stops at ${LIMITS.businessPlanLicenses.value} licenses, and it may have fewer data-related services than the Enterprise plan: back up what would be lost first.`,
  },
};
