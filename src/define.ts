/**
 * Registers an element once. The widget may be loaded twice on one page (script tag plus an
 * npm copy, or two script tags); a second `customElements.define` would throw.
 */
export function defineElement(name: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, constructor);
}
