import runtime from './runtime.js';
export const { live } = runtime.directives;
