// `npm test`, after the build: custom-elements.json (`npm run manifest`), the Custom Elements
// Manifest the package ships and Storybook's docs read, describes the public contract.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'));
const checkout = manifest.modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.tagName === 'xpay-checkout');

test('lists <xpay-checkout> as a custom element that the package defines', () => {
  assert.equal(checkout?.customElement, true);
  const definitions = manifest.modules.flatMap((module) => module.exports ?? []).filter((entry) => entry.kind === 'custom-element-definition');
  assert.ok(definitions.some((definition) => definition.name === 'xpay-checkout' && definition.declaration.name === checkout.name));
});

test('its four public events, and none of the internal ones', () => {
  assert.deepEqual(checkout.events.map((event) => event.name).sort(), ['xpay-complete', 'xpay-error', 'xpay-expired', 'xpay-ready']);
  for (const event of checkout.events) assert.ok(event.description, `${event.name} has a description`);
});

test('its attributes, each tied to its property, and the fetchClientSecret property', () => {
  const attributes = Object.fromEntries(checkout.attributes.map((attribute) => [attribute.name, attribute.fieldName]));
  for (const [attribute, property] of Object.entries({ 'client-secret': 'clientSecret', 'api-base': 'apiBase', locale: 'locale', 'poll-interval': 'pollInterval' })) {
    assert.equal(attributes[attribute], property, attribute);
  }
  const fetchClientSecret = checkout.members.find((member) => member.name === 'fetchClientSecret');
  assert.equal(fetchClientSecret?.kind, 'field');
  assert.equal(fetchClientSecret.attribute, undefined);
});

test('its CSS parts (CONTRACT §4)', () => {
  const parts = new Set((checkout.cssParts ?? []).map((part) => part.name));
  for (const part of ['summary', 'form', 'pay-button', 'field', 'notice']) assert.ok(parts.has(part), `::part(${part})`);
});
