/**
 * equality-plans: a typed model, parsers, a timescale reader and progress
 * rules for UK public-sector equality and diversity plans.
 *
 * @packageDocumentation
 */
export * from './model/index.js';
