export * from './frameworks.js';
export * from './loadFramework.js';
