import { LitElement, css, html, nothing, svg } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';

/**
 * Lazily loaded feature chunks (dropdowns, promotion codes, quantities) are built without Lit
 * and bind to this one instance instead (see build/shims/), so a page never downloads or runs
 * a second copy. Versioned, so a future incompatible runtime cannot be picked up by mistake.
 */
export const SHARED_RUNTIME_KEY = Symbol.for('xpay-checkout.runtime.v1');

export interface SharedRuntime {
  lit: { LitElement: typeof LitElement; css: typeof css; html: typeof html; nothing: typeof nothing; svg: typeof svg };
  decorators: { property: typeof property; query: typeof query; state: typeof state };
  directives: { ifDefined: typeof ifDefined; live: typeof live };
}

export const sharedRuntime: SharedRuntime = {
  lit: { LitElement, css, html, nothing, svg },
  decorators: { property, query, state },
  directives: { ifDefined, live },
};

export function shareRuntime(): void {
  const registry = globalThis as unknown as Record<symbol, SharedRuntime | undefined>;
  registry[SHARED_RUNTIME_KEY] ??= sharedRuntime;
}
