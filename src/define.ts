/**
 * Without a DOM (Node for SSR or a build step, a worker) the package must still import. The
 * bundle carries Lit's browser build, which reads two DOM globals while its modules evaluate:
 * `HTMLElement`, the base class, and `document.createTreeWalker`, lit-html's template walker.
 * Lit's own Node build stands in for both the same way (@lit-labs/ssr-dom-shim); here the
 * stand-ins live on `globalThis` only until the entry has evaluated (`endDomlessEvaluation`), so
 * no `typeof document` check of the host's code ever sees them. The entry imports this module
 * first, so the stand-ins exist before Lit evaluates.
 */
const domless = typeof HTMLElement === 'undefined';
const STAND_INS: Record<string, unknown> = {
  HTMLElement: class {},
  document: { createTreeWalker: () => ({}) },
};
const lent = domless ? Object.keys(STAND_INS).filter((name) => !(name in globalThis)) : [];
for (const name of lent) Object.defineProperty(globalThis, name, { value: STAND_INS[name], configurable: true, writable: true });

/** Removes the stand-ins; the entry calls it once every module of the bundle has evaluated. */
export function endDomlessEvaluation(): void {
  for (const name of lent.splice(0)) Reflect.deleteProperty(globalThis, name);
}

/**
 * Registers an element once. The widget may be loaded twice on one page (script tag plus an
 * npm copy, or two script tags); a second `customElements.define` would throw. Without a DOM
 * nothing is registered, even into a registry another library shims in: the classes extend a
 * stand-in there and could not render, so a server renderer leaves the tag for the browser.
 */
export function defineElement(name: string, constructor: CustomElementConstructor): void {
  if (domless || typeof customElements === 'undefined') return;
  if (!customElements.get(name)) customElements.define(name, constructor);
}
