import { defineConfig } from 'vitest/config';

/** The tests StrykerJS runs against mutants of src/timescale and src/rules (see stryker.config.mjs). */
export default defineConfig({
  test: {
    include: ['tests/timescale/**/*.test.ts', 'tests/rules/**/*.test.ts'],
    // vocabulary reads the reader's source text for quoted words, which Stryker's instrumentation adds to;
    // json-fuzz (never-throw fuzzing on arbitrary JSON) asserts floors on how many of its runs reach each outcome, which the time cap below breaks.
    exclude: ['tests/timescale/vocabulary.test.ts', 'tests/rules/json-fuzz.test.ts'],
    setupFiles: ['tests/_support/mutation-setup.ts'],
    typecheck: { enabled: false },
    testTimeout: 60_000,
  },
});
