import type { Message, PluralMessage } from './types.js';

const ACCENTED: Record<string, string> = { a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú', A: 'Á', E: 'É', I: 'Í', O: 'Ó', U: 'Ú', c: 'ç', n: 'ñ' };

function pseudoText(text: string): string {
  // Placeholders stay intact; everything else is accented and bracketed.
  const body = text.split(/(\{\w+\})/).map((part) => (part.startsWith('{') ? part : part.replace(/[aeiouAEIOUcn]/g, (c) => ACCENTED[c]))).join('');
  return `⟦${body}⟧`;
}

/**
 * Pseudo-localization (`en-XA`): every string visibly bracketed and accented. Designers see
 * where text would grow and where it is not translatable; tests find any UI text that did not
 * come through the catalogs.
 */
export function pseudoMessage(message: Message): Message {
  if (typeof message === 'string') return pseudoText(message);
  return Object.fromEntries(Object.entries(message).map(([form, text]) => [form, pseudoText(text as string)])) as PluralMessage;
}
