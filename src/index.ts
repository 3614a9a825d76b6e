/**
 * equality-plans: a typed model, parsers, a timescale reader and progress
 * rules for UK public-sector equality and diversity plans.
 *
 * @packageDocumentation
 */
export * from './model/index.js';
export * from './timescale/index.js';
export * from './rules/index.js';
export * from './rollup/index.js';
export * from './read/index.js';
export * from './interpret/index.js';
export * from './parse/index.js';
export * from './report/index.js';
export * from './frameworks/index.js';
export * from './history/index.js';
export * from './coverage/index.js';
export * from './trace/index.js';
