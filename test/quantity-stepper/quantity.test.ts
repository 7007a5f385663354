import { expect } from '@open-wc/testing';
import { clampQuantity, spinTarget } from '../../src/forms/quantity.js';

describe('quantity keys (WAI-ARIA APG spinbutton)', () => {
  it('maps the arrow, Page, Home and End keys onto quantities within the limits', () => {
    const cases: [string, number][] = [
      ['ArrowUp', 6],
      ['ArrowDown', 4],
      ['PageUp', 15],
      ['PageDown', 1],
      ['Home', 1],
      ['End', 20],
    ];
    for (const [key, expected] of cases) expect(spinTarget(key, 5, 1, 20), key).to.equal(expected);
    expect(spinTarget('PageUp', 15, 1, 20)).to.equal(20);
    expect(spinTarget('ArrowDown', 1, 1, 20)).to.equal(1);
  });

  it('leaves every other key alone', () => {
    for (const key of ['ArrowLeft', 'Enter', '5', 'Tab']) expect(spinTarget(key, 5, 1, 20), key).to.equal(null);
  });

  it('clamps', () => {
    expect([clampQuantity(0, 1, 9), clampQuantity(5, 1, 9), clampQuantity(12, 1, 9)]).to.deep.equal([1, 5, 9]);
  });
});
