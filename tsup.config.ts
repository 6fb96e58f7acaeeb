import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { defineConfig, type Options } from 'tsup';
import { notices } from './scripts/notices.js';

type Plugin = NonNullable<Options['esbuildPlugins']>[number];

/** The packages loaded on first use (src/deps/), by the name of their bundle in dist/vendor/. */
const VENDOR = { yaml: 'yaml', saxes: 'saxes', fuse: 'fuse.js' } as const;
const resolvePackage = createRequire(import.meta.url).resolve;

/**
 * src/deps/<name>.ts loads a package with require() and a computed name on first use, which a
 * bundler cannot follow. In the bundles it becomes a literal require() of that package's own
 * bundle, dist/vendor/<name>.cjs (built by the last config below), so that the package's code is
 * neither run nor even parsed until first use: importing the library no longer scans ~0.2 MB of
 * yaml, saxes and fuse.js source that a check of a Markdown file without front matter never
 * runs.
 */
const vendorDeps: Plugin = {
  name: 'vendor-deps',
  setup(build) {
    build.onResolve({ filter: /[\\/]deps[\\/](yaml|saxes|fuse)\.js$/ }, (args) => ({
      path: /(yaml|saxes|fuse)\.js$/.exec(args.path)![1]!,
      namespace: 'vendor-dep',
    }));
    build.onLoad({ filter: /.*/, namespace: 'vendor-dep' }, (args) => ({
      contents: `let m; export const ${args.path} = () => (m ??= require('./vendor/${args.path}.cjs'));`,
      loader: 'js',
    }));
    build.onResolve({ filter: /^\.\/vendor\// }, (args) => ({ path: args.path, external: true }));
  },
};

/**
 * The built-in glossary's data (src/glossary/generated/builtin.json) is read at run time from the
 * same path relative to the module that reads it: dist/generated/ next to the bundles.
 */
const builtinData: Plugin = {
  name: 'builtin-glossary-data',
  setup(build) {
    build.onEnd(() => {
      mkdirSync('dist/generated', { recursive: true });
      copyFileSync('src/glossary/generated/builtin.json', 'dist/generated/builtin.json');
    });
  },
};

/**
 * Whitespace and syntax minified. The notices plugin reads esbuild's metafile (tsup's own
 * `metafile` option would also write it to dist/).
 */
const minified: Options['esbuildOptions'] = (options) => {
  options.metafile = true;
  options.minifyWhitespace = true;
  options.minifySyntax = true;
};

// The library and the CLI are bundles with their dependencies: loading a few files is much faster than
// resolving and reading the two hundred small modules of micromark and friends (importing the
// library: ~0.16 s → ~0.08 s here). Whitespace and syntax are minified, names are kept (so stack
// traces still name functions): a fifth less source to parse, ~10 ms off a cold start.
// `scripts/notices.ts` writes the bundled packages' licences to dist/THIRD_PARTY_NOTICES.md.
// dist/ is emptied by the build script before the builds run.
const shared: Options = {
  format: ['esm'],
  target: 'es2022',
  platform: 'node',
  splitting: true,
  noExternal: [/.*/],
  esbuildOptions: minified,
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
};

export default defineConfig([
  {
    ...shared,
    entry: { index: 'src/index.ts', glossary: 'src/glossary/index.ts' },
    dts: true,
    esbuildPlugins: [vendorDeps, builtinData, notices()],
  },
  {
    ...shared,
    // The worker of `check --jobs` shares the CLI's chunks.
    entry: { cli: 'src/cli/main.ts', 'check-worker': 'src/cli/check-worker.ts' },
    esbuildPlugins: [vendorDeps, builtinData, notices()],
  },
  {
    // One CommonJS bundle per package of src/deps/, each required by the bundles above on first use.
    entry: Object.fromEntries(Object.entries(VENDOR).map(([name, pkg]) => [`vendor/${name}`, resolvePackage(pkg)])),
    format: ['cjs'],
    target: 'es2022',
    platform: 'node',
    noExternal: [/.*/],
    outExtension: () => ({ js: '.cjs' }),
    esbuildOptions: minified,
    esbuildPlugins: [notices()],
  },
]);
