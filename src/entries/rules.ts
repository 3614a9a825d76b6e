/**
 * `equality-plans/rules`: the model, progress rules, slippage, RAG and
 * roll-ups without the document parsers, for apps that only judge progress
 * (a smaller bundle and a faster start in Node).
 *
 * @packageDocumentation
 */
export * from '../model/index.js';
export * from '../rules/index.js';
export * from '../rollup/index.js';
