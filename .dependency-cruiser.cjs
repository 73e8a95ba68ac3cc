/**
 * Layering rules (STYLE.md): the domain stays pure, apps never import each other, generic libs know no business,
 * libraries form no cycle, and whatever crosses a library's boundary goes through one of its entries: the `#…`
 * names of package.json `imports` (each entry's file is the library's public face; the rest is its own business).
 */
const { imports } = require('./package.json');

const entryFiles = Object.values(imports).map((entry) => entry.source.replace(/^\.\//, ''));
const escape = (path) => path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ENTRY_FILE = `^(${entryFiles.map(escape).join('|')})$`;

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
      name: 'libraries-form-no-cycle',
      comment: 'A library that reaches back into one that imports it makes both one tangle: move the shared part out.',
      severity: 'error',
      from: { path: '^libs/([^/]+)/' },
      to: { path: '^libs/', pathNot: '^libs/$1/', circular: true },
    },
    {
      name: 'libraries-import-each-other-by-entry',
      comment: 'A library imports another by its `#name` (package.json imports), never by path, and only an entry file.',
      severity: 'error',
      from: { path: '^libs/([^/]+)/' },
      to: { path: '^libs/', pathNot: '^libs/$1/', dependencyTypesNot: ['aliased-subpath-import'] },
    },
    {
      name: 'libraries-expose-only-their-entries',
      severity: 'error',
      from: { path: '^libs/([^/]+)/' },
      to: { path: '^libs/', pathNot: ['^libs/$1/', ENTRY_FILE] },
    },
    {
      name: 'apps-import-libraries-by-entry',
      comment: 'Apps, benchmarks and end-to-end tests import a library by its `#name`, never by path.',
      severity: 'error',
      from: { path: '^(apps|bench|test)/' },
      to: { path: '^libs/', dependencyTypesNot: ['aliased-subpath-import'] },
    },
    {
      name: 'apps-see-only-library-entries',
      severity: 'error',
      from: { path: '^(apps|bench|test)/' },
      to: { path: '^libs/', pathNot: ENTRY_FILE },
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
    // Entries resolve to their TypeScript sources under the `source` condition (as tsc, jest and the thread loader do).
    enhancedResolveOptions: { conditionNames: ['source', 'import', 'node', 'default'], extensions: ['.ts', '.js', '.mjs'] },
    tsPreCompilationDeps: true,
    moduleSystems: ['es6'],
  },
};
