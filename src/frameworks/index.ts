export * from './frameworks.js';
export * from './loadFramework.js';
export * from './applyFramework.js';
export * from './readRatings.js';
