/**
 * Reading timescale phrases ("by autumn 2006", "2008/09", "Sept 09 onwards").
 *
 * @module
 */
export { parseTimescale } from './parseTimescale.js';
export type { ParseTimescaleOptions, TimescaleContext } from './parseTimescale.js';
