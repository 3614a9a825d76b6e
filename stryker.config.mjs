// @ts-check
/**
 * Mutation testing of src/timescale and src/rules (issue 17): `npm run mutation`.
 * One test process at a time (`concurrency: 1`) so it does not starve a shared
 * two-core machine, and only the tests of those two folders
 * (vitest.mutation.config.ts). Not part of `npm test`. A subset:
 * `npx stryker run --mutate src/rules/_measure.ts`.
 *
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: ['src/timescale/**/*.ts', 'src/rules/**/*.ts', '!src/**/index.ts', '!src/rules/types.ts'],
  coverageAnalysis: 'perTest',
  // Static mutants (module-level tables, frozen presets) need every test re-run each; they are counted, not run.
  ignoreStatic: true,
  concurrency: 1,
  timeoutMS: 10_000,
  reporters: ['clear-text', 'progress', 'json', 'html'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
