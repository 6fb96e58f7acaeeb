import { defineConfig } from 'tsup';

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
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  },
]);
