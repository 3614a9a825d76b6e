export { rollUp } from './rollUp.js';
export { rollUpMatrix } from './rollUpMatrix.js';
export type { RollUpMatrix, RollUpMatrixOptions } from './rollUpMatrix.js';
export { RollUpPolicySchema } from './types.js';
export type { RollUpGroup, RollUpItem, RollUpKey, RollUpOptions, RollUpPolicy, RollUpResult } from './types.js';
export { documentItems } from './documentItems.js';
export type { DocumentItem } from './documentItems.js';
