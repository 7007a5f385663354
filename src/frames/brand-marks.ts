import type { CardBrandId } from '../lib/card.js';

const SVG = 'http://www.w3.org/2000/svg';

/**
 * Simplified marks, recognisable at 32×20 without any image file (the frame loads nothing but
 * its own script and CSS, and must stay small): the scheme's card colour and wordmark, and
 * Mastercard's two circles. [card colour, text colour, wordmark, font size].
 */
const MARKS: Readonly<Record<CardBrandId, readonly [string, string, string, number]>> = {
  visa: ['#1a1f71', '#fff', 'VISA', 9],
  mastercard: ['#252525', '', '', 0],
  amex: ['#006fcf', '#fff', 'AMEX', 8],
  meeza: ['#fff', '#1d3f8f', 'meeza', 8],
  discover: ['#fff', '#e55c00', 'DISCOVER', 5],
  jcb: ['#0e4c96', '#fff', 'JCB', 9],
  unionpay: ['#e21836', '#fff', 'UnionPay', 6],
  diners: ['#0079be', '#fff', 'Diners', 7],
};

function node(tag: string, attributes: Readonly<Record<string, string | number>>): SVGElement {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  return element;
}

/** The brand's mark as an inline SVG built node by node (no markup parsing), hidden from assistive tech. */
export function brandMark(brand: CardBrandId): SVGElement {
  const [fill, color, word, size] = MARKS[brand];
  const svg = node('svg', { viewBox: '0 0 32 20', 'aria-hidden': 'true', 'data-brand': brand });
  svg.append(node('rect', { x: 0.5, y: 0.5, width: 31, height: 19, rx: 3, fill, stroke: '#d6d9de' }));
  if (word) {
    const text = node('text', { x: 16, y: 10, fill: color, 'font-size': size, 'font-weight': 700, 'font-family': 'Arial,sans-serif', 'text-anchor': 'middle', 'dominant-baseline': 'central' });
    text.textContent = word;
    svg.append(text);
  } else {
    svg.append(node('circle', { cx: 12.5, cy: 10, r: 6, fill: '#eb001b' }), node('circle', { cx: 19.5, cy: 10, r: 6, fill: '#f79e1b', 'fill-opacity': 0.85 }));
  }
  return svg;
}
