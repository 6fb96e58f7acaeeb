import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', glossary: 'src/glossary/index.ts', cli: 'src/cli/main.ts' },
  format: ['esm'],
  target: 'es2022',
  platform: 'node',
  dts: { entry: { index: 'src/index.ts', glossary: 'src/glossary/index.ts' } },
  clean: true,
  sourcemap: false,
  splitting: true,
  // The CLI entry keeps its shebang; the library entry has none.
});
