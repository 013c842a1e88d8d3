import { getPlan, LIMITS } from '../domain/index.js';
import { adminCenterNames } from './admin-center.js';
import { citations } from './citations.js';
import { enAnswers } from './en-answers.js';
import { enDesk } from './en-desk.js';
import { enIntake } from './en-intake.js';
import { enTenant } from './en-tenant.js';
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
    business: 'Microsoft 365 for business',
    enterprise: 'Enterprise',
    frontline: 'Frontline',
    education: 'Education',
    standalone: 'Standalone services',
    'small-business': 'Small Business (2013)',
    midsize: 'Midsize Business (2013)',
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
      title: 'No automatic change from this plan',
      meaning: 'The admin center offers no automatic change from your current plan to another one.',
      remedy: 'Change by hand: buy the new plan, move the users, then cancel the old one. I can walk you through it.',
    },
    'target-retired': {
      title: 'The plan you want is no longer sold',
      meaning: 'Microsoft retired that plan, so neither the automatic change nor a purchase can get you there.',
      remedy: 'Pick a plan that is sold today, and change to it automatically if the admin center offers it from yours, or by hand.',
    },
    'target-not-eligible': {
      title: 'The plan you want is not offered from yours',
      meaning: 'From your plan the admin center offers only certain plans, and the one you want is not among them.',
      remedy: 'Pick a plan the admin center offers from yours, or change to the one you want by hand.',
    },
    'target-undecided': {
      title: 'No source decides this change yet',
      meaning:
        'Microsoft names this plan, but no page says which plans the admin center changes it to or from automatically, so this answer does not promise an automatic change.',
      remedy: `Look for it in **${place['view-upgrades']}**; if it is not listed, change by hand: buy the new plan, move the users, then cancel the old one.`,
    },
    'target-fewer-services': {
      title: 'The plan you want has fewer services',
      meaning:
        'The admin center changes plans automatically only to a plan that keeps every service of yours, at the same or a higher version, so that no user loses data. The plan you want lacks some of them.',
      remedy: 'Change by hand: back up the data you want to keep, buy the new plan, move the users, then cancel the old plan.',
    },
    'business-plan-user-cap': {
      title: `More than ${LIMITS.businessPlanLicenses.value} users for a Business plan`,
      meaning: `Microsoft 365 Business plans are for up to ${LIMITS.businessPlanLicenses.value} licenses, and this subscription has more users than that.`,
      remedy: `Pick an Enterprise plan such as E3 or E5, or keep up to ${LIMITS.businessPlanLicenses.value} users on the Business plan and license the others with an Enterprise plan.`,
    },
    'end-of-sale-mca': {
      title: 'Your plan is past its end of sale',
      meaning: 'On a Microsoft Customer Agreement (MCA) account, a product that is no longer sold cannot be upgraded.',
      remedy: 'Buy a plan that is sold today and move the users to it by hand. The current subscription keeps working until then.',
    },
    'wizard-user-limit': {
      title: 'Too many users for the automatic change',
      meaning: `For plans only the 2013 table covers, the automatic switch handled subscriptions of up to ${LIMITS.wizardUsers.value} users.`,
      remedy: 'Change by hand: buy the new plan, reassign licenses in batches or with PowerShell, then cancel the old plan.',
    },
    'prepaid-plan': {
      title: 'Paid with a prepaid card or product key',
      meaning: 'Plans bought with a product key cannot be changed automatically.',
      remedy: 'Change by hand: buy the new plan, move the users, then let the prepaid plan end or cancel it.',
    },
    'custom-domain-small-business': {
      title: 'Custom domain on a Small Business plan',
      meaning: 'With a custom domain set up, a Small Business plan cannot move automatically to a Midsize or Enterprise plan.',
      remedy: 'Change by hand. The domain has to be removed and added back, so plan for some downtime on it.',
    },
    'legacy-small-business-user-cap': {
      title: `Older Small Business plan with more than ${LIMITS.smallBusinessUsers.value} users`,
      meaning: `Small Business plans bought before the service update cannot switch while they have more than ${LIMITS.smallBusinessUsers.value} users, the cap of the newer version.`,
      remedy: 'Change by hand, or ask Microsoft support which option fits your organization.',
    },
    'not-currently-eligible': {
      title: 'The subscription is not eligible to change plans right now',
      meaning: 'The admin center says this subscription cannot change plans automatically at the moment.',
      remedy: 'Change by hand: buy the new plan, move the users, then cancel the old one.',
    },
    'government-or-nonprofit': {
      title: 'Government or nonprofit plan',
      meaning: 'Government and nonprofit plans cannot change automatically.',
      remedy: 'Change by hand: buy the new plan, move the users, then cancel the old one.',
    },
    'role-not-permitted': {
      title: 'Your role cannot change plans',
      meaning:
        'On a MOSA billing account it takes at least the Billing administrator role; on an MCA account, an owner or contributor of the billing account or of a billing profile.',
      remedy: 'Ask someone with that role to make the change, or to assign you the role. A Global administrator can assign billing roles.',
    },
    'trial-subscription': {
      title: 'It is a trial',
      meaning: 'A trial cannot be changed directly to a different paid plan.',
      remedy: 'Buy the plan you are trying first, then change that paid subscription.',
    },
    'license-conflict': {
      title: 'More users than licenses',
      meaning: 'To change plans automatically, every user must have a valid license, and more are assigned than bought.',
      remedy: `Unassign licenses in ${place['users-active-users']} until no more users than licenses remain, or buy the missing licenses.`,
    },
    'scheduled-change': {
      title: 'A change scheduled by your Microsoft representative',
      meaning:
        'Your representative scheduled a change to this subscription for its renewal. Until that change takes place, the subscription cannot be upgraded or downgraded, nor its licenses removed.',
      remedy: `See it with **View scheduled changes** in ${place['billing-your-products']}, and ask your Microsoft representative to change or cancel it if you need the new plan sooner.`,
    },
    'extended-service-term': {
      title: 'The subscription is on an Extended Service Term',
      meaning: 'An Extended Service Term (EST) keeps the service month to month after the end date, but its type cannot be changed to another plan, nor its license count.',
      remedy: 'Change by hand: buy the new plan, move the users, then cancel the EST. You can also convert the EST back to a standard subscription and change that one.',
    },
    'billing-account-blocked': {
      title: 'The billing account is blocked',
      meaning: 'Microsoft blocks a billing account left unused for a year. While it is blocked, no subscription can be added, so neither the automatic change nor a manual one can go through.',
      remedy: 'Have it unblocked first: contact Microsoft support if you bought directly, or your partner or account manager. Then check again.',
    },
    'add-on-present': {
      title: 'The subscription has an add-on',
      meaning: 'An add-on on the subscription can stop the automatic change.',
      remedy: 'Remove the add-on (you can add it back later if you still need it), then try again; or change plans by hand.',
    },
    'multiple-subscriptions-same-product': {
      title: 'Two subscriptions of the same product',
      meaning: 'The admin center changes plans automatically only when all users have licenses to the same plan.',
      remedy: 'Move every user onto one of them, cancel the unused one, then try again.',
    },
    'unpaid-balance': {
      title: 'Unpaid balance',
      meaning: 'When you pay by wire transfer, an unpaid balance on your invoice blocks the change.',
      remedy: `In ${place['billing-your-products']}, find the subscription and select ${place['pay-now']} or ${place['settle-balance']} in its Billing section; once paid, try again.`,
    },
    'credit-check-pending': {
      title: 'Credit check in progress',
      meaning: 'Microsoft is still checking credit for an invoice payment; plans cannot change until it ends.',
      remedy: `Wait for the check to finish (up to ${LIMITS.creditCheckBusinessDays.value} working days), then try again.`,
    },
    'plan-change-in-progress': {
      title: 'Another plan change is running',
      meaning: 'A previous change on this subscription has not finished yet.',
      remedy: 'Wait until it completes, and do not reassign licenses in the meantime.',
    },
    'service-health-issue': {
      title: 'A service is not available',
      meaning: 'While a service in your plan has an incident, plans cannot change.',
      remedy: `Check ${place['service-health']}, wait a few hours for the service to recover and try again; contact support if it persists.`,
    },
    'provisioning-incomplete': {
      title: 'The subscription is not fully set up',
      meaning: 'Some services of the current subscription are still being set up.',
      remedy: 'Wait until setup completes, then try again; contact support if it persists.',
    },
  },

  warnings: {
    'admin-downtime': `While the change runs (up to ${LIMITS.planChangeMaxMinutes.value} minutes), admins cannot edit the subscription's details page; the rest of the admin center works.`,
    'users-keep-access': 'Users keep working, and keep all their data, during the change; they move to the new plan when it ends.',
    'do-not-reassign-during-switch': 'Do not reassign user licenses while the change is running: that can stop it from completing.',
    'billing-switchover': 'The day the change completes, billing stops on the old subscription and starts on the new one.',
    'cannot-remove-licenses-during-upgrade': 'During the change you can add licenses but not remove them. Lower the count before or after.',
    'add-ons-included-are-removed': 'Add-ons that the new plan already includes are removed from the order.',
    'invoice-credit-check': `Paying by invoice, or a large order, may need a credit check that takes up to ${LIMITS.creditCheckBusinessDays.value} working days.`,
    'cross-family-no-return': 'Once you move to a plan in another family, you cannot switch back to the old plan.',
    'backup-before-cross-family': 'Moving to another plan family: back up the company data before you start.',
    'custom-domain-downtime': 'The custom domain has to be removed and added back, so mail and services on it are down for a while.',
    'public-website-domain-first':
      'If the public website should use a different custom domain, change it before the switch; afterwards it takes extra work.',
    'typical-duration': `The change usually takes a few minutes and can take up to ${LIMITS.planChangeMaxMinutes.value}. If it still shows as in progress after ${LIMITS.contactSupportAfterMinutes.value} minutes, contact Microsoft support.`,
    'e4-to-e3-loses-features':
      'Office 365 E3 and Microsoft 365 E3 do not include everything E4 had (its conferencing features, for one): check what users rely on first.',
    'bulk-reassign-with-powershell': `With more than ${LIMITS.usersPerBatch.value} users, reassign licenses with Microsoft Graph PowerShell (Set-MgUserLicense) or group-based licensing rather than by hand.`,
    'backup-before-fewer-services':
      'The new plan has fewer data-related services: back up what you want to keep (mailboxes, OneDrive files, SharePoint sites) before you move anyone.',
    'service-assignments-reset': 'Every user gets all the services of the new plan: services you had turned off for some users are on again.',
    'prorated-credit-invoice': `Depending on the new plan you may get a prorated credit; a new invoice with it comes within ${LIMITS.newInvoiceDays.value} days.`,
    'mca-refund-window': `On an MCA account, cancelling gives a prorated credit or refund only within ${LIMITS.mcaRefundDays.value} days of the subscription's start or renewal; after that, turn off recurring billing instead.`,
    'mosa-cancel-license-limit': `On a MOSA account you can cancel online only with ${LIMITS.mosaOnlineCancelLicenses.value} licenses or fewer: remove licenses down to ${LIMITS.mosaOnlineCancelLicenses.value} first.`,
    'domain-before-cancel': `Microsoft's cancel page asks you to remove a custom domain used with the subscription before cancelling it. Check ${place.domains} first: keep the domain if your new plan in the same organization uses it, and ask support if the cancellation is refused because of it.`,
    'teams-suite-new-customers':
      'Since April 2024 (October 2023 in the EEA and Switzerland), Microsoft sells the Enterprise suites with Teams only to customers who already had one: a new customer buys the (no Teams) suite plus Microsoft Teams Enterprise. The Business and Frontline suites come both with and without Teams.',
    'teams-suite-existing-customers':
      'Your suite includes Teams. Customers who had it before April 2024 may keep using, renew, upgrade and otherwise adjust it as before, including its term and billing frequency.',
  },

  steps: {
    'open-your-products': {
      title: 'Open your products',
      help: 'Sign in at admin.microsoft.com with an account that has a billing role. If Billing is missing from the left menu, select Show all.',
      instructions: () => [
        `In the Microsoft 365 admin center, go to **${place['billing-your-products']}** (in the Simplified view: **${place.subscriptions}**).`,
      ],
    },
    'select-subscription': {
      title: 'Select the subscription',
      help: 'A long list? Use the search box or the filters above it to find the subscription.',
      instructions: (input) => [`In the list, select **${current(input)}** to open its details page.`],
    },
    'view-upgrades': {
      title: 'View the recommended upgrades',
      help: 'Is the link greyed out? Something blocks the automatic change: select "It\'s greyed out" (or tell me) and we will find the reason together.',
      instructions: () => [
        `On the details page, in the **${place['product-details-and-upgrades']}** section, select **${place['view-upgrades']}**.`,
        'If the link is greyed out, the plan cannot change automatically right now: tell me and I will help find why.',
      ],
    },
    'choose-upgrade': {
      title: 'Choose the new plan',
      help: 'The plan you want is not listed? It cannot be reached automatically from yours: the manual steps get you there.',
      instructions: (input) => [`On the **${place['available-upgrades']}** page, find **${target(input)}** and select **${place['upgrade-button']}**.`],
    },
    checkout: {
      title: 'Check out',
      help: `Paying by invoice may need a credit check of up to ${LIMITS.creditCheckBusinessDays.value} working days before the change starts.`,
      instructions: () => [`On the **${place.checkout}** page, select or add a payment method.`],
    },
    'change-subscription-option': {
      title: 'Open the other subscription options',
      help: 'On an MCA account it takes a billing account or billing profile owner or contributor role to see this option.',
      instructions: () => [
        `On the details page, in the **${place['other-subscription-options']}** section, select **${place['change-subscription-option']}**.`,
      ],
    },
    'choose-options': {
      title: 'Choose the new plan and its terms',
      help: 'To move only some users, enter fewer licenses; you then assign the new licenses to those users yourself.',
      instructions: (input) => [
        `Choose **${target(input)}** and when the change should happen.`,
        input.expectedLicenses === undefined
          ? 'Enter the number of licenses you want.'
          : `Enter the number of licenses you want (the current subscription has ${input.expectedLicenses}).`,
        'Select the subscription length and the billing frequency.',
      ],
    },
    'change-plan': {
      title: 'Change the plan',
      help: 'Do not start the change again while it runs: the subscription page stays locked until it ends.',
      instructions: () => [`Select **${place['change-plan']}**.`],
    },
    'place-order': {
      title: 'Place the order',
      help: 'After placing the order, do not retry or order again: the subscription page stays locked until the change ends.',
      instructions: () => [
        `Select **${place['place-order']}**.`,
        "Until the change finishes, the subscription's page is locked; users keep working.",
      ],
    },
    'check-status': {
      title: 'Check the status',
      help: `Still in progress after ${LIMITS.contactSupportAfterMinutes.value} minutes? Contact Microsoft support and mention the order you placed.`,
      instructions: (input) => [
        `Go back to **${place['billing-your-products']}** and open either ${current(input)} or ${target(input)} to see how the change is going.`,
      ],
    },
    'open-upgrade-tab': {
      title: 'Open the Upgrade tab',
      help: 'No Upgrade tab, or a message instead of plans? The message named what blocked the upgrade.',
      instructions: () => [
        `On the details page, select the **${place['upgrade-tab']}** tab.`,
        'Plans listed there could be reached automatically; a message instead explained what blocked the upgrade.',
      ],
    },
    'choose-target': {
      title: 'Choose the new plan',
      help: 'A plan not listed could not be reached automatically from yours.',
      instructions: (input) => [`Find **${target(input)}** and select **${place['upgrade-button']}** next to it.`],
    },
    'review-cart': {
      title: 'Review the cart',
      help: 'The cart only let you add licenses: fewer were set before or after the upgrade.',
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
      help: 'Nothing was charged yet: the next page showed the whole order before placing it.',
      instructions: () => [`When the cart looks right, select **${place['go-to-checkout']}**.`],
    },
    'review-checkout': {
      title: 'Check the order details',
      help: 'Invoice payment was offered only for orders above a certain amount.',
      instructions: () => [
        `On the **${place.checkout}** page, check **Sold to**, **Billed to** and **Items in this order**.`,
        'Select **Change** next to any of them to correct it.',
      ],
    },
    'backup-data': {
      title: 'Back up your data',
      help: 'Outlook exports a mailbox to a .pst file; OneDrive files and SharePoint sites can be downloaded. Save now whatever you may need later.',
      instructions: (input) => [
        input.backupBecause === 'other-family'
          ? 'You are moving to another plan family, and there is no way back to the old plan.'
          : 'The new plan has fewer data-related services than the current one, so some data has no place to go.',
        'Back up the company data you care about (mailboxes, OneDrive files, SharePoint sites) before going on.',
      ],
    },
    'buy-subscription': {
      title: 'Buy the new subscription',
      help: `Buy it for the same organization your users are in now: subscriptions cannot cross organizations. Paying by invoice, a credit check can take up to ${LIMITS.creditCheckBusinessDays.value} working days.`,
      instructions: (input) => [
        `Go to **${place.marketplace}** (Dashboard view) or **${place['add-more-products']}** (Simplified view) and buy **${target(input)}**` +
          (input.expectedLicenses === undefined ? ', one license for each user you will move.' : ` with ${input.expectedLicenses} licenses, one for each user you will move.`),
        'If you already own it with enough free licenses, go to the next step.',
      ],
    },
    'verify-licenses': {
      title: 'Check both subscriptions',
      help: 'Not Active yet? Its services are still being set up: wait and check again before moving anyone.',
      instructions: (input) => [
        `In **${place['billing-your-products']}**, check that both subscriptions show as **${place['subscription-status-active']}**.`,
        input.expectedLicenses === undefined
          ? `Make sure **${target(input)}** has an unassigned license for each user you will move.`
          : `Make sure **${target(input)}** has ${input.expectedLicenses} unassigned licenses, one for each user you will move.`,
      ],
    },
    'reassign-licenses': {
      title: 'Move users to the new licenses',
      help: 'It takes a Global, License or User administrator. A user only moves if a license of the new plan is free.',
      instructions: (input) => {
        const lines = [
          `In **${place['users-active-users']}**, select the users to move (up to ${input.usersPerBatch ?? LIMITS.usersPerBatch.value} at a time, as the 2020 guide says), then **${place['manage-product-licenses']}**.`,
          `Select **${place['replace-licenses']}**, pick **${target(input)}** in place of ${current(input)}, then **${place['save-changes']}**. Repeat until everyone is moved.`,
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
      help: 'Warn users first: mail to the domain can bounce or be delayed until the domain is verified again.',
      instructions: () => [
        `In **${place.domains}**, remove the custom domain, then add it back once users are on the new plan.`,
        'Mail and services on that domain stop until it is back, so do this at a quiet time.',
      ],
    },
    'cancel-old-subscription': {
      title: 'Cancel the old subscription',
      help: `Cancelling too early cuts off users still on the old plan: check ${place['users-active-users']} first. If only some users moved, remove the licenses you no longer need instead.`,
      instructions: (input) => {
        const lines = [
          'Only when every user has a license of the new plan:',
          `In **${place['billing-your-products']}**, select ${current(input)} and choose **${place['cancel-subscription']}**.`,
        ];
        if (input.reduceLicensesTo !== undefined) {
          lines.push(`It has more than ${input.reduceLicensesTo} licenses: remove licenses down to ${input.reduceLicensesTo} first, then cancel.`);
        }
        if (input.billingAccountType === 'mca') {
          lines.push(
            `More than ${LIMITS.mcaRefundDays.value} days since it started or renewed? Turn off recurring billing instead (**${place['edit-recurring-billing']}** > Off): no refund comes after that.`,
          );
        }
        return lines;
      },
    },
  },

  paths: {
    'upgrade-tab': 'Good news: the admin center can change your plan automatically.',
    'resolve-then-upgrade-tab': 'The admin center can change your plan automatically once something is fixed or has finished.',
    manual: 'The admin center cannot make this change automatically: you change plans by hand.',
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
      help: `Shown on the subscription in ${place['billing-your-products']}.`,
    },
    moreUsersThanLicenses: {
      label: 'More users than licenses',
      question: 'Are more licenses assigned to users than were bought?',
      help: `Compare the assigned and bought licenses of the subscription in ${place['billing-your-products']}.`,
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
    commitmentTerm: {
      label: 'Term',
      question: 'Is the subscription on a monthly, annual or three-year term?',
      help: `The subscription's page in ${place['billing-your-products']} shows its length and its renewal date.`,
    },
    billingAccountType: {
      label: 'Billing account type',
      question: 'Which type of billing account do you have: MOSA or MCA?',
      help: `${place['billing-accounts']} shows it in the Billing account type column.`,
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
      help: `Older Small Business subscriptions predate the ${LIMITS.smallBusinessUsers.value}-user cap of the newer version.`,
    },
    notCurrentlyEligible: {
      label: 'Not currently eligible',
      question: 'Does the admin center say the subscription is not currently eligible to change plans?',
      help: `It says so when ${place['view-upgrades']} is greyed out on the subscription's page.`,
    },
    scheduledChange: {
      label: 'Change scheduled by Microsoft',
      question: 'Has your Microsoft representative scheduled a change to this subscription, for its renewal?',
      help: `The subscription's page in ${place['billing-your-products']} then shows **View scheduled changes**.`,
    },
    extendedServiceTerm: {
      label: 'Extended Service Term',
      question: 'Is the subscription on an Extended Service Term (EST), continuing month to month after its end date?',
      help: `The subscription's name in ${place['billing-your-products']} ends with "Extended Service Term".`,
    },
    billingAccountBlocked: {
      label: 'Billing account blocked',
      question: 'Has Microsoft blocked your billing account for inactivity?',
      help: 'Microsoft sends a notice 30 days before it blocks an account unused for a year.',
    },
    hasAddOn: {
      label: 'Add-on',
      question: 'Does the subscription have an add-on?',
      help: `Add-ons show with the subscription in ${place['billing-your-products']}.`,
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
      question: 'Is it a government or nonprofit plan?',
      help: 'These plans have their own rules.',
    },
  },

  choices: {
    adminRole: {
      'global-admin': 'Global admin',
      'billing-admin': 'Billing admin',
      'billing-account-role': 'Billing account or profile owner or contributor (MCA)',
      other: 'Another role',
    },
    purchaseChannel: {
      'direct-card': 'From Microsoft, by card',
      'direct-invoice': 'From Microsoft, by invoice',
      partner: 'Through a partner',
      'volume-licensing': 'Volume Licensing agreement',
      'prepaid-key': 'Prepaid card or product key',
    },
    commitmentTerm: {
      monthly: 'Monthly',
      annual: 'Annual',
      'three-year': 'Three years',
    },
    billingAccountType: {
      mosa: 'MOSA (Microsoft Online Subscription Agreement)',
      mca: 'MCA (Microsoft Customer Agreement)',
    },
  },

  sources: citations('en'),

  notes: {
    'credit-check-two-weeks-2013': 'The 2013 guide said a credit check could take up to two weeks.',
    'switch-plans-wizard-2013': 'In 2013 this was the Switch plans wizard under Admin > Licenses.',
    'switch-plans-status-page-2013': 'The 2013 wizard showed a status page until the switch ended; now you look at the subscriptions.',
    'admin-role-2013': 'In 2013 only a global admin (any admin on Small Business) could switch plans.',
    'service-health-location-2013': 'In 2013 service health was under Admin > Office 365 > Support.',
    'reduce-licenses-via-support-2013': 'In 2013 lowering the license count meant calling support.',
    'manual-switch-via-support-2013': 'In 2013 a manual switch went through support; now you do the steps yourself.',
    'office-365-powershell-retired': 'The older Office 365 PowerShell module is retired: use Microsoft Graph PowerShell instead.',
    'upgrade-tab-2020': 'In 2020 this was the Upgrade tab of the subscription, followed by a Cart page and Go to checkout.',
    'cart-page-2020': 'In 2020 a Cart page came first, where you chose monthly or yearly billing and the Quantity.',
    'admin-center-locked-2020': 'In 2020 admins could not use the admin center at all during the change; today only the subscription page is locked.',
    'ten-minutes-2020': `The 2013 and 2020 guides said a change usually took less than ${LIMITS.typicalUpgradeMinutes.value} minutes.`,
    'e3-to-e4-2013': 'In 2013 an E3 plan could move to E4; Microsoft retired E4 in 2015.',
    'unpaid-balance-invoice-2024': 'The December 2024 version of the page said this applied to anyone paying by invoice; the October 2025 version narrows it to wire transfer.',
    'purchase-services-label': 'Earlier versions of the admin center called this page Billing > Purchase services.',
    'prepaid-not-in-2024-list': "This comes from the 2013 guide; Microsoft's lists of blockers of 2024 and 2025 no longer name prepaid plans.",
    'custom-domain-small-business-2013':
      'In 2013 a Small Business plan with a custom domain could not switch to an Enterprise or Midsize plan: the domain was removed and added back after the switch, with some downtime.',
    'no-switch-back-across-families-2013': 'In 2013 a plan moved to another family of plans could not switch back to the old one.',
  },

  undecided: {
    'mca-blockers-undocumented': `Microsoft documents what blocks a plan change for MOSA accounts only. On your MCA account, the **${place['change-subscription-option']}** page shows what you can change.`,
    'education-plans-undocumented': `No current Microsoft page says which education plans can change automatically; this answer follows the 2013 table. **${place['view-upgrades']}** shows what the admin center offers you.`,
    'plan-targets-undocumented': `Microsoft names this plan (${getPlan('m365-e7').name} in 2026, ${getPlan('teams-enterprise').name}, the Microsoft 365 A-plans), but no source says yet which changes the admin center makes automatically to or from it. **${place['view-upgrades']}** shows what it offers you.`,
    'prepaid-plan-undocumented': `In 2013 and in 2020 a plan bought with a prepaid card or product key could not change automatically; Microsoft's current list of blockers no longer names prepaid plans, and no current page says whether they still block. **${place['view-upgrades']}** shows whether the admin center offers you a change.`,
    'retired-plan-targets-2013': `Your plan is no longer sold, so these plans come from the 2013 table, less those retired since. **${place['view-upgrades']}** shows what the admin center really offers.`,
  },

  ui: {
    welcome:
      'Hi! I help Microsoft 365 admins change a subscription to another plan. I can tell you whether the admin center can do it automatically, what blocks it, and walk you through the change.',
    welcomeInCopilot: 'Hi! Tell me your Microsoft 365 plan and the one you want, and I will say whether the admin center can change it for you, and how.',
    journeyIntro: {
      'can-i-upgrade': "Let's find out whether the admin center can change your plan automatically. A few quick questions first.",
      'why-no-upgrade-tab': "Let's find what blocks the automatic change. I will ask only what matters.",
      'walkthrough-auto': 'I will guide you through the change. First I need to know a little about your subscription.',
      'walkthrough-manual': 'I will guide you through the manual change. First a few questions about your subscription.',
    },
    menuTitle: 'What would you like to do?',
    menu: {
      'can-i-upgrade': 'Can I change my plan?',
      'why-no-upgrade-tab': "Why can't I change plans?",
      'walkthrough-auto': 'Walk me through the change',
      'walkthrough-manual': 'Manual change steps',
      triage: 'Triage a customer case',
      resume: 'Resume where I stopped',
    },
    help: [
      'I check whether the admin center can change your Microsoft 365 subscription to another plan automatically, explain what blocks it and guide you step by step.',
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
    cancelledCanResume: 'OK, I stopped. Your walkthrough is saved: select Resume, or say "resume", to go on.',
    startedOver: "Let's start over.",
    confirmStartOver: (stepNumber, total) =>
      `Starting over forgets your answers and the walkthrough saved at step ${stepNumber} of ${total}. Start over anyway?`,
    keptWalkthrough: 'Nothing was forgotten: your answers and your steps are as they were.',
    languageSwitched: 'From now on I speak English.',
    nothingToResume: 'There is nothing to resume: you have no walkthrough in progress.',
    whereWasI,
    reprompt: {
      notANumber: 'Please send a whole number, like 25.',
      negativeNumber: 'A count cannot be below zero: send how many there are, for example 25.',
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
      greyedOut: "It's greyed out",
      startOverYes: 'Yes, start over',
      keepSteps: 'No, keep my steps',
      resume: 'Resume',
    },
    diagnosis: {
      title: 'Can the admin center change your plan?',
      currentPlan: (planName) => `Current plan: ${planName}`,
      targetPlan: (planName) => `Wanted plan: ${planName}`,
      reasonsTitle: 'What stands in the way',
      whatItMeans: 'What it means',
      whatToDo: 'What to do',
      source: (citation) => `Source: ${citation}`,
      targetsTitle: 'Plans the admin center can change you to automatically',
      noAutomaticTargets: 'The admin center offers no automatic change here.',
      wantedRefusedTargetsTitle: 'The plan you want is not one of them; the admin center does offer these',
      planRetired: (planName, year, evidence) =>
        evidence === 'notice'
          ? `${planName} was retired in ${year}.`
          : `${planName} is no longer in Microsoft's licensing reference (${year}).`,
      replacedBy: (planNames) => `Replaced by: ${planNames.join(', ')}.`,
      undecidedTitle: 'Not settled by any source',
      moreWarnings: (count) => (count === 1 ? 'One more thing to know' : `${count} more things to know`),
      sourcesTitle: 'Sources',
      warningsTitle: 'Good to know',
      stillUnknown: (labels) => `Some answers could still change this result: ${labels.join(', ')}.`,
      allClear: 'Nothing blocks the change.',
      nothingKnownBlocks: 'Nothing you told me blocks the change, but the answers still missing could.',
      placeTitle: 'Where in the admin center',
      placeFor: (kind, trail) =>
        kind === 'mosa' ? `MOSA account: ${trail}` : kind === 'mca' ? `MCA account: ${trail}` : `First buy the new plan: ${trail}`,
      useButtons: 'Please choose one of the buttons on the card, or say "start over".',
      needPlan: `The current plan is the one answer I need. You find it in **${place['billing-your-products']}**: each subscription there is named after its plan. When you have it, just type it, for example "we're on Business Standard".`,
      servicesTitle: (fromPlan, toPlan) => `What changes from ${fromPlan} to ${toPlan}`,
      servicesLost: (names) => `Your users would lose: ${names.join(', ')}.`,
      servicesGained: (names) => `They would gain: ${names.join(', ')}.`,
      servicesSame: 'The two plans include the same services.',
      wouldLose: (names) => `It would take away: ${names.join(', ')}.`,
      termTitle: 'What it does to the term and the bill',
      yourTerm: (term) => `Your term: ${term}.`,
      termEffects: {
        'billing-switches-on-completion': `The day the change completes, billing stops on the old subscription and starts on the new one; depending on the new plan you may get a prorated credit, on an invoice within ${LIMITS.newInvoiceDays.value} days.`,
        'mca-choose-when-and-term': 'On the change page you choose when it happens (now or scheduled, for example at the renewal), the number of licenses, the term and the billing frequency; a new term or billing frequency takes effect at the renewal. A change a Microsoft representative scheduled blocks it until it happens or is cancelled.',
        'partner-upgrade-keeps-term': `The partner makes the change. Partners' published guidance for new commerce (not Microsoft's): an upgrade into a new subscription keeps the term, the billing frequency and the end date at today's price; it cannot be undone, and the ${LIMITS.mcaRefundDays.value}-day cancel window does not apply to it.`,
        'smaller-plan-at-renewal': `The wanted plan has fewer services. On an annual or three-year term, the old plan's licenses can be removed only within ${LIMITS.mcaLicenseReductionDays.value} days of buying or renewing (MCA); after that a reduction waits for the renewal, so the old plan is billed to its end. Partners say the same of new commerce: down only at renewal. Plan the change for the renewal date.`,
        'smaller-plan-monthly': `The wanted plan has fewer services. On a monthly term a reduction of the old plan waits at most for its next monthly renewal (on MCA, after the first ${LIMITS.mcaLicenseReductionDays.value} days), so little of it is billed after the change.`,
        'old-plan-cancel-window': `Cancelling the old plan afterwards: on MCA a prorated refund comes only within ${LIMITS.mcaRefundDays.value} days of its start or renewal, otherwise turn off recurring billing and it runs to the end of its term (an annual term paid monthly keeps being charged); on MOSA you get a prorated credit.`,
      },
    },
    walkthrough: {
      stepOfTotal: (stepNumber, total) => `Step ${stepNumber} of ${total}`,
      lastStepNote: {
        'upgrade-tab': `The change usually takes a few minutes, up to ${LIMITS.planChangeMaxMinutes.value}. If it still shows as in progress after ${LIMITS.contactSupportAfterMinutes.value} minutes, contact Microsoft support.`,
        'resolve-then-upgrade-tab': `Once the blocker is cleared, the change usually takes a few minutes, up to ${LIMITS.planChangeMaxMinutes.value}; still in progress after ${LIMITS.contactSupportAfterMinutes.value} minutes, contact Microsoft support.`,
        manual: 'Check a few users can sign in and use the new plan. If a license or the cancellation fails, contact Microsoft support.',
        'contact-partner': 'Your partner or account representative will confirm when the change is done.',
      },
      stepDone: 'Done',
      stepWentBack: 'Went back a step',
      stepStopped: 'Stopped here',
      before: 'How it was before',
      finished: (kind) =>
        kind === 'upgrade-tab'
          ? 'That was the last step: the change is on its way. Users move to the new plan as soon as it finishes.'
          : 'That was the last step: everyone is on the new plan and the old subscription is cancelled.',
      stopped: (stepNumber, total) =>
        `Stopped at step ${stepNumber} of ${total}. Select Resume, or say "resume", to carry on from there.`,
      alreadyFirst: 'This is already the first step.',
      useButtons: 'Use the buttons on the step (Done, Back, Help, Stop for now), or type done or back.',
      warningsTitle: 'Watch out',
      source: (citation) => `Source: ${citation}`,
      linkUnavailable: (stepNumber, total) =>
        `Then something blocks the automatic change for now. Your steps are saved at step ${stepNumber} of ${total} ("resume" brings them back); first let's find what blocks it.`,
      labelsInEnglish: 'The admin center may show these labels in your language.',
    },
    triage: {
      requiredHint: 'Please choose the current plan.',
      notKnown: 'Not known',
    },
    history: {
      title: 'In 2020: the Upgrade tab',
      intro: "This is how Microsoft's 2020 guide described the change. Today's admin center differs: use the steps I give you for today.",
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
    automaticTargetMark: '(automatic)',
    retiredPlanMark: '(retired)',
    olderPlansHint: 'On an older plan, such as Office 365 E4 or Small Business? Type its name.',
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
  desk: enDesk,
  answers: enAnswers,
  tenant: enTenant,
  intake: enIntake,
};
