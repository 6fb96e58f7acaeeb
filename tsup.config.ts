import { defineConfig, type Options } from 'tsup';
import { notices } from './scripts/notices.js';

type Plugin = NonNullable<Options['esbuildPlugins']>[number];

const DEPS = ['yaml', 'zod', 'saxes', 'fuse'] as const;
const PACKAGE: Record<(typeof DEPS)[number], string> = { yaml: 'yaml', zod: 'zod', saxes: 'saxes', fuse: 'fuse.js' };

/**
 * src/deps/<name>.ts loads a package with require() and a computed name on first use, which a
 * bundler cannot follow. In the bundles it becomes a literal require() of the bundled package:
 * esbuild wraps the package so that its code still runs on first use only (a command line that
 * checks a file without front matter never runs yaml's code, nor zod's without a config file).
 */
const bundledDeps: Plugin = {
  name: 'bundled-deps',
  setup(build) {
    build.onResolve({ filter: /[\\/]deps[\\/](yaml|zod|saxes|fuse)\.js$/ }, (args) => ({
      path: /(yaml|zod|saxes|fuse)\.js$/.exec(args.path)![1]!,
      namespace: 'bundled-dep',
    }));
    build.onLoad({ filter: /.*/, namespace: 'bundled-dep' }, (args) => {
      const name = args.path as (typeof DEPS)[number];
      return {
        contents: `let m; export const ${name} = () => (m ??= require('${PACKAGE[name]}'));`,
        resolveDir: process.cwd(),
        loader: 'ts',
      };
    });
  },
};

/**
 * zod's CommonJS build loads the messages of all its sixty languages as soon as it loads (its
 * `locales` export), half of its bundled code. thuatngu writes its own messages and reads only the
 * English one zod falls back to, so its locales index is replaced by one holding English alone.
 * A command line with a configuration file or its own glossary starts ~25 ms sooner.
 */
const zodEnglishOnly: Plugin = {
  name: 'zod-english-only',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.cjs$/ }, (args) =>
      /[\\/]node_modules[\\/]zod[\\/]/.test(args.importer)
        ? { path: args.importer.replace(/[\\/][^\\/]+[\\/][^\\/]+$/, '/locales/en.cjs'), namespace: 'zod-locales' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      // As the index does: the CommonJS module is the function itself unless it is marked __esModule.
      contents: "const m = require('./en.cjs'); exports.en = m && m.__esModule ? m.default : m;",
      resolveDir: args.path.replace(/[\\/][^\\/]+$/, ''),
      loader: 'js',
    }));
  },
};

// Both builds are single bundles with their dependencies: loading a few files is much faster than
// resolving and reading the two hundred small modules of micromark and friends (importing the
// library: ~0.16 s → ~0.08 s here). Whitespace and syntax are minified, names are kept (so stack
// traces still name functions): a fifth less source to parse, ~10 ms off a cold start.
// `scripts/notices.ts` writes the bundled packages' licences to dist/THIRD_PARTY_NOTICES.md.
// dist/ is emptied by the build script before both builds run.
const shared: Options = {
  format: ['esm'],
  target: 'es2022',
  platform: 'node',
  splitting: true,
  noExternal: [/.*/],
  // The notices plugin reads esbuild's metafile; tsup's own `metafile` option would also write it to dist/.
  esbuildOptions(options) {
    options.metafile = true;
    options.minifyWhitespace = true;
    options.minifySyntax = true;
  },
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
};

export default defineConfig([
  {
    ...shared,
    entry: { index: 'src/index.ts', glossary: 'src/glossary/index.ts' },
    dts: true,
    esbuildPlugins: [bundledDeps, zodEnglishOnly, notices()],
  },
  {
    ...shared,
    entry: { cli: 'src/cli/main.ts' },
    esbuildPlugins: [bundledDeps, zodEnglishOnly, notices()],
  },
]);
