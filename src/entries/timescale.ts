/**
 * `equality-plans/timescale`: the model and `parseTimescale` without the
 * document parsers.
 *
 * @packageDocumentation
 */
export * from '../model/index.js';
export * from '../timescale/index.js';
