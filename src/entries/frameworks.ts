/**
 * `equality-plans/frameworks`: the model, `loadFramework` and the shipped
 * frameworks without the document parsers.
 *
 * @packageDocumentation
 */
export * from '../model/index.js';
export * from '../frameworks/index.js';
