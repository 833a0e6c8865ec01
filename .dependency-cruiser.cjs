// The import rules of src/ (docs/architecture.md, "Who may import whom"), checked by
// `npm run check:imports` as a step of `npm test`. Data flows one way: each layer imports only the
// layers below it, and no two modules import each other, directly or round a circle.
//
//   pages, views, components, layouts   may import everything below
//   scripts/ (browser), integrations/   everything below, never a page or a component
//   search/, research/, editor/          library/ and below; search/ may use research/'s citation model
//   i18n/index.ts                        library/ (display rules, site paths) and below
//   library/                             validation/ (loadLibrary validates) and below
//   validation/, loaders/                entry/, schemas/, text/
//   schemas/, entry/, i18n/ (the rest)   text/ and each other as they do today
//   text/, config.ts                     nothing in src/ (config.ts: but search/shards.ts, import-free)
//
// .astro files are not parsed here (dependency-cruiser reads JavaScript and TypeScript); they are
// the top layer, so a rule broken by one shows as a .ts module importing a component or a page.

/** Path patterns of the layers, relative to the repository root. */
const TOP = '^src/(pages|views|components|layouts)/';
const RUNTIME = '^src/(scripts|integrations)/';
const FEATURES = '^src/(search|research|editor)/';
const I18N_PAGE_HELPER = '^src/i18n/index\\.ts$';
const LIBRARY = '^src/library/';
const BASE = '^src/(validation|loaders)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Two modules that import each other (directly or round a circle) cannot be read, tested or moved apart.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'text-imports-nothing',
      severity: 'error',
      comment: 'src/text/ (script conversion, width folding, name keys) is the floor every layer may stand on; it imports nothing else in src/.',
      from: { path: '^src/text/' },
      to: { path: '^src/', pathNot: '^src/text/' },
    },
    {
      name: 'config-imports-nothing',
      severity: 'error',
      comment: 'src/config.ts reads the environment for every other layer. Its one import is the search index default memory budget, from search/shards.ts, which imports nothing.',
      from: { path: '^src/config\\.ts$' },
      to: { path: '^src/', pathNot: '^src/search/shards\\.ts$' },
    },
    {
      name: 'entry-schemas-i18n-stay-low',
      severity: 'error',
      comment: 'The entry format, the schemas and the dictionaries sit below the validator, the query layer and everything built on it.',
      from: { path: '^src/(entry|schemas|i18n)/', pathNot: I18N_PAGE_HELPER },
      to: { path: ['^src/(validation|loaders|library|search|research|editor|scripts|integrations|pages|views|components|layouts)/', I18N_PAGE_HELPER] },
    },
    {
      name: 'validator-and-loader-import-no-higher-layer',
      severity: 'error',
      comment: 'The validator and the content loader read entries; they never reach the query layer, search, research, the editor or pages.',
      from: { path: BASE },
      to: { path: ['^src/(library|search|research|editor|scripts|integrations|pages|views|components|layouts)/', I18N_PAGE_HELPER] },
    },
    {
      name: 'library-imports-no-feature',
      severity: 'error',
      comment: 'The query layer and its display rules are what the features build on; they import none of them.',
      from: { path: LIBRARY },
      to: { path: ['^src/(loaders|search|research|editor|scripts|integrations|pages|views|components|layouts)/', I18N_PAGE_HELPER] },
    },
    {
      name: 'i18n-helper-imports-no-feature',
      severity: 'error',
      from: { path: I18N_PAGE_HELPER },
      to: { path: '^src/(search|research|editor|scripts|integrations|pages|views|components|layouts)/' },
    },
    {
      name: 'features-import-no-page',
      severity: 'error',
      comment: 'search/, research/ and editor/ are used by pages and build steps, never the other way round.',
      from: { path: FEATURES },
      to: { path: '^src/(scripts|integrations|pages|views|components|layouts)/' },
    },
    {
      name: 'features-stay-apart',
      severity: 'error',
      comment: 'Each feature stands on the library alone; the one crossing is the search exports, which write citations with research/citation.ts.',
      from: { path: FEATURES },
      to: { path: FEATURES, pathNot: ['^src/research/citation\\.ts$', '^src/$1/'] },
    },
    {
      name: 'runtime-imports-no-page',
      severity: 'error',
      comment: 'Browser scripts and build steps are used by pages; they import no page, view or component.',
      from: { path: RUNTIME },
      to: { path: TOP },
    },
    {
      name: 'src-imports-no-cli-or-test',
      severity: 'error',
      comment: 'scripts/ (the CLIs) and tests/ use src/, never the reverse.',
      from: { path: '^src/' },
      to: { path: '^(scripts|tests)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['node_modules', '^dist/', '^\\.astro/'] },
    // Type-only imports count: a type import is a dependency a reader follows too.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.mjs', '.js'] },
  },
};
