/**
 * `npm run manifest` (part of `npm run build`): custom-elements.json, the Custom Elements
 * Manifest shipped in the package (`customElements` in package.json) and read by Storybook's
 * docs pages (.storybook/preview.ts) and by editors.
 *
 * Only the exported elements are analyzed: the widget's inner elements are registered too, but
 * they are not an API a page may use. A new public element is added to `globs`.
 */
export default {
  globs: [
    'src/index.ts',
    'src/components/checkout/xpay-checkout.ts',
    'src/components/order-summary/xpay-order-summary.ts',
    'src/components/expired-notice/xpay-expired-notice.ts',
  ],
  outdir: '.',
  litelement: true,
  // package.json names the manifest itself; the analyzer would rewrite the whole file on every build.
  packagejson: false,
  plugins: [defineElementCalls()],
};

/**
 * The elements are registered through `defineElement` (src/define.ts: once per page, and only
 * where a DOM exists), which the analyzer does not know as `customElements.define`. This reads
 * those calls, so each class gets its `tagName` and the entry its `custom-element-definition`
 * exports: what Storybook looks an element up by.
 */
function defineElementCalls() {
  const calls = [];
  return {
    name: 'xpay-define-element-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'defineElement') return;
      const [tag, element] = node.arguments;
      if (tag && ts.isStringLiteral(tag) && element && ts.isIdentifier(element)) {
        calls.push({ moduleDoc, tagName: tag.text, className: element.text });
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const { moduleDoc, tagName, className } of calls) {
        for (const module of customElementsManifest.modules) {
          const declaration = module.declarations?.find((d) => d.kind === 'class' && d.name === className);
          if (!declaration) continue;
          declaration.tagName = tagName;
          declaration.customElement = true;
          moduleDoc.exports = [
            ...(moduleDoc.exports ?? []),
            { kind: 'custom-element-definition', name: tagName, declaration: { name: className, module: module.path } },
          ];
        }
      }
    },
  };
}
