/** The layer rule: domain is pure, cards see only domain, dialogs never reach the host. */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'domain/ imports nothing from the other layers, nor botbuilder, restify, lowdb or card libraries.',
      severity: 'error',
      from: { path: '^domain/' },
      to: {
        path: '^(bot|dialogs|cards|test|bench)/|node_modules/(botbuilder[^/]*|restify[^/]*|lowdb|adaptivecards[^/]*|pino)/',
      },
    },
    {
      name: 'i18n-sees-only-domain',
      comment: 'i18n/ holds the words, keyed by domain ids: it imports domain types and nothing else of ours.',
      severity: 'error',
      from: { path: '^i18n/' },
      to: { path: '^(bot|dialogs|cards|test|bench)/|node_modules/(botbuilder[^/]*|restify[^/]*|lowdb)/' },
    },
    {
      name: 'cards-see-only-domain',
      comment: 'cards/ depend on domain types and the i18n catalogs only.',
      severity: 'error',
      from: { path: '^cards/' },
      to: { path: '^(bot|dialogs|test|bench)/|node_modules/(botbuilder[^/]*|restify[^/]*|lowdb)/' },
    },
    {
      name: 'dialogs-not-host',
      comment: 'dialogs/ use domain and cards, never the host.',
      severity: 'error',
      from: { path: '^dialogs/' },
      to: { path: '^(bot|test|bench)/|node_modules/(restify[^/]*|lowdb)/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
