import { expect } from '@open-wc/testing';
import { adjustForContrast, contrastRatio, isCssColor, readableOn, relativeLuminance, toRgb } from '../../src/theme/color.js';

const INJECTIONS = [
  'red; background:url(x)',
  '}</style><script>alert(1)</script>',
  'var(--x)',
  'color-mix(in srgb, var(--x), red)',
  'expression(alert(1))',
  'url(https://evil.example/x.png)',
  'r\\65 d',
  'currentcolor',
  'inherit',
  'initial',
  'env(safe-area-inset-top)',
];

describe('theme/color', () => {
  describe('isCssColor', () => {
    for (const value of [
      'red',
      'transparent',
      '#1a56db',
      '#abc',
      '#1a56db80',
      'rgb(1 2 3)',
      'rgba(1, 2, 3, 0.5)',
      'hsl(210 50% 40%)',
      'oklch(0.6 0.15 250)',
      'color(display-p3 1 0 0)',
      '  #fff  ',
    ]) {
      it(`accepts ${value}`, () => expect(isCssColor(value)).to.equal(true));
    }

    for (const value of ['', '   ', 'notacolor', '12px', ...INJECTIONS]) {
      it(`rejects ${JSON.stringify(value)}`, () => expect(isCssColor(value)).to.equal(false));
    }

    it('rejects non-strings', () => {
      for (const value of [null, undefined, 42, {}, ['red']]) expect(isCssColor(value)).to.equal(false);
    });
  });

  describe('toRgb', () => {
    const close = (actual: number, expected: number) => expect(Math.abs(actual - expected)).to.be.at.most(2);

    it('parses named, hex, rgb and hsl colours', () => {
      expect(toRgb('red')).to.deep.equal({ r: 255, g: 0, b: 0, alpha: 1 });
      expect(toRgb('#1a56db')).to.deep.equal({ r: 26, g: 86, b: 219, alpha: 1 });
      expect(toRgb('rgb(10 20 30)')).to.deep.equal({ r: 10, g: 20, b: 30, alpha: 1 });
      expect(toRgb('hsl(120 100% 25%)')).to.deep.equal({ r: 0, g: 128, b: 0, alpha: 1 });
    });

    it('parses oklch and color() into sRGB', () => {
      const oklchRed = toRgb('oklch(0.628 0.2577 29.23)')!;
      close(oklchRed.r, 255);
      close(oklchRed.g, 0);
      close(oklchRed.b, 0);
      const srgb = toRgb('color(srgb 0 0.5 1)')!;
      close(srgb.r, 0);
      close(srgb.g, 128);
      close(srgb.b, 255);
    });

    it('reports alpha', () => {
      expect(toRgb('rgb(0 0 0 / 50%)')!.alpha).to.be.closeTo(0.5, 0.01);
      expect(toRgb('transparent')!.alpha).to.equal(0);
    });

    it('reads every hex spelling without the canvas, as the canvas would', () => {
      const canvasRead = (value: string) => {
        const ctx = new OffscreenCanvas(1, 1).getContext('2d')!;
        ctx.fillStyle = value;
        ctx.fillRect(0, 0, 1, 1);
        const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
        return { r, g, b, alpha: a / 255 };
      };
      const spellings = ['#1A56dB', '#abc', '#0F0', '#1a56dbff', '#000f', ' #e5e7eb '];
      const expected = spellings.map((hex) => canvasRead(hex.trim()));
      const reads = OffscreenCanvasRenderingContext2D.prototype.getImageData;
      let canvasReads = 0;
      OffscreenCanvasRenderingContext2D.prototype.getImageData = function (...args: Parameters<typeof reads>) {
        canvasReads += 1;
        return reads.apply(this, args);
      };
      try {
        spellings.forEach((hex, i) => expect(toRgb(hex), hex).to.deep.equal(expected[i]));
        expect(canvasReads).to.equal(0);
        expect(toRgb('#11223380')).to.deep.equal({ r: 0x11, g: 0x22, b: 0x33, alpha: 0x80 / 255 });
      } finally {
        OffscreenCanvasRenderingContext2D.prototype.getImageData = reads;
      }
    });

    it('leaves malformed hex to the browser, which rejects it', () => {
      for (const value of ['#12345', '#ggg', '#1234567', '#']) expect(toRgb(value), value).to.equal(null);
    });

    it('distinguishes black from an unparsable value', () => {
      expect(toRgb('#000')).to.deep.equal({ r: 0, g: 0, b: 0, alpha: 1 });
      expect(toRgb('#fff')).to.deep.equal({ r: 255, g: 255, b: 255, alpha: 1 });
      expect(toRgb('nonsense')).to.equal(null);
    });
  });

  describe('contrast', () => {
    it('computes WCAG relative luminance', () => {
      expect(relativeLuminance({ r: 255, g: 255, b: 255, alpha: 1 })).to.be.closeTo(1, 1e-9);
      expect(relativeLuminance({ r: 0, g: 0, b: 0, alpha: 1 })).to.equal(0);
      expect(relativeLuminance({ r: 118, g: 118, b: 118, alpha: 1 })).to.be.closeTo(0.1812, 0.0005);
    });

    it('computes WCAG contrast ratios', () => {
      expect(contrastRatio('#000', '#fff')).to.be.closeTo(21, 1e-9);
      expect(contrastRatio('#fff', '#fff')).to.equal(1);
      expect(contrastRatio('#767676', '#fff')).to.be.closeTo(4.54, 0.01);
      expect(contrastRatio('#fff', '#767676')).to.be.closeTo(contrastRatio('#767676', '#fff'), 1e-9);
    });

    it('composites translucent colours as they render', () => {
      expect(contrastRatio('rgb(0 0 0 / 0)', '#fff')).to.equal(1);
      expect(contrastRatio('#000', 'transparent')).to.be.closeTo(21, 1e-9);
      const half = contrastRatio('rgb(0 0 0 / 50%)', '#fff');
      expect(half).to.be.above(1).and.below(21);
      expect(half).to.be.closeTo(contrastRatio('#808080', '#fff'), 0.1);
    });

    it('picks near-black or white, whichever reads better', () => {
      expect(readableOn('#ffffff')).to.not.equal('#ffffff');
      expect(contrastRatio(readableOn('#ffffff'), '#ffffff')).to.be.above(18);
      expect(readableOn('#1a56db')).to.equal('#ffffff');
      expect(readableOn('#0f1115')).to.equal('#ffffff');
      expect(contrastRatio(readableOn('#ffcc00'), '#ffcc00')).to.be.above(10);
    });
  });

  describe('adjustForContrast', () => {
    it('darkens a light grey on white just enough', () => {
      const fixed = adjustForContrast('#e5e7eb', '#ffffff', 3);
      expect(fixed).to.match(/^#[0-9a-f]{6}$/);
      expect(contrastRatio(fixed, '#ffffff')).to.be.at.least(3).and.below(3.3);
    });

    it('lightens a dark colour on a dark background', () => {
      const fixed = adjustForContrast('#333333', '#0f1115', 4.5);
      expect(relativeLuminance(toRgb(fixed)!)).to.be.above(relativeLuminance(toRgb('#333333')!));
      expect(contrastRatio(fixed, '#0f1115')).to.be.at.least(4.5);
    });

    it('keeps a colour that already passes, as hex', () => {
      expect(adjustForContrast('rgb(26 86 219)', '#ffffff', 4.5)).to.equal('#1a56db');
    });

    it('meets the ratio against every backdrop given', () => {
      const fixed = adjustForContrast('#9ca3af', ['#ffffff', '#e5e7eb'], 4.5);
      expect(contrastRatio(fixed, '#ffffff')).to.be.at.least(4.5);
      expect(contrastRatio(fixed, '#e5e7eb')).to.be.at.least(4.5);
    });

    it('resolves a translucent colour onto the backdrop first', () => {
      const fixed = adjustForContrast('rgb(0 0 0 / 10%)', '#ffffff', 4.5);
      expect(fixed).to.match(/^#[0-9a-f]{6}$/);
      expect(contrastRatio(fixed, '#ffffff')).to.be.at.least(4.5);
    });

    it('returns the best extreme when the ratio is out of reach', () => {
      expect(adjustForContrast('#777777', '#ffffff', 22)).to.equal('#000000');
      expect(adjustForContrast('#777777', '#000000', 22)).to.equal('#ffffff');
    });
  });
});
