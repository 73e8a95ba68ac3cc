/** Layering rules (STYLE.md): the domain stays pure, apps never import each other, generic libs know no business. */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'domain/ imports no framework, driver or I/O: decide/evolve stay trivially testable.',
      severity: 'error',
      from: { path: '^libs/[^/]+/src/domain/' },
      to: {
        path: '(^|/)node_modules/|^(fs|path|http|https|net|child_process|worker_threads|crypto)$|^libs/[^/]+/src/(application|infrastructure|projections)/',
        pathNot: '^libs/[^/]+/src/domain/',
      },
    },
    {
      name: 'domain-no-node-builtins',
      severity: 'error',
      from: { path: '^libs/[^/]+/src/domain/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'apps-do-not-import-each-other',
      severity: 'error',
      from: { path: '^apps/([^/]+)/' },
      to: { path: '^apps/', pathNot: '^apps/$1/' },
    },
    {
      name: 'libs-do-not-import-apps',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'generic-libs-know-no-business',
      comment: 'event-sourcing and read-store are plumbing: no business words, no import of the bounded context.',
      severity: 'error',
      from: { path: '^libs/(event-sourcing|read-store)/' },
      to: { path: '^libs/connection-projects/' },
    },
    {
      name: 'production-code-does-not-import-tests',
      severity: 'error',
      from: { path: '^(apps|libs)/', pathNot: '\\.(spec|e2e-spec|contract)\\.ts$|^libs/testing/|/testing/' },
      to: { path: '\\.(spec|e2e-spec)\\.ts$|^libs/testing/|^test/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^dist/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    moduleSystems: ['es6'],
  },
};
