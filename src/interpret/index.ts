export type * from './types.js';
export * from './vocabulary.js';
export * from './interpretActionPlan.js';
export * from './interpretPeerReview.js';
export * from './interpretReview.js';
export * from './interpretStrategy.js';
export * from './interpretOutlinePlan.js';
export * from './detectTableKind.js';
