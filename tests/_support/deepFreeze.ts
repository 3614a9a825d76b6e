/**
 * Freezes a value and everything reachable from it, so a test fails if the
 * code under test mutates its input. Cycle-safe. The library's own helper.
 */
export { _deepFreeze as deepFreeze } from '../../src/_lib/freeze.js';
