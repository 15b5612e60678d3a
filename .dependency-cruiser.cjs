/**
 * Brief's architecture rules, checked in CI (`npm run depcruise`) and in
 * test/architecture/rules.test.ts. docs/architecture.md draws the same map.
 *
 * The core — briefing, extract, answer, followup, feeds, store, config, delivery, time, net, pages — owns
 * its ports (delivery targets, the outbox, the deliver port, the store's interfaces) and knows no
 * platform. The edge — chat adapters, the command line, the composition root — depends on the core,
 * never the other way round. Each rule says why it exists; a rule that blocks a change is a
 * question about where that change belongs, not an obstacle to route around.
 */

/** The core parts: everything a platform, a CLI command or a process relies on. */
const CORE = '^src/(answer|briefing|extract|followup|feeds|store|config|delivery|time|net|pages)/';
/** The edge: adapters, the `brief` command, the composition root and the command pieces that route into the core. */
const EDGE = '^src/(chat|cli|app|commands)/|^src/cli[.]ts$';
/** Platform SDKs: only chat adapters (and `brief register-commands`) may load them. */
const PLATFORM_SDKS = '(^|/)node_modules/(@slack/|discord[.]js/|@discordjs/)';

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment:
        'An import circle means no part of it can be understood, tested or replaced alone; it usually hides a type living in the wrong file. Move the shared type to the part both sides already depend on.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-not-to-edge',
      comment:
        'Data flows one way: platform event → adapter → answer → Reply → renderer → adapter. The core must not reach back into adapters, the CLI or the composition root, or a new platform (or a second process) would drag them along. Put the type the core needs in the core (a port in src/delivery/, a store interface in src/store/types.ts) and let the edge implement it.',
      severity: 'error',
      from: { path: CORE },
      to: { path: EDGE },
    },
    {
      name: 'core-not-to-platform-sdk',
      comment:
        'The core knows no platform: Slack and Discord SDKs load only in src/chat/ (and the Discord command registration), so `brief ask` and the scheduler run without them and a new platform is one adapter.',
      severity: 'error',
      from: { path: CORE },
      to: { path: PLATFORM_SDKS },
    },
    {
      name: 'render-is-pure',
      comment:
        'Renderers are pure functions from a Reply to a platform payload, so one snapshot per renderer covers what a person sees. They may read the answer model and the briefing model, nothing with state or I/O.',
      severity: 'error',
      from: { path: '^src/render/' },
      to: { path: '^src/(chat|cli|app|commands|followup|feeds|store|config|net|ops|pages)/|^src/cli[.]ts$' },
    },
    {
      name: 'answer-is-pure',
      comment:
        'The answer engine turns an intent and the library into a Reply with no I/O, so it is fast, testable with plain values and the same on every platform. Stateful verbs live in src/commands/ and the parts they use.',
      severity: 'error',
      from: { path: '^src/answer/' },
      to: { path: '^src/(render|followup|feeds|store|config|net|ops|time|delivery|pages)/' },
    },
    {
      name: 'extract-only-uses-briefing',
      comment:
        'Extraction is a library of its own (text in, structure out): it may use the briefing model it fills and nothing that answers, renders, stores or talks to a platform, so it can be benchmarked and evaluated alone.',
      severity: 'error',
      from: { path: '^src/extract/' },
      to: { path: '^src/(answer|render|chat|cli|app|commands|followup|feeds|store|config|delivery|ops|pages)/|^src/cli[.]ts$' },
    },
    {
      name: 'briefing-is-the-domain',
      comment:
        'The briefing model, its loader, index and library are the domain every part reads: they may use the error hierarchy and npm packages, nothing else of Brief. The index they keep is a port (src/briefing/index-store.ts) that the store implements, so a Postgres index is a new store class, not a change here.',
      severity: 'error',
      from: { path: '^src/briefing/' },
      to: { path: '^src/', pathNot: '^src/briefing/|^src/errors[.]ts$' },
    },
    {
      name: 'sql-only-in-store',
      comment:
        'SQL and the database driver live in src/store/ only, behind the narrow interfaces the parts own, so each part reads the same on SQLite and on Postgres.',
      severity: 'error',
      from: { pathNot: '^src/store/' },
      to: { path: '(^|/)node_modules/(better-sqlite3|pg|pg-[a-z-]+)/' },
    },
    {
      name: 'config-only-uses-time',
      comment:
        'Settings are read and validated before any part exists, so config/ may use the shared time module (zones, schedules) but no part: a part that settings depend on could not be configured by them.',
      severity: 'error',
      from: { path: '^src/config/' },
      to: { path: '^src/(answer|briefing|extract|followup|feeds|store|delivery|net|render|ops|pages)/' },
    },
    {
      name: 'utilities-are-leaves',
      comment:
        'time/ and net/ are shared utilities every part may use; if they imported a part, that part could no longer use them without a circle. They may use each other and the error hierarchy only.',
      severity: 'error',
      from: { path: '^src/(time|net)/' },
      to: { path: '^src/', pathNot: '^src/(time|net)/|^src/errors[.]ts$' },
    },
    {
      name: 'adapters-not-to-state',
      comment:
        'Adapters translate and decide nothing: they hand messages to the responder and failed posts to the outbox port. Reaching into the store, follow-ups or feeds from an adapter would put logic where only one platform sees it.',
      severity: 'error',
      from: { path: '^src/chat/' },
      to: { path: '^src/(store|followup|feeds)/' },
    },
    {
      name: 'pages-read-only-what-they-show',
      comment:
        'The briefing pages render what the library and the feeds already know and write one thing back (a reviewed front matter, through their own file code). They take the briefing model, the answer model, the renderers\' shared wording and feed types; the store, follow-ups, extraction and configuration reach them only as values passed in by the composition root.',
      severity: 'error',
      from: { path: '^src/pages/' },
      to: { path: '^src/(store|followup|extract|config|delivery|net|ops|chat)/' },
    },
    {
      name: 'no-dev-dependencies-in-src',
      comment: 'The Docker image installs production dependencies only; src/ importing a devDependency would work in tests and fail in production.',
      severity: 'error',
      from: { path: '^src/' },
      to: { dependencyTypes: ['npm-dev'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports count: a type in the wrong file is exactly what makes circles and backward arrows.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.mjs', '.cjs', '.json'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
