import { expect } from '@open-wc/testing';
import { array, int, map, nullable, object, optional, safeParse, str, union, withDefault } from '../../src/api/validator.js';

describe('validator', () => {
  const item = object({ id: str, quantity: int, note: optional(str) });

  it('keeps only the keys of its shape, leaving an absent optional one out', () => {
    const parsed = safeParse(item, JSON.parse('{"id":"a","quantity":2,"extra":true,"__proto__":{"polluted":true}}'));
    expect(parsed).to.deep.equal({ ok: true, value: { id: 'a', quantity: 2 } });
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(Object.getPrototypeOf(parsed.ok && parsed.value)).to.equal(Object.prototype);
  });

  it('reports every failing path, at every depth', () => {
    const list = object({ items: array(item), total: int });
    const parsed = safeParse(list, { items: [{ id: 'a', quantity: 1 }, { id: 2, quantity: 'x' }], total: 1.5 });
    expect(parsed).to.deep.equal({ ok: false, paths: [['items', 1, 'id'], ['items', 1, 'quantity'], ['total']] });
  });

  it('refuses arrays and null where an object is expected, and objects where a list is', () => {
    expect(safeParse(item, []).ok).to.equal(false);
    expect(safeParse(item, null).ok).to.equal(false);
    expect(safeParse(array(str), { 0: 'a', length: 1 }).ok).to.equal(false);
  });

  it('takes the first schema of a union that accepts, and fails the union as a whole', () => {
    const label = union(str, map(object({ custom: str }), (value) => value.custom));
    expect(safeParse(label, 'Plain')).to.deep.equal({ ok: true, value: 'Plain' });
    expect(safeParse(label, { custom: 'Custom' })).to.deep.equal({ ok: true, value: 'Custom' });
    expect(safeParse(object({ label }), { label: 7 })).to.deep.equal({ ok: false, paths: [['label']] });
  });

  it('a default fills only an absent value; null needs nullable', () => {
    expect(safeParse(withDefault(int, 6), undefined)).to.deep.equal({ ok: true, value: 6 });
    expect(safeParse(withDefault(int, 6), null).ok).to.equal(false);
    expect(safeParse(nullable(int), null)).to.deep.equal({ ok: true, value: null });
  });

  it('lets a bug in a transform surface instead of reading as invalid input', () => {
    const broken = map(str, () => {
      throw new TypeError('a bug');
    });
    expect(() => safeParse(broken, 'a')).to.throw(TypeError, 'a bug');
  });
});
