import { adminCenterNames } from './admin-center.js';
import type { CurrentActivity, Messages, StepTextInput } from './messages.js';

const place = adminCenterNames('en');

// Instructions fall back to neutral words when the bot does not know the plans yet.
const current = (input: StepTextInput): string => input.currentPlanName ?? 'your current subscription';
const target = (input: StepTextInput): string => input.targetPlanName ?? 'the new plan';

function whereWasI(activity: CurrentActivity): string {
  switch (activity.kind) {
    case 'nothing':
      return 'You are not in the middle of anything. Pick an option from the menu to start.';
    case 'questions': {
      const progress =
        activity.answered === 0
          ? 'You had just started the questions about your subscription.'
          : `You were answering questions about your subscription (${activity.answered} answered so far).`;
      return activity.nextFact === undefined ? progress : `${progress} Next: "${en.facts[activity.nextFact].question}"`;
    }
    case 'diagnosis':
      return `You were looking at the result of the check: ${en.paths[activity.path]}`;
    case 'walkthrough':
      return `You were on step ${activity.stepIndex + 1} of ${activity.total} of the walkthrough: "${activity.stepTitle}".`;
    case 'triage':
      return `You were filling in a customer case (${activity.answered} answers so far).`;
  }
}

export const en: Messages = {
  language: 'en',
  planNames: {},
  families: {
    'small-business': 'Small Business',
    midsize: 'Midsize Business',
    enterprise: 'Enterprise',
    education: 'Education',
    standalone: 'Standalone services',
  },
  adminCenter: place,

  reasons: {
    'purchased-through-partner': {
      title: 'Bought through a partner',
      meaning: 'The subscription is billed by a Microsoft partner, so the change is not yours to make in the admin center.',
      remedy: 'Ask your partner to change the plan for you; they manage the subscription.',
    },
    'purchased-through-volume-licensing': {
      title: 'Bought through Volume Licensing',
      meaning: 'The subscription comes from a Volume Licensing agreement, which the admin center cannot change.',
      remedy: 'Contact your Microsoft account representative to change the plan under your agreement.',
    },
    'no-automatic-path': {
      title: 'No automatic upgrade from this plan',
      meaning: 'Microsoft offers no Upgrade tab path from your current plan to another one.',
      remedy: 'Switch by hand: buy the new plan, move the licenses, then cancel the old one. I can walk you through it.',
    },
    'target-not-eligible': {
      title: 'The plan you want is not an automatic target',
      meaning: 'The Upgrade tab only offers certain plans from yours, and the one you chose is not among them.',
      remedy: 'Pick one of the plans the Upgrade tab offers, or switch to the one you want by hand.',
    },
    'wizard-user-limit': {
      title: 'Too many users for the automatic switch',
      meaning: 'The automatic switch only handles subscriptions with up to 300 users.',
      remedy: 'Switch by hand: buy the new plan, reassign licenses in batches or with PowerShell, then cancel the old plan.',
    },
    'prepaid-plan': {
      title: 'Paid with a prepaid card or product key',
      meaning: 'Plans bought with a product key cannot be switched automatically.',
      remedy: 'Switch by hand: buy the new plan, move the users, then let the prepaid plan end or cancel it.',
    },
    'custom-domain-small-business': {
      title: 'Custom domain on a Small Business plan',
      meaning: 'With a custom domain set up, a Small Business plan cannot move automatically to a Midsize or Enterprise plan.',
      remedy: 'Switch by hand. The domain has to be removed and added back, so plan for some downtime on it.',
    },
    'legacy-small-business-user-cap': {
      title: 'Older Small Business plan with more than 25 users',
      meaning: 'Small Business plans bought before the service update cannot switch while they have more than 25 users, the cap of the newer version.',
      remedy: 'Switch by hand, or ask Microsoft support which option fits your organization.',
    },
    'government-or-nonprofit': {
      title: 'Government or nonprofit subscription',
      meaning: 'Government and nonprofit offers often have no Upgrade tab path to other plans.',
      remedy: 'Switch by hand, or ask Microsoft support which plans your offer allows.',
    },
    'role-not-permitted': {
      title: 'Your admin role cannot change plans',
      meaning: 'Only a Global admin or a Billing admin can upgrade a subscription.',
      remedy: 'Ask a Global or Billing admin to do the upgrade, or to give you one of those roles.',
    },
    'trial-subscription': {
      title: 'It is a trial',
      meaning: 'A trial cannot be upgraded to a different paid plan directly.',
      remedy: 'Buy the plan you are trying first, then upgrade that paid subscription.',
    },
    'license-conflict': {
      title: 'More licenses assigned than bought',
      meaning: 'Some users hold licenses the subscription does not cover, and that blocks the upgrade.',
      remedy: 'Buy the missing licenses or remove licenses from users until both numbers match.',
    },
    'multiple-subscriptions-same-product': {
      title: 'Two subscriptions of the same product',
      meaning: 'With more than one subscription of the same product, the Upgrade tab cannot tell which to upgrade.',
      remedy: 'Move every user onto one of them, cancel the other, then upgrade.',
    },
    'unpaid-balance': {
      title: 'Unpaid balance',
      meaning: 'An overdue balance on the account blocks new purchases, upgrades included.',
      remedy: `Settle it in ${place['bills-payments']} with ${place['pay-now']}, then try again.`,
    },
    'credit-check-pending': {
      title: 'Credit check in progress',
      meaning: 'Microsoft is still checking credit for an invoice payment; plans cannot change until it ends.',
      remedy: 'Wait for the check to finish, usually within two business days, then try again.',
    },
    'plan-change-in-progress': {
      title: 'Another plan change is running',
      meaning: 'A previous change on this subscription has not finished yet.',
      remedy: 'Wait until it completes, and do not reassign licenses in the meantime.',
    },
    'service-health-issue': {
      title: 'A service has a health issue',
      meaning: 'While a service is degraded, the upgrade is held back.',
      remedy: `Check ${place['service-health']} and try again once the issue is resolved.`,
    },
    'provisioning-incomplete': {
      title: 'Setup of the subscription is not finished',
      meaning: 'Some services of the current subscription are still being set up.',
      remedy: 'Wait until setup completes, then try again.',
    },
  },

  warnings: {
    'admin-downtime':
      'While the change runs, admins cannot use the Microsoft 365 admin center. It can take minutes or hours depending on the number of users, so pick a quiet moment.',
    'users-keep-access': 'Users keep working on the current plan during the change and get the new plan when it ends.',
    'do-not-reassign-during-switch':
      'Do not reassign user licenses while the switch is running: that can stop it from completing.',
    'billing-switchover':
      'Billing for the old subscription stops when you place the order; the new one is billed from when the switch completes.',
    'cannot-remove-licenses-during-upgrade':
      'During the upgrade you can add licenses but not remove them. Lower the count before or after.',
    'add-ons-included-are-removed': 'Add-ons that the new plan already includes are removed from the order.',
    'invoice-credit-check': 'Paying by invoice, or a large order, may need a credit check that adds up to two business days.',
    'cross-family-no-return': 'Once you move to a plan in another family, you cannot switch back to the old plan.',
    'backup-before-cross-family': 'Moving to another plan family: back up the company data before you start.',
    'custom-domain-downtime':
      'The custom domain has to be removed and added back, so mail and services on it are down for a while.',
    'public-website-domain-first':
      'If the public website should use a different custom domain, change it before the switch; afterwards it takes extra work.',
    'typical-duration':
      'The change usually takes less than ten minutes. If it still shows as in progress after an hour, contact Microsoft support.',
    'e4-to-e3-loses-features':
      'An E3 plan does not include everything E4 had (for example its voice and conferencing features). Check what users rely on first.',
    'bulk-reassign-with-powershell':
      'With more than 20 users, reassign licenses with Microsoft Graph PowerShell (Set-MgUserLicense) or group-based licensing instead of 20 at a time.',
  },

  steps: {
    'open-your-products': {
      title: 'Open your products',
      help: "Sign in at admin.microsoft.com with a Global or Billing admin account. If Billing is missing from the left menu, select Show all.",
      instructions: () => [`In the Microsoft 365 admin center, go to **${place['billing-your-products']}**.`],
    },
    'select-subscription': {
      title: 'Select the subscription',
      help: "A long list? Use the search box or the filters above it to find the subscription.",
      instructions: (input) => [`In the list, select **${current(input)}** to open its details page.`],
    },
    'open-upgrade-tab': {
      title: 'Open the Upgrade tab',
      help: "No Upgrade tab, or a message instead of plans? Pick \"Why don't I see the Upgrade tab?\" in the menu and we will find the reason together.",
      instructions: () => [
        `On the details page, select the **${place['upgrade-tab']}** tab.`,
        'Plans listed there can be reached automatically. If you see a message instead, it explains what blocks the upgrade: tell me and I will help.',
      ],
    },
    'choose-target': {
      title: 'Choose the new plan',
      help: "The plan you want is not listed? It cannot be reached automatically from yours: the manual steps get you there.",
      instructions: (input) => [`Find **${target(input)}** and select **${place['upgrade-button']}** next to it.`],
    },
    'review-cart': {
      title: 'Review the cart',
      help: "Need fewer licenses? Lower the count before or after the upgrade: the cart only lets you add.",
      instructions: (input) => [
        `On the **${place.cart}** page, choose whether to pay monthly or yearly.`,
        input.expectedLicenses === undefined
          ? `Check the number under **${place.quantity}**. You can add licenses here but not remove them.`
          : `Check that **${place.quantity}** shows at least ${input.expectedLicenses} licenses. You can add licenses here but not remove them.`,
        'Add-ons of the current plan are listed too; those the new plan already includes will be removed.',
      ],
    },
    'go-to-checkout': {
      title: 'Go to checkout',
      help: "Nothing is charged yet: you review the whole order on the next page before placing it.",
      instructions: () => [`When the cart looks right, select **${place['go-to-checkout']}**.`],
    },
    'review-checkout': {
      title: 'Check the order details',
      help: "Invoice payment is offered only for orders above a certain amount; below it, pay by card.",
      instructions: () => [
        `On the **${place.checkout}** page, check **Sold to**, **Billed to** and **Items in this order**.`,
        'Select **Change** next to any of them to correct it.',
        'Paying by invoice can trigger a credit check that delays the upgrade by up to two business days.',
      ],
    },
    'place-order': {
      title: 'Place the order',
      help: "After placing the order, do not retry or order again: the admin center stays locked until the upgrade ends.",
      instructions: () => [
        `Select **${place['place-order']}**.`,
        'From now until the upgrade finishes, the admin center is unavailable to admins; users keep working.',
      ],
    },
    'check-status': {
      title: 'Check the status',
      help: "Still in progress after an hour? Contact Microsoft support and mention the order you placed.",
      instructions: (input) => [
        `Go back to **${place['billing-your-products']}** and open either ${current(input)} or ${target(input)} to see how the upgrade is going.`,
      ],
    },
    'backup-data': {
      title: 'Back up your data',
      help: "Use your usual backup tools. Export now whatever you may need later: the way back to the old plan is closed.",
      instructions: () => [
        'You are moving to another plan family, and there is no way back to the old plan.',
        'Back up the company data you care about (mailboxes, files, sites) before going on.',
      ],
    },
    'buy-subscription': {
      title: 'Buy the new subscription',
      help: "Buy at least as many licenses as users you will move. Paying by invoice, a credit check can hold the subscription for up to two business days.",
      instructions: (input) => [
        `Go to **${place['purchase-services']}** and buy **${target(input)}**` +
          (input.expectedLicenses === undefined ? '.' : ` with ${input.expectedLicenses} licenses.`),
        'If you already own it, go to the next step.',
      ],
    },
    'verify-licenses': {
      title: 'Check the new licenses',
      help: "Not Active yet? Its services are still being set up: wait and check again before moving anyone.",
      instructions: (input) => [
        `Go to **${place['billing-your-products']}** and filter by **${place['subscription-status-active']}**.`,
        input.expectedLicenses === undefined
          ? `Make sure **${target(input)}** is listed with as many licenses as ${current(input)}.`
          : `Make sure **${target(input)}** is listed with ${input.expectedLicenses} licenses, as many as ${current(input)}.`,
        'If it is not there yet, try again later (an invoice credit check can take up to two business days). If licenses are short, buy more first.',
      ],
    },
    'reassign-licenses': {
      title: 'Move users to the new licenses',
      help: "A user can only move if a license of the new plan is free: buy more first if you run out.",
      instructions: (input) => {
        const batch = input.usersPerBatch ?? 20;
        const lines = [
          `In **${place['users-active-users']}**, select up to ${batch} users at a time and open **Manage product licenses**.`,
          `Turn on **${target(input)}** and turn off ${current(input)}, then save. Repeat until everyone is moved.`,
        ];
        if (input.usePowerShell) {
          lines.push(
            'Faster in bulk: in Microsoft Graph PowerShell, Set-MgUserLicense adds the new license and removes the old one in one call per user; or give a group the new license (group-based licensing).',
          );
        }
        return lines;
      },
    },
    'move-custom-domain': {
      title: 'Move the custom domain',
      help: "Warn users first: mail to the domain can bounce or be delayed until the domain is verified again.",
      instructions: () => [
        `In **${place.domains}**, remove the custom domain, then add it back once users are on the new plan.`,
        'Mail and services on that domain stop until it is back, so do this at a quiet time.',
      ],
    },
    'cancel-old-subscription': {
      title: 'Cancel the old subscription',
      help: "Cancelling too early cuts off users still on the old plan: check Users > Active users first.",
      instructions: (input) => [
        'Only when every user has a license of the new plan:',
        `In **${place['billing-your-products']}**, select ${current(input)} and choose **${place['cancel-subscription']}**.`,
      ],
    },
  },

  paths: {
    'upgrade-tab': 'Good news: you can change plans yourself with the Upgrade tab in the admin center.',
    'resolve-then-upgrade-tab': 'The Upgrade tab will work, but first something has to be fixed or has to finish.',
    manual: 'The Upgrade tab cannot do this change: you need to switch plans by hand.',
    'contact-partner': 'This change has to go through whoever sold you the subscription.',
  },

  facts: {
    currentPlan: {
      label: 'Current plan',
      question: 'Which plan are you on now?',
      help: `You find it in ${place['billing-your-products']}.`,
    },
    targetPlan: {
      label: 'Wanted plan',
      question: 'Which plan do you want to move to?',
      help: 'Pick the plan you would like to end up with.',
    },
    licensedUsers: {
      label: 'Users on the subscription',
      question: 'How many users have a license of this subscription?',
      help: `${place['users-active-users']} or the subscription page in ${place['billing-your-products']} shows it.`,
    },
    licensesPurchased: {
      label: 'Licenses bought',
      question: 'How many licenses did you buy for this subscription?',
      help: `Shown on the subscription in ${place['billing-your-products']}.`,
    },
    licensesAssigned: {
      label: 'Licenses assigned',
      question: 'How many of those licenses are assigned to users?',
      help: `Shown in ${place.licenses}.`,
    },
    adminRole: {
      label: 'Your admin role',
      question: 'Which admin role do you have?',
      help: `You can see it in ${place['role-assignments']}.`,
    },
    purchaseChannel: {
      label: 'How it was bought',
      question: 'How was the subscription bought?',
      help: `${place['bills-payments']} shows who bills you; a partner or an agreement means someone else sells it to you.`,
    },
    trial: {
      label: 'Trial',
      question: 'Is the subscription a trial?',
      help: `${place['billing-your-products']} marks trials.`,
    },
    creditCheckPending: {
      label: 'Credit check pending',
      question: 'Is a credit check still pending for an invoice payment?',
      help: 'This happens after choosing to pay by invoice or placing a large order.',
    },
    planChangeInProgress: {
      label: 'Plan change running',
      question: 'Is another plan change already running on this subscription?',
      help: `${place['billing-your-products']} shows a change in progress on the subscription.`,
    },
    serviceHealthIssue: {
      label: 'Service health issue',
      question: 'Does Service health show an open issue right now?',
      help: `Look in ${place['service-health']}.`,
    },
    provisioningIncomplete: {
      label: 'Setup unfinished',
      question: 'Is the subscription still being set up (some services not ready)?',
      help: 'Fresh purchases can take a while before every service is ready.',
    },
    customDomain: {
      label: 'Custom domain',
      question: 'Do you use your own domain name (like contoso.com) with this subscription?',
      help: `${place.domains} lists them; ignore the onmicrosoft.com one.`,
    },
    legacySmallBusiness: {
      label: 'Older Small Business plan',
      question: 'Was this Small Business plan bought before the service update of the plan?',
      help: 'Older Small Business subscriptions predate the 25-user cap of the current version.',
    },
    multipleSubscriptionsSameProduct: {
      label: 'Duplicate subscriptions',
      question: 'Do you have more than one subscription of this same product?',
      help: `Check the list in ${place['billing-your-products']}.`,
    },
    unpaidBalance: {
      label: 'Unpaid balance',
      question: 'Is there an unpaid or overdue balance on the account?',
      help: `See ${place['bills-payments']}.`,
    },
    governmentOrNonprofit: {
      label: 'Government or nonprofit',
      question: 'Is it a government or nonprofit offer?',
      help: 'These offers have their own plan rules.',
    },
  },

  choices: {
    adminRole: {
      'global-admin': 'Global admin',
      'billing-admin': 'Billing admin',
      other: 'Another role',
    },
    purchaseChannel: {
      'direct-card': 'From Microsoft, by card',
      'direct-invoice': 'From Microsoft, by invoice',
      partner: 'Through a partner',
      'volume-licensing': 'Volume Licensing agreement',
      'prepaid-key': 'Prepaid card or product key',
    },
  },

  sources: {
    '000': 'Microsoft docs: Upgrade from an Office 365 E4 subscription (2020)',
    '002': 'Microsoft docs: Change your Office 365 plan or subscription (2013)',
    MSD: 'Microsoft 365 docs: Upgrade or change to a different plan (current)',
  },

  notes: {
    'credit-check-two-weeks-2013': 'The 2013 guide said a credit check could take up to two weeks; today it is up to two business days.',
    'switch-plans-wizard-2013': 'In 2013 this was the Switch plans wizard under Admin > Licenses; now it is the Upgrade tab.',
    'switch-plans-status-page-2013':
      'The 2013 wizard showed a status page until the switch ended; now you check the old or the new subscription.',
    'admin-role-2013': 'In 2013 only a global admin (any admin on Small Business) could switch; a Billing admin can do it today.',
    'service-health-location-2013': 'In 2013 service health was under Admin > Office 365 > Support; now it is Health > Service health.',
    'reduce-licenses-via-support-2013':
      'In 2013 lowering the license count meant calling support; now you can do it yourself before or after the upgrade.',
    'manual-switch-via-support-2013': 'In 2013 a manual switch went through support; now you do the steps yourself.',
    'office-365-powershell-retired':
      'The older Office 365 PowerShell module is retired: use Microsoft Graph PowerShell instead.',
  },

  ui: {
    welcome:
      'Hi! I help Microsoft 365 admins move an Office 365 subscription to another plan. I can tell you if the Upgrade tab will work, why it might not, and walk you through the change.',
    journeyIntro: {
      'can-i-upgrade': "Let's find out whether the Upgrade tab can change your plan. A few quick questions first.",
      'why-no-upgrade-tab': "Let's find what hides or blocks the Upgrade tab. I will ask only what matters.",
      'walkthrough-auto': 'I will guide you through the upgrade. First I need to know a little about your subscription.',
      'walkthrough-manual': 'I will guide you through the manual switch. First a few questions about your subscription.',
    },
    notUnderstoodHere: 'I did not catch that. Here is what I can do:',
    menuTitle: 'What would you like to do?',
    menu: {
      'can-i-upgrade': 'Can I upgrade?',
      'why-no-upgrade-tab': "Why don't I see the Upgrade tab?",
      'walkthrough-auto': 'Walk me through the upgrade',
      'walkthrough-manual': 'Manual upgrade steps',
      triage: 'Triage a customer case',
      resume: 'Resume where I stopped',
    },
    help: [
      'I check whether your Office 365 subscription can move to another plan with the Upgrade tab, explain what blocks it and guide you step by step.',
      'Words I understand at any time:',
      '- **help**: this message',
      '- **cancel** or **stop**: stop what we are doing',
      '- **start over**: back to the menu',
      '- **italiano** / **english**: change language',
      '- **where was I**: remind you where you are',
      '- **my cases**: the customer cases you created',
      '- **case** followed by its id: open a case',
    ].join('\n'),
    cancelled: 'OK, I stopped. Say anything to see the menu again.',
    cancelledCanResume: 'OK, I stopped. Your walkthrough is saved: pick "Resume where I stopped" in the menu to go on.',
    startedOver: "Let's start over.",
    languageSwitched: 'From now on I speak English.',
    nothingToResume: 'There is nothing to resume: you have no walkthrough in progress.',
    whereWasI,
    reprompt: {
      notANumber: 'Please send a whole number, like 25.',
      notAPlan: 'I did not recognise that plan. Pick it from the list or type its name, for example "Enterprise E3".',
      notYesNo: 'Please answer yes or no.',
      notAChoice: 'Please pick one of the buttons on the card.',
      notUnderstood: 'Sorry, I did not understand that answer. Use the card or type it again.',
      notAnOption: (options) => `Please pick one of these: ${options.join(', ')}.`,
      outOfRange: (min, max) =>
        max === undefined ? `Please send a number of at least ${min}.` : `Please send a number between ${min} and ${max}.`,
    },
    staleCard: 'That card is from an earlier step, so I ignored it. Use the latest card, or say "where was I".',
    invalidSubmit: 'I could not read that answer. Please use the buttons of the latest card.',
    somethingWentWrong: 'Sorry, something went wrong on my side. Please try again, or say "start over".',
    buttons: {
      done: 'Done',
      back: 'Back',
      help: 'Help',
      stopForNow: 'Stop for now',
      startWalkthrough: 'Start the walkthrough',
      checkAgain: 'Check again',
      startOver: 'Start over',
      open: 'Open',
      submit: 'Submit',
      yes: 'Yes',
      no: 'No',
      dontKnow: "I don't know",
    },
    diagnosis: {
      title: 'Can you use the Upgrade tab?',
      currentPlan: (planName) => `Current plan: ${planName}`,
      targetPlan: (planName) => `Wanted plan: ${planName}`,
      reasonsTitle: 'What stands in the way',
      whatItMeans: 'What it means',
      whatToDo: 'What to do',
      source: (citation) => `Source: ${citation}`,
      targetsTitle: 'Plans the Upgrade tab can move you to',
      noAutomaticTargets: 'The Upgrade tab offers no plan for this change.',
      warningsTitle: 'Good to know',
      stillUnknown: (labels) => `Some answers could still change this result: ${labels.join(', ')}.`,
      allClear: 'Nothing blocks the upgrade.',
      useButtons: 'Please choose one of the buttons on the card, or say "start over".',
      needPlan: 'Without the current plan I cannot check anything. Come back when you know it.',
      recheckIntro: "Let's check again. I will only ask about what may have changed.",
    },
    walkthrough: {
      stepOfTotal: (stepNumber, total) => `Step ${stepNumber} of ${total}`,
      lastStepNote: {
        'upgrade-tab':
          'The upgrade usually finishes within ten minutes. If it still shows as in progress after an hour, contact Microsoft support.',
        'resolve-then-upgrade-tab':
          'Once the blocking issue is solved, the upgrade usually finishes within ten minutes; after an hour still in progress, contact Microsoft support.',
        manual: 'Check a few users can sign in and use the new plan. If a license or the cancellation fails, contact Microsoft support.',
        'contact-partner': 'Your partner or account representative will confirm when the change is done.',
      },
      stepDone: 'Done',
      stepWentBack: 'Went back a step',
      finished: (kind) =>
        kind === 'upgrade-tab'
          ? 'That was the last step: the upgrade is on its way. Users move to the new plan as soon as it finishes.'
          : 'That was the last step: everyone is on the new plan and the old subscription is cancelled.',
      stopped: (stepNumber, total) =>
        `Stopped at step ${stepNumber} of ${total}. Pick "Resume where I stopped" in the menu, or say "resume", to carry on from there.`,
      alreadyFirst: 'This is already the first step.',
      useButtons: 'Use the buttons on the step (Done, Back, Help, Stop for now), or type done or back.',
      warningsTitle: 'Watch out',
      source: (citation) => `Source: ${citation}`,
    },
    triage: {
      formTitle: 'New customer case',
      formIntro: 'Fill in what the customer told you. Only the current plan is required; leave the rest empty if unknown.',
      requiredHint: 'Please choose the current plan.',
      notKnown: 'Not known',
      caseTitle: (caseId) => `Case ${caseId}`,
      caseCreated: (caseId) => `Case ${caseId} saved. Say "case ${caseId}" to open it again.`,
      caseNotFound: (caseId) => `I found no case with id ${caseId}.`,
      myCasesTitle: 'Your cases',
      myCasesEmpty: 'You have no cases yet. Pick "Triage a customer case" to create one.',
      caseListLine: (caseId, planName, created) => `${caseId}: ${planName} (${created})`,
    },
    summary: {
      heading: 'Upgrade Assistant case summary',
      caseId: 'Case',
      agent: 'Agent',
      created: 'Created',
      path: 'Outcome',
      reasons: 'Blockers',
      targets: 'Automatic targets',
      warnings: 'Warnings',
      facts: 'Answers',
      unknownFacts: 'Still to ask',
      none: 'none',
    },
    planPickerPlaceholder: 'Choose a plan',
    numberPlaceholder: 'Type a number',
    automaticTargetMark: '(Upgrade tab)',
    turnFailed: (failure) =>
      ({
        save: 'I could not save that step, so I did not take it. Nothing was lost: we are where we were before your last message. Please send it again in a moment.',
        conflict: 'That message crossed another one from this conversation, which I saved first. Nothing was lost: please send it again.',
        error:
          'Something went wrong on my side with that message, so I did not take it. Nothing was lost: your answers and walkthrough progress are as they were. Please send it again, or say "where was I".',
        'stack-reset':
          'Something went wrong on my side again, so I closed the question we were on. Nothing was lost: your answers, cases and walkthrough progress are kept. Say "resume" or "where was I" to go on.',
      })[failure],
  },
};
