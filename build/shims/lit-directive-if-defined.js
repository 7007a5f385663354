import runtime from './runtime.js';
export const { ifDefined } = runtime.directives;
