/**
 * Setup of the mutation runs only (vitest.mutation.config.ts). Every mutant
 * re-runs the tests that cover it, and the property tests ask for up to 3,000
 * runs each: here each property stops after one second, counted as passed
 * unless a counterexample was found by then. A mutant that only a long
 * property run finds may therefore survive here; `npm test` runs them in full.
 */
import fc from 'fast-check';

fc.configureGlobal({ interruptAfterTimeLimit: 1000 });
