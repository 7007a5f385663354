import runtime from './runtime.js';
export const { LitElement, css, html, nothing, svg } = runtime.lit;
