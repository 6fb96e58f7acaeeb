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
    esbuildPlugins: [bundledDeps, notices()],
  },
  {
    ...shared,
    entry: { cli: 'src/cli/main.ts' },
    esbuildPlugins: [bundledDeps, notices()],
  },
]);
