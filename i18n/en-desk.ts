import { LIMITS } from '../domain/index.js';
import { adminCenterNames } from './admin-center.js';
import type { DeskMessages } from './desk-messages.js';

const place = adminCenterNames('en');

export const enDesk: DeskMessages = {
  facts: {
    currentPlan: { label: 'Current plan', question: 'Which plan is the customer on now?' },
    targetPlan: { label: 'Wanted plan', question: 'Which plan does the customer want?' },
    licensedUsers: { label: 'Users on the subscription', question: 'How many users have a license of this subscription?' },
    licensesPurchased: { label: 'Licenses bought', question: 'How many licenses did the customer buy?' },
    licensesAssigned: { label: 'Licenses assigned', question: 'How many of those licenses are assigned?' },
    moreUsersThanLicenses: { label: 'More users than licenses', question: 'Does the customer have more licensed users than licenses bought?' },
    adminRole: { label: "The customer's admin role", question: 'Which admin role does the person making the change have?' },
    purchaseChannel: { label: 'How it was bought', question: 'How did the customer buy the subscription?' },
    billingAccountType: { label: 'Billing account type', question: 'Which billing account does the customer have: MOSA or MCA?' },
    trial: { label: 'Trial', question: 'Is the subscription a trial?' },
    creditCheckPending: { label: 'Credit check pending', question: 'Is a credit check still pending?' },
    planChangeInProgress: { label: 'Plan change running', question: 'Is another plan change already running?' },
    serviceHealthIssue: { label: 'Service health issue', question: 'Does Service health show an open issue?' },
    provisioningIncomplete: { label: 'Setup unfinished', question: 'Is the subscription still being set up?' },
    customDomain: { label: 'Custom domain', question: 'Does the customer use its own domain name with this subscription?' },
    legacySmallBusiness: { label: 'Older Small Business plan', question: 'Was the Small Business plan bought before its service update?' },
    notCurrentlyEligible: { label: 'Not currently eligible', question: 'Does the admin center say the subscription is not currently eligible?' },
    hasAddOn: { label: 'Add-on', question: 'Does the subscription have an add-on?' },
    multipleSubscriptionsSameProduct: { label: 'Duplicate subscriptions', question: 'Does the customer have two subscriptions of this product?' },
    unpaidBalance: { label: 'Unpaid balance', question: 'Is there an unpaid or overdue balance?' },
    governmentOrNonprofit: { label: 'Government or nonprofit', question: 'Is it a government or nonprofit plan?' },
  },
  paths: {
    'upgrade-tab': 'The admin center can change the customer’s plan automatically.',
    'resolve-then-upgrade-tab': 'The admin center can change the customer’s plan automatically once something is fixed or has finished.',
    manual: 'The admin center cannot make this change automatically: the customer changes plans by hand.',
    'contact-partner': 'This change has to go through whoever sold the customer the subscription.',
  },
  pathShort: {
    'upgrade-tab': 'automatic',
    'resolve-then-upgrade-tab': 'automatic once fixed',
    manual: 'by hand',
    'contact-partner': 'through the seller',
  },
  remedies: {
    'purchased-through-partner': 'The customer asks their partner to change the plan; the partner manages the subscription.',
    'purchased-through-volume-licensing': 'The customer contacts their Microsoft account representative to change the plan under the agreement.',
    'no-automatic-path': 'The customer changes by hand: buys the new plan, moves the users, then cancels the old one.',
    'target-retired': 'The customer picks a plan sold today: automatically if the admin center offers it, otherwise by hand.',
    'target-not-eligible': 'The customer picks a plan the admin center offers, or changes to the wanted one by hand.',
    'target-fewer-services': 'The customer changes by hand, after backing up the data to keep: buy, move the users, cancel the old plan.',
    'business-plan-user-cap': `The customer picks an Enterprise plan, or keeps up to ${LIMITS.businessPlanLicenses.value} users on the Business plan and licenses the rest with an Enterprise plan.`,
    'end-of-sale-mca': 'The customer buys a plan sold today and moves the users to it by hand; the current subscription works until then.',
    'wizard-user-limit': 'The customer changes by hand, reassigning licenses in batches or with PowerShell.',
    'prepaid-plan': 'The customer changes by hand, then lets the prepaid plan end or cancels it.',
    'custom-domain-small-business': 'The customer changes by hand; the domain is removed and added back, with some downtime on it.',
    'legacy-small-business-user-cap': 'The customer changes by hand, or asks Microsoft support which option fits.',
    'not-currently-eligible': 'The customer changes by hand: buys the new plan, moves the users, then cancels the old one.',
    'government-or-nonprofit': 'The customer changes by hand: buys the new plan, moves the users, then cancels the old one.',
    'role-not-permitted': 'Someone with a billing role makes the change, or a Global administrator assigns that role.',
    'trial-subscription': 'The customer buys the plan being tried, then changes the paid subscription.',
    'license-conflict': `The customer unassigns licenses in ${place['users-active-users']} or buys the missing ones.`,
    'add-on-present': 'The customer removes the add-on (and adds it back later), then tries again.',
    'multiple-subscriptions-same-product': 'The customer moves every user onto one subscription, cancels the other, then tries again.',
    'unpaid-balance': `The customer settles the balance (${place['pay-now']} in ${place['billing-your-products']}), then tries again.`,
    'credit-check-pending': `The customer waits for the credit check (up to ${LIMITS.creditCheckBusinessDays.value} working days), then tries again.`,
    'plan-change-in-progress': 'The customer waits for it to complete, without reassigning licenses meanwhile.',
    'service-health-issue': `The customer checks ${place['service-health']} and tries again once the service recovers.`,
    'provisioning-incomplete': 'The customer waits until setup completes, then tries again.',
  },
  statuses: {
    open: 'Open',
    'waiting-for-customer': 'Waiting for the customer',
    resolved: 'Resolved',
  },
  details: {
    customer: 'Customer',
    tenant: 'Tenant (domain or tenant id)',
    ticket: 'Ticket number',
    customerPlaceholder: 'Contoso Ltd',
    tenantPlaceholder: 'contoso.com or the tenant id',
    ticketPlaceholder: '48213',
    tenantError: 'A domain such as contoso.com, or the tenant id (a GUID).',
    ticketError: 'Letters, digits and - _ . / only.',
  },
  form: {
    title: 'New customer case',
    intro:
      'Fill in what the customer told you, or paste it as one sentence in the chat ("E3, 350 users, through a partner"). The fields are the ones that matter for the plan chosen.',
    filledFromSentence: (count) => `Filled in from your sentence (${count} ${count === 1 ? 'answer' : 'answers'}). Check it, add the rest, then save.`,
    readAsCase: (customer) =>
      `This is about a customer${customer ? ` (${customer})` : ''}, so I opened a customer case with it. Your own answers, if you gave any, stay as they were.`,
    fieldsForPlan: (planName) => `The fields now fit ${planName}. Check them, then save.`,
    saveButton: 'Save the case',
    updateButton: 'Update the case',
    updateTitle: (caseId) => `New facts for case ${caseId}`,
  },
  case: {
    title: (caseId) => `Case ${caseId}`,
    saved: (caseId) => `Case ${caseId} saved. Say "case ${caseId}" or the ticket number to open it again.`,
    notFound: (caseId) => `I found no case with id ${caseId}.`,
    status: 'Status',
    updated: 'Last change',
    historyTitle: 'History',
    history: (line, who) => {
      switch (line.kind) {
        case 'created':
          return `${who} opened the case`;
        case 'facts':
          return `${who} added ${line.facts.join(', ')}${line.path ? `: ${line.path.from} → ${line.path.to}` : ''}`;
        case 'status':
          return `${who} set it to "${enDesk.statuses[line.to]}"`;
        case 'details':
          return `${who} set ${line.details.join(', ')}`;
      }
    },
    addFactsButton: 'Add facts',
    waitingButton: 'Waiting for the customer',
    resolveButton: 'Resolved',
    reopenButton: 'Reopen',
    statusChanged: (caseId, status) => `Case ${caseId}: ${enDesk.statuses[status].toLowerCase()}.`,
    changedTitle: (caseId) => `What changed in case ${caseId}`,
    pathChanged: (from, to) => `Outcome: ${from} → ${to}`,
    pathSame: (path) => `Outcome unchanged: ${path}`,
    reasonsAdded: 'New blockers',
    reasonsRemoved: 'Blockers gone',
    nothingChanged: (caseId) => `Case ${caseId} already says that: nothing changed.`,
    noFactsRead: 'I read no fact in that. Try "add to UA-XXXXXX: 400 users, bought through a partner".',
    fromTenant: 'read from the tenant',
  },
  list: {
    title: 'Your cases',
    groups: { open: 'Open', 'waiting-for-customer': 'Waiting for the customer', resolved: 'Resolved' },
    empty: 'You have no cases yet. Pick "Triage a customer case" to create one.',
    line: (caseId, who, planName) => `**${caseId}** ${who} · ${planName}`,
    found: (query, count) => `${count} ${count === 1 ? 'case matches' : 'cases match'} "${query}"`,
    noMatch: (query) => `No case of yours matches "${query}". Search by customer, tenant, ticket or case id.`,
    moreNotShown: (count) => `${count} more not shown: search by customer, tenant or ticket.`,
  },
  lead: {
    title: 'Blockers this week',
    subtitle: (cases, since) => `${cases} ${cases === 1 ? 'case' : 'cases'} opened or changed since ${since}, by reason (a case may have several).`,
    nothingThisWeek: 'No case was opened or changed in the last seven days.',
    chartAlt: (lines) => `Cases by blocker: ${lines.join('; ')}`,
    exportButton: 'Export cases (CSV)',
    exportNote: (minutes) => `The export link works for ${minutes} minutes.`,
    onlyLeads: 'Only support leads (the ids in SUPPORT_AGENT_IDS) see the week of blockers and the export.',
    viewButton: 'Blockers this week',
  },
  summary: {
    customer: 'Customer',
    tenant: 'Tenant',
    ticket: 'Ticket',
    status: 'Status',
    updated: 'Last change',
    history: 'History',
  },
  checkBack: {
    offerButton: `Check back with me in ${LIMITS.contactSupportAfterMinutes.value} minutes`,
    scheduled: (time) => `I will ask you here at ${time} whether the change has finished.`,
    cancelButton: 'Cancel the check-back',
    cancelled: 'Check-back cancelled: I will not write about this change.',
    nothingToCancel: 'There is no check-back waiting in this conversation.',
    question: (change) =>
      `${LIMITS.contactSupportAfterMinutes.value} minutes ago you placed the order${change ? ` (${change})` : ''}. Has the change finished?`,
    finishedButton: 'Yes, it finished',
    notFinishedButton: 'No, still in progress',
    finished: 'Good: users are on the new plan. The old plan’s billing stops on the day the change completed.',
    advice: `A change usually finishes in less than ${LIMITS.typicalUpgradeMinutes.value} minutes, and Microsoft allows up to ${LIMITS.planChangeMaxMinutes.value}. Still in progress after ${LIMITS.contactSupportAfterMinutes.value} minutes means it is time to contact support; meanwhile do not reassign licenses.`,
    supportRoute: `In the admin center, select ${place['help-and-support']}, type "plan change in progress", then ${place['contact-support']}. Bought through a partner? Contact the partner instead.`,
  },
  help: [
    '- **find** followed by a customer, tenant or ticket: find a case',
    '- **blockers this week**: the reasons blocking most cases (support leads)',
    '- **cancel check-back**: no message in an hour after all',
  ],
};
