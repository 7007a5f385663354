import runtime from './runtime.js';
export const { property, query, state } = runtime.decorators;
