import type { Vocabulary } from './vocabulary.js';

const LICENSES = 'licen[sc]es?';
/** What an admin role other than Global or Billing admin is named after: "user admin", "Exchange administrator". */
const ROLE_AREAS =
  '(?:users?|licen[sc](?:e|es|ing)|help ?desk|exchange|sharepoint|teams|intune|security|compliance|password|groups?|(?:cloud )?applications?'
  + '|service support|reports?|skype(?: for business)?|dynamics(?: 365)?|power platform|privileged role|authentication|printer|search|insights'
  + '|message cent(?:er|re)|directory|device|desktop|knowledge|fabric|power bi)';
const SERVICES = '(?:exchange(?: online)?|exo|teams|sharepoint(?: online)?|spo|outlook|onedrive|e ?mail|mail|the service|services?)';

/** The words English-speaking admins type, read by the domain's readers and the dialogs' commands. */
export const EN: Vocabulary = {
  language: 'en',

  answers: {
    yes: ['yes', 'y', 'yeah', 'yep', 'yup', 'sure', 'correct', 'true', 'right', 'affirmative', 'indeed', 'absolutely'],
    no: ['no', 'n', 'nope', 'nah', 'false', 'not', 'never', 'negative', 'none'],
    dontKnow: [
      'don t know', 'do not know', 'dont know', 'not sure', 'unsure', 'no idea', 'dunno', 'no clue', 'idk', 'skip', 'unknown',
      'not certain', 'can t tell', 'cannot tell',
    ],
    dontKnowFillers: ['i', 'really', 'honestly', 'sorry', 'just', 'hmm', 'well', 'actually', 'to', 'be', 'have', 'got'],
    zero: ['zero', 'none', 'nobody'],
    noneApplies: [
      'none', 'no', 'nope', 'none of these', 'none of them', 'none of the above', 'nothing', 'nothing applies', 'none apply',
      'no to all', 'all no', 'neither',
    ],
  },

  scope: {
    // "isnt", "dont": typed without the apostrophe, the "n't" is part of the word.
    negators: [
      'not', 'never', 't', 'nor', 'neither', 'isnt', 'dont', 'doesnt', 'cant', 'arent', 'wasnt', 'werent', 'havent', 'hasnt', 'wont',
      'didnt', 'couldnt', 'shouldnt',
    ],
    determiners: ['no', 'without', 'zero', 'nothing', 'none'],
    // English does not double a negation to agree ("not no role" is rare, and cancels).
    agreeingNegations: [],
    scopeEnds: ['but', 'however', 'although', 'though', 'while', 'whereas', 'and', 'because', 'so'],
    hedges: [
      'not sure', 'unsure', 'don t know', 'do not know', 'dont know', 'no idea', 'maybe', 'perhaps', 'might', 'probably', 'possibly',
      'if', 'whether', 'wonder\\w*', 'not certain', 'could be',
      // Someone's belief, the writer's guess, or a check still to make, is no fact.
      'i (?:guess|suppose|assume|believe|think)', 'thinks', 'believes', 'reckons', 'assumes', 'supposedly', '(?:have|need) to (?:check|verify|confirm|double check)',
    ],
    otherPeople: [
      'colleagues?', 'co ?workers?', 'boss', 'managers?', 'supervisor', 'it guy', 'someone(?: else)?', 'somebody(?: else)?',
      'another (?:admin|person|colleague|user)', 'he', 'she', 'they', 'him', 'her', 'his', 'their', 'previous admin\\w*',
      'predecessor', 'the person', 'partner', 'reseller', 'cto', 'cio', 'it (?:team|department|manager)',
    ],
    requests: ['ask(?:ed|ing)?', 'need(?:s|ed)?', 'contact(?:ed)?', 'call(?:ed)?', 'wait(?:ing)? (?:for|on)', 'requires?', 'required'],
    firstPerson: ['i', 'i m', 'im', 'me', 'my', 'myself', 'as', 'we are', 'we re'],
    caseSubjects: ['customer(?: s)?(?: admin\\w*)?', 'client', 'requester', 'caller', 'the user', 'the admin(?:istrator)?'],
    selfAfter: ['here', 'that s me', 'it s me'],
    articles: ['the', 'a', 'an', 'just', 'only'],
    possessives: ['our', 'your', 'their', 'my'],
    thirdPersonVerbs: ['is', 'was', 'has', 'had', 'will', 'can', 'should', 'must', 'holds', 'manages', 'handles', 'owns'],
    otherOrganisations: [
      '(?:our |the |a )?(?:sister|parent|mother|holding|affiliated|partner) (?:company|companies|org\\w*|firm|tenant)',
      '(?:our |the |a )?(?:subsidiar(?:y|ies)|affiliates?|holding (?:company|group))', '(?:another|other|a different|a separate) (?:branch|office|site|company|tenant|org\\w*|entity|division)',
      '(?:our |the )?other (?:branch|branches|office|offices|site|sites|company|companies|tenant|tenants)',
    ],
    ownSubjects: ['we', 'we re', 'we ve', 'we ll', 'i', 'i m', 'im', 'us', 'our (?:own )?(?:tenant|company|org\\w*|side)', 'this (?:one|tenant)'],
    quotingVerbs: ['(?:still )?(?:says|said|shows|showed|lists|listed|reads|mentions|appears|names)'],
    documents: ['(?:on|in) (?:the|our|my|this|that)(?: last| latest)? (?:invoices?|bills?)'],
  },

  facts: {
    channels: {
      'direct-card': [
        'credit card', 'debit card', 'by card', 'with (?:a |our |the )?card', '(?:visa|mastercard|amex|company|corporate|business) card',
        // A card's brand names the card.
        'visa', 'mastercard', 'amex',
        'american express', '(?:direct )?card payments?',
      ],
      'direct-invoice': ['invoice[sd]?', 'by invoice', 'bank transfer', 'wire transfer'],
      partner: ['partner', 'reseller', 'csp', 'cloud solution provider'],
      'volume-licensing': [
        'volume licens\\w*', 'vlsc', 'enterprise agreement', 'ea', 'vl agreement', 'open (?:value|license|licensing)', 'mpsa',
      ],
      'prepaid-key': ['product key', 'prepaid(?: card| key| code)?', 'retail (?:box|key|card)'],
    },
    channelAnswers: {
      'direct-card': ['card', 'cc'],
      'direct-invoice': ['bill'],
      partner: ['through a partner'],
      'volume-licensing': ['volume'],
      'prepaid-key': ['key'],
    },
    roles: {
      'global-admin': ['global admin\\w*', 'company administrator', 'tenant admin\\w*', 'ga'],
      'billing-admin': ['billing admin\\w*'],
      'billing-account-role': [
        'billing (?:account|profile) (?:owner|contributor)s?',
        '(?:owner|contributor)s? (?:of|on|for) (?:the |our |my |this )?billing (?:account|profile)',
      ],
      other: [
        'not an admin\\w*', 'user admin\\w*', 'helpdesk admin\\w*', 'help desk admin\\w*', 'exchange admin\\w*', 'sharepoint admin\\w*',
        'teams admin\\w*', 'license admin\\w*', 'service support admin\\w*', 'other role', 'no admin role',
        '(?:just|only) a (?:regular |normal |standard |plain )?user', '(?:regular|normal|standard|plain|end) user',
        // Every other admin role, named after what it administers, and the read-only roles.
        `${ROLE_AREAS} (?:admin\\w*|operators?|readers?)`, 'global readers?', '(?:directory|reports?) readers?',
        // A reader of the billing account sees it but changes nothing.
        'billing (?:account|profile) readers?', 'readers? (?:of|on|for) (?:the |our |my |this )?billing (?:account|profile)',
      ],
    },
    roleAnswers: {
      'global-admin': ['global'],
      'billing-admin': ['billing'],
      'billing-account-role': ['owner', 'contributor'],
      other: ['other', 'none', 'user'],
    },
    billingAccounts: {
      mosa: ['mosa', 'microsoft online (?:services|subscription) (?:agreement|program)', 'online (?:services|subscription) agreement'],
      mca: ['mca', 'microsoft customer agreement', 'customer agreement'],
    },
    // A term, not how often it is paid: "billed monthly" can be an annual term, so a bare "monthly" says nothing.
    commitmentTerms: {
      monthly: ['monthly (?:plan|term|commitment|subscription|contract)', 'month to month (?:plan|term|subscription|contract)?'],
      annual: ['(?:annual|yearly|1 year|one year|12 month) (?:plan|term|commitment|subscription|contract)'],
      'three-year': ['(?:3|three) year (?:plan|term|commitment|subscription|contract)', '36 month (?:plan|term|commitment|subscription|contract)'],
    },
    commitmentTermAnswers: {
      monthly: ['monthly', 'month to month', 'a month', '1 month', 'one month'],
      annual: ['annual', 'yearly', 'a year', '1 year', 'one year', '12 months'],
      'three-year': ['(?:3|three) years?', '36 months'],
    },
    stated: {
      trial: {
        says: ['trial', 'free trial', 'evaluation'],
        denies: [
          'trial (?:has |had |is |was )?(?:ended|expired|over|finished|converted)', 'converted (?:the |our )?trial', 'paid subscription',
        ],
      },
      customDomain: {
        says: ['custom domains?', 'own domain(?: name)?', 'vanity domain', 'our domain(?: name)? is'],
        denies: ['onmicrosoft(?: com)?(?: domain)?', 'only (?:the )?default domain'],
      },
      legacySmallBusiness: {
        says: ['before the service update', 'legacy small business', 'old small business'],
        denies: ['after the service update'],
      },
      governmentOrNonprofit: {
        says: ['government\\w*', 'non ?profit', 'not for profit', 'charit(?:y|ies|able)', 'public sector', 'ngo'],
        denies: ['commercial (?:company|business|customer)'],
      },
      unpaidBalance: {
        says: [
          'unpaid(?: balance| invoices?| bills?)?', 'overdue', 'past due', 'outstanding (?:balance|invoices?|bills?)',
          'payment (?:failed|declined|overdue)', 'declined payment',
          '(?:invoices?|bills?) (?:is |are |was |were |still )*(?:past due|overdue|unpaid|not paid|outstanding)',
          // Owing money is an unpaid balance.
          'owe[sd]?', 'owing', 'in arrears', 'behind on (?:\\w+ ){0,3}(?:payments?|invoices|bills)', '(?:left|still|remaining) to (?:be )?pa(?:y|id)',
        ],
        denies: [
          '(?:all )?(?:invoices|bills) (?:are |have been )?(?:paid|settled)', 'paid in full', 'balance (?:is )?(?:paid|settled|zero)',
          // Up to date with paying, whatever the subject.
          'paid up', 'fully paid', 'up to date (?:on|with) (?:\\w+ )?(?:payments?|invoices|bills|billing)',
        ],
      },
      creditCheckPending: {
        says: [
          'credit check (?:is |still )*(?:pending|in progress|ongoing|running|underway)',
          '(?:waiting (?:for|on)|awaiting|pending) (?:the |a )?credit check',
        ],
        denies: [
          'credit check (?:is |was |has been )?(?:done|complete|completed|passed|approved|cleared|finished|over)',
          'credit check (?:isn t|is not|is no longer) (?:pending|in progress|running)',
          '(?:passed|cleared|completed) (?:the |a )?credit check',
        ],
      },
      planChangeInProgress: {
        says: [
          '(?:plan change|plan switch|switch|upgrade|change of plan|plan upgrade) (?:is |already |still )*(?:in progress|pending|underway|running|ongoing)',
          '(?:plan change|upgrade|switch|change of plan) (?:\\w+ ){0,4}still (?:pending|in progress|running|processing|ongoing)',
        ],
        denies: ['(?:previous |last )?(?:plan change|upgrade|switch) (?:is |was |has been )?(?:done|complete|completed|finished)'],
      },
      serviceHealthIssue: {
        says: [
          'service health (?:issue|problem|incident)s?', 'service (?:issue|incident|degradation|interruption)s?', 'outages?', 'degraded',
          `${SERVICES} (?:is |are |has been |seems |seem )?(?:down|not working|unavailable|having (?:an )?(?:issue|incident|problem)s?)`,
          `(?:incident|advisory) (?:on|in|with|for) ${SERVICES}`,
          '(?:service health|health dashboard) (?:page )?(?:shows|has|lists|reports) (?:an? |open |active )*(?:issue|incident|advisory|problem)s?',
        ],
        denies: [
          'all services (?:are )?(?:healthy|up|green|operational|ok|fine)', 'service health (?:is )?(?:all )?(?:green|healthy|clear|ok)',
          `${SERVICES} (?:isn t|is not|aren t|are not) (?:down|unavailable|degraded)`,
        ],
      },
      provisioningIncomplete: {
        says: [
          'provisioning (?:is |still )*(?:not (?:yet )?(?:complete|completed|finished|done)|incomplete|pending|in progress|ongoing)',
          '(?:tenant|subscription|account) (?:is )?(?:still )?(?:being )?provision(?:ing|ed)', 'still (?:being )?provisioning',
          '(?:isn t|is not|not) (?:yet )?(?:fully |completely )?(?:set up|provisioned)',
        ],
        denies: ['provisioning (?:is |has )?(?:complete|completed|done|finished)', 'fully provisioned'],
      },
      hasAddOn: { says: ['add ?ons?'], denies: [] },
      scheduledChange: {
        says: [
          'scheduled changes?', 'changes? (?:was |were |is |are )?scheduled by (?:our |the |a )?(?:microsoft )?(?:rep|representative|account manager)',
          '(?:rep|representative|account manager) (?:has |have )?scheduled',
        ],
        denies: ['no scheduled changes?'],
      },
      extendedServiceTerm: { says: ['extended service term', 'est subscription', 'on (?:an |the )?est'], denies: [] },
      billingAccountBlocked: {
        says: [
          'billing account (?:is |was |has been |got )?(?:blocked|suspended|inactive)', '(?:blocked|inactive) billing account',
          'account (?:is |was |has been )?blocked for inactivity',
        ],
        denies: ['billing account (?:is )?active'],
      },
      notCurrentlyEligible: {
        says: ['not (?:currently |yet )?eligible', 'isn ?t (?:currently )?eligible', 'ineligible'],
        denies: [],
      },
      multipleSubscriptionsSameProduct: {
        says: [
          '(?:subscriptions|plans) (?:of|for) the same (?:product|plan)', 'same product twice', 'duplicate (?:subscriptions?|plans?)',
        ],
        denies: [
          'different (?:subscriptions|plans|products)',
          // A single subscription, of each product or at all, is no duplicate.
'(?:only|just) (?:one|a single|1) (?:\\w+ ){0,4}?(?:subscription|plan|sub)', '(?:one|a single|1) (?:subscription|plan|sub) (?:per|for each|of each|for every|each)',
        ],
      },
      moreUsersThanLicenses: {
        says: [
          `more users than ${LICENSES}`, `more ${LICENSES} assigned than (?:purchased|bought|owned)`, `fewer ${LICENSES} than users`,
          `not enough ${LICENSES}`, 'over ?assigned', `${LICENSES} conflicts?`,
          // A comparison verb between users and licenses.
          `(?:users|people|staff|employees|accounts) (?:\\w+ )?(?:outnumber|exceed|outgrow\\w*) (?:the |our |my )?(?:number of )?${LICENSES}`,
          `${LICENSES} (?:are |is )?(?:outnumbered|exceeded) by (?:the |our )?(?:users|people|staff)`,
        ],
        denies: [`enough ${LICENSES}`],
      },
    },
    stateOthers: ['other', 'more', 'further', 'new', 'pending', 'open'],
    stateTimes: ['after', 'once', 'when', 'whenever', 'until', 'till', 'before', 'as soon as', 'by the time'],
    stateGapStops: ['by', 'via', 'through', 'with', 'using', 'per', 'from'],
    states: {
      unpaidBalance: {
        subjects: ['invoices?', 'bills?', 'balance', 'payments?', 'dues'],
        // "an open invoice", "invoice still open", but not "open the invoice".
        says: ['unpaid', 'outstanding', 'overdue', 'past due', 'pending', 'open(?! (?:the|a|an|our|my|this|that) )'],
        denies: ['paid', 'settled', 'cleared', 'squared', 'covered', 'taken care of', 'up to date', 'zero'],
      },
      creditCheckPending: {
        subjects: ['credit (?:check|review|verification)'],
        says: [
          'pending', 'in progress', 'ongoing', 'underway', 'running', 'still (?:going|running|open|happening)', 'under review', 'being (?:reviewed|processed)',
          'waiting (?:on|for)',
          'awaiting', 'doing', 'performing', 'processing',
        ],
        denies: [
          'done', 'complete[d]?', 'finished', 'is over', 'passed', 'cleared', 'approved', 'went through', 'came back', 'succeeded',
          'wrapped up', 'ok', 'fine', 'behind us',
        ],
      },
      planChangeInProgress: {
        subjects: ['(?:plan )?(?:change|switch|upgrade|migration)s?', 'changes? of plan', 'plan moves?'],
        says: [
          'pending', 'in progress', 'ongoing', 'underway', 'still (?:going|running|processing|happening|open|in flight)', 'going on', 'in flight',
          'processing',
        ],
        // Not "over" nor "through": "change over to E5", "switch through the admin center".
        denies: ['done', 'complete[d]?', 'finished', 'is over', 'went through', 'wrapped up', 'succeeded', 'ended', 'behind us'],
      },
      provisioningIncomplete: {
        subjects: ['provisioning', '(?:tenant |account |subscription )?(?:setup|set up|configuration|onboarding)'],
        says: ['pending', 'in progress', 'ongoing', 'underway', 'still (?:going|running|open|happening)', 'incomplete', 'partial'],
        denies: ['done', 'complete[d]?', 'finished', 'over', 'wrapped up', 'ready', 'succeeded'],
      },
      trial: {
        subjects: ['(?:free )?trial'],
        says: ['still (?:running|active|going|on)', 'active', 'running'],
        denies: ['ended', 'expired', 'over', 'finished', 'converted', 'gone', 'done', 'upgraded', 'turned into', 'ran out', 'run out', 'lapsed'],
      },
      serviceHealthIssue: {
        subjects: ['service health', 'health dashboard', 'service status'],
        says: ['issues?', 'incidents?', 'advisor(?:y|ies)', 'problems?', 'outages?', 'red', 'degraded'],
        denies: ['green', 'healthy', 'clear', 'clean', 'fine', 'ok', 'all good'],
      },
      customDomain: {
        subjects: ['(?<!onmicrosoft |onmicrosoft com )(?:company |vanity |own )?domain(?: name)?'],
        says: ['verified', 'added', 'configured', 'connected'],
        denies: [],
      },
    },
  },

  plans: {
    targetCues: ['to', 'into', 'towards', 'want', 'wants', 'need', 'needs', 'like', 'prefer', 'target', 'new', 'looking', 'buy', 'purchase'],
    currentCues: ['from', 'on', 'have', 'has', 'got', 'using', 'use', 'run', 'runs', 'running', 'currently', 'current', 'existing', 'bought', 'old'],
    returnCues: ['back', 'revert', 'reverting', 'return', 'returning'],
    fillers: ['the', 'an', 'our', 'my', 'plan', 'subscription', 'is', 'are', 'was', 'at'],
    coordinators: ['and', 'plus', 'as well as'],
    targetAfter: ['is what we (?:want|need|would like)', 'is (?:our|the) target'],
    comparing: ['between', 'difference', 'vs', 'versus', 'compare', 'compared', 'comparing', 'comparison'],
    negatedSubjects: ['we', 're', 'i', 'm', 'still', 'currently', 'really', 'actually', 'yet'],
    placeCues: ['on', 'onto'],
    motionVerbs: ['go', 'going', 'move', 'moving', 'switch', 'switching', 'get', 'migrate', 'land', 'end up'],
    nameWords: ['without', 'audio', 'conferencing', 'audioconferencing'],
  },

  counts: {
    users: ['users?', 'usr', 'ppl', 'people', 'persons', 'employees', 'staff', 'workers', 'headcount'],
    licenses: [LICENSES, 'seats', 'lic'],
    modifiers: ['active', 'licensed', 'paying', 'total', 'named', 'frontline'],
    holding: ['with (?:a |an )?', 'having (?:a |an )?'],
    purchased: ['purchased', 'bought', 'owned', 'paid for'],
    assigned: ['assigned', 'in use', 'allocated', 'used'],
    linking: ['are', 'is', 'currently', 'of', 'of them', 'of those', 'of these', 'already'],
    articles: ['the'],
    allAssigned: [
      `(?:all|every one|each) (?:of )?(?:them|those|these|the ${LICENSES}|our ${LICENSES}) (?:are |is |have been |already |currently )*(?:assigned|in use|used|allocated)`,
      `(?:all|every) (?:\\d+ )?(?:${LICENSES}|seats?) (?:\\w+ ){0,3}?(?:are |is |have been |already )*(?:assigned|in use|used|allocated)`,
      'fully (?:assigned|allocated|used)',
    ],
    changes: ['added', 'add', 'adding', 'removed', 'remove', 'removing', 'dropped', 'cut', 'another', 'an extra', 'extra', 'additional'],
    changesAfter: ['more', 'extra', 'additional', 'fewer', 'less'],
    bounds: [
      'over', 'more than', 'above', 'at least', 'less than', 'fewer than', 'under', 'below', 'up to', 'max(?:imum)?', 'min(?:imum)?',
      'no more than', 'upwards of', 'greater than', 'exceeding',
    ],
    ranges: [
      { before: 'between', between: 'and' },
      { before: 'from', between: 'to' },
      { before: '', between: 'or' },
      { before: '', between: 'to' },
    ],
    notCounts: ['percent', 'per ?cent', 'plus'],
  },

  subscriptions: {
    nouns: ['subscriptions', 'plans', 'subs'],
    several: ['two', '2', 'three', '3', 'multiple', 'several', 'more than one', 'duplicate'],
    joiners: ['of', 'for', 'on'],
    different: ['different', 'separate', 'distinct'],
  },

  numbers: {
    reader: 'recognizers-text',
    culture: 'en-us',
    cues: [
      'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen',
      'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety',
      'hundred', 'thousand', 'million', 'dozen', 'minus', 'negative', 'point',
    ],
    ambiguous: ['one'],
    articles: [],
  },

  spelling: [
    'users', 'user', 'licenses', 'license', 'licences', 'licence', 'licensed', 'purchased', 'assigned', 'owned', 'own', 'partner',
    'reseller', 'invoice', 'invoiced', 'global', 'admin', 'admins', 'administrator', 'billing', 'custom', 'domain', 'domains', 'trial',
    'unpaid', 'credit', 'check', 'pending', 'government', 'nonprofit', 'charity', 'subscription', 'subscriptions', 'service', 'services',
    'health', 'agreement', 'provisioning', 'eligible', 'through', 'transfer', 'balance', 'overdue', 'outage', 'incident', 'account',
    'owner', 'contributor', 'profile', 'customer', 'uses', 'used', 'profit', 'reader',
    // The words questions turn on; "change" and "charge" are both here so neither is corrected into the other.
    'downtime', 'downgrade', 'reassign', 'upgrade', 'change', 'changed', 'changes', 'charge', 'charged', 'refund', 'reversible',
    'revert', 'mailbox', 'mailboxes', 'permissions',
  ],

  questions: {
    // "when", "where", "who" also join clauses ("when I tried to upgrade ..."): they ask only opening one, before a verb.
    questionWords: [
      'how', 'what', 'what s', 'whats', 'why', 'tell me', 'wonder\\w*', '(?:like|want|need) to know', 'any idea', 'question (?:about|on|regarding)',
    ],
    // A verb before its subject; "has an add-on" or "is on MOSA" (ticket style, no subject) ask nothing.
    openers: [
      'when (?:will|would|does|do|did|is|are|can|should)', 'where (?:is|are|s|did|do|does|can|should|would)', 'wheres', 'which',
      'who (?:can|could|is|are|should|may|must|else|has|will|would|does|do)', 'any',
      '(?:do|does|did|will|would|can|could|should|shall|may|must|might) '
        + '(?:i|we|you|your|my|our|the|it|there|they|users?|people|admins?|a|an|any|anyone|anybody|everyone|everybody|this|that|these|those|all|he|she)',
      '(?:is|are|am|was|were) (?:there|it|the|this|that|these|those|my|our|your|i|we|you|they|users?|people|admins?|everyone|anyone|anything)',
    ],
    leadIns: ['so', 'and', 'also', 'ok', 'okay', 'but', 'then', 'hi', 'hello', 'hey', 'btw', 'sorry', 'please', 'well', 'just'],
    // "we hit 300 users, what now?": "now" points back to the situation just told.
    referBack: ['it', 'that', 'this', 'them', 'they', 'those', 'these', 'now'],
    topics: {
      'how-long': [
        'how long (?:\\w+ ){0,6}(?:take|takes|taking|last|lasts|need|needs|run|runs)',
        'how long (?:is|will be|would be) (?:the |this |a )?(?:upgrade|change|switch|process|migration|plan change)',
        'how (?:much|many) (?:time|minutes|hours|days)', 'how (?:quick|quickly|fast|soon)', 'how long (?:until|till|before)',
        'when will (?:it|the (?:upgrade|change|switch|plan change|process)) (?:\\w+ )?(?:be )?(?:done|finished|complete|completed|over|ready)',
        '(?:takes?|taking) (?:so |too )?long', 'duration', 'time ?(?:frame|line)',
      ],
      'users-impact': [
        '(?:users?|people|staff|employees|everyone|anyone|mailbox(?:es)?) (?:\\w+ ){0,3}(?:lose|losing|loose|notice|affected|impacted|disrupted|interrupted|keep)',
        '(?:lose|losing|loose) (?:\\w+ ){0,2}(?:e ?mails?|mail|mailbox(?:es)?|data|files|onedrive|documents|access|calendars?|chats?)',
        'downtime', 'interruption', 'disruption',
        'what happens to (?:the |my |our )?(?:users?|data|e ?mails?|mail|mailbox(?:es)?|files|onedrive|sharepoint)',
        'affect (?:the |my |our )?(?:users?|people|staff|employees|e ?mail|mail)', '(?:users?|people|staff|employees) (?:need|have) to',
        '(?:sign|log) ?(?:in|on) again', 'reinstall\\w*',
      ],
      'admin-impact': [
        '(?:admin (?:center|centre|portal)|portal) (?:\\w+ ){0,3}(?:locked|lock|available|unavailable|usable|accessible|down|work)',
        '(?:use|using|uses|access|accessing) (?:the )?admin (?:center|centre|portal)', 'admins? (?:\\w+ ){0,3}(?:work\\w*|make changes|locked out|access)',
        'locked out', 'downtime for (?:the )?admins?', 'admin downtime',
      ],
      'credit-check': ['credit (?:check|checks|verification|review)', 'creditcheck'],
      billing: [
        'charged? (?:twice|double)', 'pay (?:twice|double)', 'double (?:charg\\w*|bill\\w*|pay\\w*)', 'billed (?:twice|for both)', 'pay for both',
        // Not the billing admin role nor the billing account, which other topics ask about.
        // "pay by invoice" is how it was bought, not a question about the bill.
        'billing(?! admin| account| profile)', 'bill(?:s|ed)?', '(?:new|next|final|last|first) invoices?', 'prorat\\w*', 'refund\\w*', 'charges?',
        'credit (?:for|on) (?:the |my |our )?(?:old|previous|unused|remaining)',
      ],
      licenses: [
        '(?:(?:re ?)?assign\\w*|move|moving|transfer|transferring|migrate) (?:the |my |our |all )?(?:new |old )?(?:licen[sc]es?|seats)',
        'licen[sc]es? (?:\\w+ ){0,3}(?:move|moved|transfer\\w*|carry over|carried over|reassigned|migrat\\w*|assigned automatically)',
        'what happens to (?:the |my |our )?licen[sc]es',
      ],
      'going-back': [
        'go(?:ing)? back', 'switch(?:ing)? back', 'change back', 'move back', 'revert\\w*', 'roll ?back', 'undo', 'downgrad\\w*', 'revers\\w*',
        'return to (?:the |my |our )?(?:old|previous|original)',
      ],
      'custom-domain': ['custom domains?', 'own domain', 'vanity domain', 'domains?(?: names?)?', 'mx records?', 'dns'],
      'add-ons': ['add ?ons?'],
      'teams-suites': [
        'with(?:out)? teams', 'no teams', 'teams (?:enterprise|standalone|eea)', 'new customers?', 'buy \\w+ (?:\\w+ )?with teams',
        // Not "no Teams" or "without Teams" alone: those name a plan ("Microsoft 365 E3 (no Teams)").
        '(?:lose|losing|loose|keep|keeping|unbundl\\w*) (?:\\w+ ){0,2}teams', 'teams (?:\\w+ ){0,3}(?:unbundl\\w*|separately|standalone|included)',
      ],
      // The account itself asked about; "can I upgrade on MCA?" states the account in a question about upgrading.
      'mca-or-mosa': [
        '(?:mca|mosa) (?:or|vs|versus|and) (?:an? )?(?:mca|mosa)', '(?:what|which) (?:is|s|are) (?:an? |the )?(?:mca|mosa)',
        '(?:am i|are we|is it|is (?:my|our) (?:billing )?account) (?:on |an? |under )*(?:mca|mosa)',
        '(?:microsoft )?customer agreement', 'online (?:services|subscription) agreement', 'billing accounts?(?: types?)?',
        'type of (?:billing )?account', 'agreement type', 'kind of (?:billing )?account',
      ],
      'where-is-upgrade-tab': [
        'where (?:\\w+ ){0,4}(?:upgrade (?:tab|button|option|link|page)|upgrades page|view upgrades|upgrade)',
        'upgrade (?:tab|button|option) (?:\\w+ ){0,3}(?:gone|missing|moved|disappeared|removed)',
        'what happened to (?:the )?upgrade (?:tab|button|option)', 'how do i find (?:the )?upgrade',
        '(?:can ?t|cannot|couldn ?t) find (?:the )?(?:upgrade|view upgrades)',
      ],
      'who-can-change': [
        'who (?:\\w+ )?(?:can|is allowed to|may|should|is able to) (?:\\w+ ){0,3}(?:change|upgrade|switch|do|buy|modify|manage)',
        'what (?:role|roles|permissions?|rights|access)', '(?:role|roles|permissions?|rights) (?:do i |does one |is |are )?(?:need|needed|required)',
        'need to be (?:a |an |the )?(?:global|billing) admin\\w*',
        '(?:global|billing) admin\\w* (?:\\w+ ){0,2}(?:enough|allowed|able)', 'can (?:a|the|an) (?:global|billing) admin\\w*',
      ],
      'what-it-does': [
        'what (?:does|will|would) (?:the |an |this )?(?:automatic |auto )?(?:upgrade|change|switch|plan change|it) (?:actually |exactly |really )?do',
        'what (?:exactly |actually |really )?happens (?:exactly )?(?:when|if|after|once) (?:i|we) (?:click|select|press|hit|upgrade|change|switch|place)',
        '(?:cancels?|cancell?ed) (?:\\w+ ){0,3}(?:automatically|for me|for us|by itself)',
        'how does (?:the )?(?:automatic )?(?:upgrade|change|switch) work',
      ],
      // The commercial half: terms, windows, timing. "mid term" is also typed "midterm" and "mid-term".
      'mid-term-downgrade': [
        '(?:downgrad\\w*|reduce|reducing|lower|lowering|decrease|decreasing|remove|removing|cut|cutting|drop|dropping|fewer) (?:\\w+ ){0,4}(?:mid ?term|during the term|before (?:the )?renewal|in the middle of (?:the |our |my )?(?:term|year|contract|commitment))',
        '(?:mid ?term|during the term|before (?:the )?renewal) (?:\\w+ ){0,3}(?:downgrad\\w*|reduc\\w*|fewer)',
        '(?:downgrad\\w*|reduc\\w*) (?:\\w+ ){0,3}(?:annual|yearly) (?:plan|term|commitment|subscription)',
      ],
      'cancel-window': [
        '(?:72|seventy two) hours', '(?:7|seven) days? (?:\\w+ ){0,3}cancel\\w*', 'cancel\\w* (?:\\w+ ){0,3}(?:7|seven) days?',
        'cancel\\w* (?:window|period|policy|grace)', 'how long (?:\\w+ ){0,4}cancel\\w*', 'refund\\w* (?:\\w+ ){0,3}cancel\\w*', 'cancel\\w* (?:\\w+ ){0,4}refund\\w*',
        'what (?:is|gets|do (?:i|we) get) refunded',
      ],
      'upgrade-timing': [
        '(?:upgrade|change|switch) (?:\\w+ ){0,3}(?:now or (?:at|on) (?:the )?renewal|at (?:the )?renewal or now)', 'now or (?:at|on) (?:the )?renewal',
        '(?:wait|better to wait) (?:\\w+ ){0,3}(?:for|until|till) (?:the )?renewal', 'schedul\\w* (?:\\w+ ){0,3}(?:upgrade|change|switch)',
        '(?:upgrade|change|switch) (?:\\w+ ){0,3}(?:at|on) (?:the )?(?:renewal|renewal date|end of (?:the )?term)', 'scheduled changes?',
      ],
      'partial-upgrade': [
        '(?:only|just) (?:some|a few|part|half|a subset|certain) (?:of )?(?:my |our |the )?(?:users|people|staff|employees|licen[sc]es|seats)',
        '(?:upgrade|change|move|switch) (?:\\w+ ){0,2}(?:some|a few|part|half|certain) (?:of )?(?:my |our |the )?(?:users|people|staff|employees|licen[sc]es|seats)',
        // Part of the users, however the part is said.
        '(?:(?:only|just) )?(?:part|half|a half|a portion|a subset|a handful|a group|a couple|a third|a quarter) (?:of )?(?:my |our |the )?(?:users|people|staff|employees)',
        'partial (?:upgrade|change|switch)', 'mix (?:of )?(?:\\w+ ){0,2}(?:plans|licen[sc]es)', '(?:mix|mixing|combine|combining) (?:e3|e5|e1|business|plans)',
      ],
      'term-length': [
        // "monthly or annual term: what changes?" names the topic in one clause and asks in the next.
        '(?:monthly|annual|yearly) (?:or|vs|versus) (?:an? )?(?:monthly|annual|yearly)(?: (?:term|plan|commitment|subscription|billing))?(?: \\| what (?:changes|is the difference|s the difference))?',
        'difference between (?:a )?(?:monthly|annual|yearly) (?:and|or) (?:a |an )?(?:monthly|annual|yearly)',
        '(?:term|commitment) (?:length|lengths)', 'length of (?:the )?(?:term|commitment|subscription)', 'subscription length', '(?:3|three) year (?:term|commitment)',
      ],
      'mid-term-upgrade': [
        '(?:upgrad\\w*|chang\\w*|switch\\w*|mov\\w*) (?:\\w+ ){0,6}(?:mid ?term|during the term|in the middle of (?:the |our )?(?:term|year|contract))',
        '(?:mid ?term|during the term) (?:\\w+ ){0,3}(?:upgrad\\w*|chang\\w*|switch\\w*)',
        '(?:end|renewal|expiry|expiration) date (?:\\w+ ){0,3}(?:change|changes|stay|stays|move|moves|reset|resets|same)',
        '(?:does|will|would) (?:the |my |our )?(?:term|commitment) (?:restart|reset|change|start over)', 'new term',
      ],
      'remove-licenses': [
        '(?:remove|removing|reduce|reducing|lower|lowering|decrease|decreasing|drop|dropping) (?:\\w+ ){0,3}(?:licen[sc]es?|seats?) (?:\\w+ ){0,3}(?:while|when|during|as part of|in the same|at the same time)',
        '(?:fewer|less) (?:licen[sc]es|seats) (?:\\w+ ){0,4}(?:upgrad\\w*|chang\\w*|switch\\w*)',
        '(?:remove|removing|reduce|reducing) (?:\\w+ ){0,3}(?:licen[sc]es?|seats?)',
      ],
      'add-licenses-mid-term': [
        '(?:add|adding|buy|buying|bought|added) (?:\\w+ ){0,3}(?:licen[sc]es|seats) (?:\\w+ ){0,6}(?:remove|reduce|return|give back|cancel|later|mid ?term)',
        '(?:licen[sc]es|seats) (?:added|bought) (?:\\w+ ){0,3}(?:mid ?term|during the term|later)',
      ],
      'billing-frequency': [
        '(?:billing|payment) (?:frequency|cycle|period)', '(?:pay|paying|billed|bill) (?:monthly|yearly|annually) (?:instead|or|rather)',
        '(?:switch|change|move|go) (?:\\w+ ){0,3}(?:monthly|annual|yearly) (?:billing|payments?)', 'pay (?:monthly|yearly|annually) (?:or|vs|versus) (?:monthly|yearly|annually)',
        'annual (?:plan|term|commitment) (?:paid|billed) monthly',
      ],
      'stop-renewal': [
        '(?:stop|turn off|switch off|disable|prevent|cancel) (?:\\w+ ){0,3}(?:auto ?renew\\w*|renewal|renewing|recurring billing)', 'auto ?renew\\w*', 'recurring billing',
        'not (?:to )?renew', '(?:doesn t|does not|won t|don t) renew',
      ],
      'data-after-cancel': [
        '(?:data|e ?mails?|mail|files|mailbox(?:es)?) (?:\\w+ ){0,4}(?:after|once|when) (?:\\w+ ){0,2}(?:cancel\\w*|expir\\w*|ends?)',
        'what happens (?:\\w+ ){0,3}(?:data|e ?mails?|mail|files) (?:\\w+ ){0,3}cancel\\w*', 'how long (?:\\w+ ){0,3}(?:data|files|mail) (?:\\w+ ){0,2}(?:kept|retained|deleted|stay)',
        '(?:data|files|mail) (?:\\w+ ){0,2}(?:deleted|retained|kept) (?:\\w+ ){0,3}cancel\\w*',
      ],
      'other-partner': [
        '(?:another|a different|other|new|second) (?:partner|reseller|csp)', 'change (?:\\w+ ){0,2}(?:partner|reseller|csp)',
        '(?:partner|reseller|csp) (?:\\w+ ){0,4}(?:do|make|handle) (?:the |this |it )?(?:upgrade|change|switch)',
        '(?:can|could) (?:i|we) (?:upgrade|change) (?:\\w+ ){0,4}(?:without|instead of) (?:the |our |my )?(?:partner|reseller|csp)',
      ],
      copilot: ['co ?pilot'],
      'trial-to-paid': [
        '(?:trial|trials) (?:\\w+ ){0,4}(?:paid|purchase|buy|convert\\w*|full|keep)', '(?:convert|turn|switch|upgrade|change|move) (?:\\w+ ){0,3}trial',
        '(?:buy|purchase|pay for) (?:\\w+ ){0,3}(?:trial|after (?:the )?trial)', 'end (?:the |my |our )?trial early',
      ],
      'trial-ends': [
        'trial (?:\\w+ ){0,3}(?:ends?|ended|expires?|expired|expiring|runs? out|is over|finish\\w*)', '(?:end|expiry|expiration) of (?:the |my |our )?trial',
        'after (?:the |my |our )?trial',
      ],
      'renewed-new-sku': [
        'renew\\w* (?:\\w+ ){0,8}(?:still|old|previous) (?:have |has |got |assigned |on )?(?:the )?(?:old |previous )?licen[sc]es?',
        '(?:users|people|staff) (?:still )?(?:have|hold|keep|on|with) (?:the )?(?:old|previous) licen[sc]es?',
        'renew\\w* (?:\\w+ ){0,2}(?:to|into|as) (?:a |the )?(?:new|different) (?:sku|plan|product|subscription)', 'licen[sc]es? (?:\\w+ ){0,3}(?:not|never|didn t|did not) (?:\\w+ ){0,2}(?:move|moved|switch\\w*|updat\\w*|chang\\w*)',
      ],
      'nonprofit-grant': [
        '(?:non ?profit|charity|ngo) (?:\\w+ ){0,2}(?:grant|donat\\w*|offer|licen[sc]es|discount\\w*)', 'grant (?:\\w+ ){0,3}(?:ended|ends|ending|expir\\w*|over|gone|changed|changes)',
        '(?:free|donated|granted) (?:business premium|licen[sc]es|e1|e2)',
      ],
      'business-user-cap': [
        '(?:300|three hundred) (?:users|licen[sc]es|seats|user limit|limit|cap)', '(?:user|licen[sc]e|seat) (?:limit|cap|maximum) (?:\\w+ ){0,3}business',
        '(?:more than|over|beyond|past|above|exceed\\w*) (?:300|three hundred)', '(?:hit|hitting|reached|reach) (?:the )?(?:300|three hundred|limit|cap)',
      ],
      'end-of-sale': [
        'end (?:of )?sale', 'no longer (?:available|sold|for sale)', '(?:buttons?|actions?) (?:\\w+ ){0,3}(?:turned off|greyed|grayed|disabled)', 'eos',
      ],
      'bulk-license-swap': [
        '(?:swap|replace|reassign|switch|move|change) (?:\\w+ ){0,3}licen[sc]es (?:\\w+ ){0,3}(?:many|all|bulk|hundreds|lots|at once|in bulk|every)',
        '(?:many|all|hundreds of|lots of) users (?:\\w+ ){0,3}(?:at once|in bulk|in one go)', 'bulk (?:\\w+ ){0,2}licen[sc]\\w*', 'group based licen[sc]ing', 'powershell',
      ],
      'enterprise-to-business': [
        '(?:from|leave|leaving) (?:\\w+ ){0,4}(?:enterprise|e1|e3|e5) (?:\\w+ ){0,3}(?:to|into|onto) (?:\\w+ ){0,2}business',
        '(?:down|move|switch|go) (?:\\w+ ){0,2}(?:to )?(?:the )?(?:smb|small business|business) (?:suite|plans?)', 'enterprise to business',
      ],
    },
    comparisons: [
      'what (?:do|does|will|would|did|can|could) (?:i|we|you|they|users|my users|our users|people|the users|staff) (?:\\w+ )?(?:lose|loose|gain|get|miss|give up)',
      'what (?:is|s|are) (?:lost|gained|missing|extra|different)', '(?:lose|loose|gain) (?:or|and) (?:gain|lose|loose)', 'vs', 'versus',
      'compared? (?:to|with)', 'compare', 'comparison', 'differences? between', 'what s the difference', 'what is the difference',
      '(?:enough|sufficient) (?:\\| )?(?:or|\\|) (?:\\w+ ){0,3}(?:need|needs|go for|move to|get|upgrade to)',
    ],
    comparisonFrom: ['from'],
    worries: {
      'users-impact': ['(?:lose|losing) (?:\\w+ ){0,2}(?:e ?mails?|mail|mailbox(?:es)?|data|files|documents)'],
      billing: ['charged twice', 'double charged', 'billed twice', 'pay twice', 'paying twice'],
      // Told as a problem, with no question mark: "we renewed to Microsoft 365 E3 but users still have the old license".
      'renewed-new-sku': ['renew\\w* (?:\\w+ ){0,8}(?:still|old|previous) (?:have |has |got |assigned |on )?(?:the )?(?:old |previous )?licen[sc]es?'],
      'nonprofit-grant': ['(?:non ?profit|charity) grant (?:\\w+ ){0,2}(?:ended|ends|expired|is over)'],
    },
  },

  commands: {
    help: ['help', 'what can you do'],
    cancel: ['cancel', 'stop', 'quit', 'exit'],
    'start-over': ['start over', 'restart', 'reset'],
    menu: ['menu', 'hi', 'hello', 'hey', 'home'],
    'where-was-i': ['where was i', 'where were we', 'where am i'],
    'my-cases': ['my cases', 'my recent cases', 'cases'],
    resume: ['resume', 'continue', 'go on', 'resume where i stopped'],
    'sign-out': ['sign out', 'signout', 'log out', 'logout'],
    'lead-view': ['blockers this week', 'lead view', 'desk report'],
    'cancel-check-back': [
      'cancel check back', 'cancel the check back', 'cancel checkback', 'cancel reminder', 'cancel the reminder', 'don t check back',
      'do not check back',
    ],
  },
  caseCommand: ['case', 'open case'],
  findCommand: ['find', 'search', 'look up', 'find case', 'ticket'],
  addToCaseCommand: ['add to', 'update', 'add facts to'],
  journeys: {
    resume: [' (?:resume|continue) '],
    triage: [' (?:triag\\w*|new case|customer case) '],
    'walkthrough-manual': [' manual\\w* '],
    'why-no-upgrade-tab': [' why (?:.* )?(?:upgrade|tab|change) ', ' (?:don ?t|do not|can ?t|cannot) (?:.* )?see '],
    'walkthrough-auto': [' (?:walk ?me ?through|walkthrough|guide me|step by step) '],
    'can-i-upgrade': [' (?:can i|could i|am i able) (?:.* )?(?:upgrade|change|switch) ', '^ upgrade $'],
    'check-tenant': [' (?:check|read|scan) (?:my |our )?tenant ', ' sign in '],
  },
  stepWords: {
    done: ['done', 'next', 'ok', 'okay', 'finished', 'did it'],
    back: ['back', 'previous', 'go back'],
  },
  nextMoves: {
    'start-walkthrough': ['start', 'go', 'yes', 'walk me through', 'walkthrough', 'steps'],
    recheck: ['check again', 'recheck', 'retry', 'again'],
    'start-over': ['start over'],
  },
  languageRequest: {
    names: { en: ['english', 'eng'], it: ['italian'] },
    fillers: ['in', 'to', 'switch', 'change', 'speak', 'talk', 'use', 'language', 'please', 'lets', 'let', 's', 'me', 'with', 'the', 'by', 'mode'],
  },

  whatIf: ['what if', 'what (?:would|will) happen if', 'suppose', 'supposing', 'hypothetically', 'if we (?:had|were|bought)', 'imagine'],
  pastedMessageLeads: [
    '(?:the |this )?(?:page|admin center|portal|screen|banner|error|message|it)(?: just)? (?:says|said|shows|showed|reads|displays)',
    'i (?:get|got|see|saw)(?: this| the)?(?: message| error)?', 'error(?: message)?', 'message',
  ],
  adminCenterMessages: {
    'more-users-than-licenses': [
      'You have more users than licenses.',
      "You can't upgrade subscriptions now because you have more users than licenses.",
    ],
    'not-set-up-or-unavailable': [
      "The current subscription isn't fully set up or the service isn't available.",
      "You can't upgrade subscriptions right now because this subscription isn't fully set up or the service isn't available.",
    ],
    'plan-change-or-credit-check': [
      'Another plan is in the process of being changed or a credit check is pending.',
      "You can't upgrade plans because another plan is in the process of being upgraded or is pending a credit check.",
    ],
    'not-currently-eligible': [
      "The subscription isn't currently eligible to change plans.",
      'Currently, this subscription is not eligible to upgrade.',
    ],
    'two-plans-same-product': ['You have two or more plans for the same product.'],
    'government-or-nonprofit': ['You have a government or non-profit plan.'],
    'target-not-supported': [
      "The plan that you want to change to isn't a supported option.",
      "The plan that you want to upgrade to isn't a supported option.",
    ],
    'has-add-on': ['Your subscription has an add-on.'],
    'unpaid-balance': ['Your invoice has an unpaid balance.', 'Your subscription has an unpaid balance.'],
    'different-problem': ["I have a different problem than what's listed here.", "I see a different message than what's listed here."],
    'prepaid-plan': ['You have a prepaid plan.'],
    'temporary-issue': ['The subscription that you want to upgrade from has a temporary issue.'],
  },
  linkUnavailable: [
    '(?:greyed|grayed|greys|grays) out', '(?:is|it s|its) (?:grey|gray|disabled|inactive|not clickable|unclickable|dimmed)',
    'can ?n?o?t click', 'cannot click', 'can t click', 'won t let me click', 'not clickable', 'nothing happens when i click', 'link (?:is )?(?:disabled|dead|missing)',
  ],
  languageCues: [
    'the', 'we', 'our', 'my', 'is', 'are', 'have', 'has', 'with', 'and', 'what', 'how', 'why', 'can', 'want', 'users', 'licenses', 'plan', 'through',
    'bought', 'from', 'of', 'it s', 'i m', 'we re', 'does', 'do', 'when', 'where', 'which', 'this', 'that', 'there', 'please', 'thanks', 'would', 'will',
  ],
  customerLeads: ['customer', 'client', 'customer name', 'client name', 'for customer', 'for client'],
  searchFieldWords: ['ticket', 'tenant', 'customer', 'client', 'case', 'for', 'the', 'number', 'no', 'id'],
};
