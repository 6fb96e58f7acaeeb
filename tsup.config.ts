import { defineConfig, type Options } from 'tsup';

type Plugin = NonNullable<Options['esbuildPlugins']>[number];

/**
 * In the CLI bundle, src/deps/<name>.ts (which loads a package with require() on first use, for
 * the library) becomes a static import of the bundled package: the CLI's chunks are loaded lazily
 * already, and a bundled module loads faster than the package's many CommonJS files.
 */
const STATIC_DEPS: Record<string, string> = {
  yaml: "import * as m from 'yaml'; export const yaml = () => m;",
  zod: "import * as m from 'zod'; export const zod = () => m;",
  saxes: "import * as m from 'saxes'; export const saxes = () => m;",
  fuse: "import Fuse from 'fuse.js'; export const fuse = () => Fuse;",
};
const staticDeps: Plugin = {
  name: 'static-deps',
  setup(build) {
    build.onResolve({ filter: /[\\/]deps[\\/](yaml|zod|saxes|fuse)\.js$/ }, (args) => ({
      path: /(yaml|zod|saxes|fuse)\.js$/.exec(args.path)![1]!,
      namespace: 'static-dep',
    }));
    build.onLoad({ filter: /.*/, namespace: 'static-dep' }, (args) => ({
      contents: STATIC_DEPS[args.path],
      resolveDir: process.cwd(),
      loader: 'ts',
    }));
  },
};

// dist/ is emptied by the build script before both builds run (they run side by side).

export default defineConfig([
  // The library: dependencies stay external, as consumers install them.
  {
    entry: { index: 'src/index.ts', glossary: 'src/glossary/index.ts' },
    format: ['esm'],
    target: 'es2022',
    platform: 'node',
    dts: true,
    splitting: true,
  },
  // The CLI: one bundle with its dependencies, so that a cold start resolves a few files instead
  // of the two hundred small modules of micromark, unified and friends.
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    target: 'es2022',
    platform: 'node',
    splitting: true,
    noExternal: [/.*/],
    esbuildPlugins: [staticDeps],
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  },
]);
