import { defineConfig } from 'tsup';

export default defineConfig({
  // Every module is an entry, so the ES build keeps one file per module (shared code in chunks)
  // and the web app's bundler drops the modules a page does not use (package.json `sideEffects`).
  entry: ['src/*.ts', '!src/*.spec.ts'],
  format: ['esm', 'cjs'],
  dts: { entry: 'src/index.ts' },
  clean: true,
  sourcemap: true,
  splitting: true,
});
