/**
 * The card frame (CONTRACT §5): the only place card data exists. It runs on the provider's
 * origin, talks to its parent only through the postMessage protocol of protocol.ts (state out,
 * never data), and sends card data to one place, the provider it was served from.
 */
import {
  caretAfterFormat,
  cvcLength,
  formatCardNumber,
  formatExpiryInput,
  parseExpiry,
  validateCardNumber,
  validateCvc,
  validateExpiry,
  type CardBrand,
} from '../lib/card.js';
import { digitsOnly } from '../lib/digits.js';
import { brandMark } from './brand-marks.js';
import {
  FRAME_PATH,
  frameErrorId,
  type FrameError,
  type FrameMessage,
  isInitMessage,
  type InitMessage,
  type ParentMessage,
} from './protocol.js';
import { applyTheme } from './theme.js';
import { createPaymentMethod, type CardPayload } from './tokenize.js';

type Name = 'number' | 'expiry' | 'cvc' | 'name';
/** Visual order: errors are reported, and focus goes, to the first invalid of these. */
const NAMES: readonly Name[] = ['number', 'expiry', 'cvc', 'name'];
/** An empty field names itself; the shared rules in lib/card.ts only know that something is missing. */
const MISSING = { number: 'validation.cardNumberRequired', expiry: 'validation.expiryRequired', cvc: 'validation.cvcRequired', name: 'validation.nameRequired' } as const;
/** Where a provider 400's `param` lands. */
const PARAMS: Readonly<Record<string, Name>> = { 'card.number': 'number', 'card.expMonth': 'expiry', 'card.expYear': 'expiry', 'card.cvc': 'cvc', 'card.name': 'name' };

const byId = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
const each = <T>(make: (name: Name) => T) => Object.fromEntries(NAMES.map((name) => [name, make(name)])) as Record<Name, T>;
const form = byId<HTMLFormElement>('form');
const inputs = each((name) => byId<HTMLInputElement>(name));
const errorTexts = each((name) => byId(`${name}-error`));
const brandBox = byId('brand');
const brandName = byId('brand-name');
const cvcHint = byId('cvc-hint');
const nameField = byId('name-field');

/** Card data goes to the provider that served this page, never to a URL the embedding page names. */
const apiBase = location.pathname.endsWith(FRAME_PATH) ? location.origin + location.pathname.slice(0, -FRAME_PATH.length) : null;
/** Chromium and WebKit say who embeds us before any message arrives; elsewhere the first init pins it. */
const ancestor = location.ancestorOrigins?.[0];
const embedded = window.parent !== window;

let settings: InitMessage | null = null;
let parentOrigin: string | null = null;
let brand: CardBrand | null = null;
/** After the first validate or tokenize every field reports as it is edited, as the form's own fields do. */
let attempted = false;
/** Fields the customer has left with something typed: they report as they are edited from then on. */
const touched = new Set<Name>();
/** Fields showing the provider's verdict, which stands until the customer edits them. */
const refused = new Set<Name>();
const shown: Partial<Record<Name, FrameError>> = {};
let lastHeight = -1;
let queue: Promise<unknown> = Promise.resolve();
/** The customer's edits since this page loaded, so the parent can tell "same card" from "changed card" without seeing it. */
let edits = 0;

function post(message: FrameMessage): void {
  if (embedded && parentOrigin) window.parent.postMessage(message, parentOrigin);
}

const active = (): readonly Name[] => (settings?.collectName ? NAMES : NAMES.slice(0, 3));

function check(name: Name): FrameError | null {
  const value = inputs[name].value;
  if (!value.trim()) return { key: MISSING[name] };
  const error = name === 'number' ? validateCardNumber(value) : name === 'expiry' ? validateExpiry(value) : name === 'cvc' ? validateCvc(value, brand) : null;
  return error as FrameError | null;
}

function describe(name: Name): void {
  // An empty list is a valid value that names nothing.
  const ids = [name === 'number' && brand ? 'brand-name' : '', name === 'cvc' ? 'cvc-hint' : '', shown[name] ? `${name}-error` : ''];
  inputs[name].setAttribute('aria-describedby', ids.join(' ').trim());
}

/** The error text sits next to its input in a polite live region, so it is announced as it appears. */
function show(name: Name, error: FrameError | null): void {
  if (error) shown[name] = error;
  else delete shown[name];
  inputs[name].setAttribute('aria-invalid', `${!!error}`);
  const text = error ? (settings?.messages.errors?.[frameErrorId(error)] ?? '') : '';
  if (errorTexts[name].textContent !== text) errorTexts[name].textContent = text;
  describe(name);
}

function refresh(name: Name): void {
  if ((attempted || touched.has(name)) && !refused.has(name)) show(name, check(name));
}

/** State only: whether anything is typed, whether all of it is valid, the brand, the first shown error (a key and at most a count). */
function postChange(): void {
  const names = active();
  post({
    type: 'xpay:change',
    edits,
    empty: names.every((name) => !inputs[name].value.trim()),
    complete: names.every((name) => !check(name)),
    brand: brand?.id ?? null,
    error: names.map((name) => shown[name]).find(Boolean) ?? null,
  });
}

function showBrand(): void {
  const messages = settings?.messages;
  brandBox.querySelector('svg')?.remove();
  if (brand) brandBox.append(brandMark(brand.id));
  brandName.textContent = brand ? (messages?.brands?.[brand.id] ?? brand.name) : '';
  cvcHint.textContent = messages?.cvcHints?.[brand?.id ?? ''] ?? '';
  const length = cvcLength(brand);
  inputs.cvc.maxLength = length;
  if (inputs.cvc.value.length > length) inputs.cvc.value = inputs.cvc.value.slice(0, length);
  describe('number');
}

function onNumberInput(): void {
  const input = inputs.number;
  const caret = input.selectionStart ?? input.value.length;
  const { formatted, brand: next } = formatCardNumber(input.value);
  const nextCaret = caretAfterFormat(input.value, caret, formatted);
  input.value = formatted;
  if (document.activeElement === input) input.setSelectionRange(nextCaret, nextCaret);
  if (next !== brand) {
    brand = next;
    showBrand();
    if (inputs.cvc.value) refresh('cvc');
  }
  refresh('number');
}

/** Backspace right after a group space deletes the digit before it, not the space the formatter restores. */
function onNumberBeforeInput(event: InputEvent): void {
  const input = inputs.number;
  const caret = input.selectionStart ?? 0;
  if (event.inputType === 'deleteContentBackward' && caret === input.selectionEnd && input.value[caret - 1] === ' ') input.setSelectionRange(caret - 1, caret - 1);
}

function onExpiryInput(event: Event): void {
  const deleting = (event as InputEvent).inputType?.startsWith('delete') ?? false;
  inputs.expiry.value = formatExpiryInput(inputs.expiry.value, deleting);
  refresh('expiry');
}

function onCvcInput(): void {
  inputs.cvc.value = digitsOnly(inputs.cvc.value).slice(0, cvcLength(brand));
  refresh('cvc');
}

function validateAll(focus: boolean): boolean {
  attempted = true;
  refused.clear();
  const names = active();
  for (const name of names) show(name, check(name));
  const first = names.find((name) => shown[name]);
  if (first && focus) inputs[first].focus();
  postChange();
  return !first;
}

function focusFirst(): void {
  inputs[active().find((name) => shown[name]) ?? 'number'].focus();
}

function clear(): void {
  attempted = false;
  touched.clear();
  refused.clear();
  for (const name of NAMES) {
    inputs[name].value = '';
    show(name, null);
  }
  brand = null;
  showBrand();
  edits += 1;
  postChange();
}

async function tokenize(idempotencyKey: string): Promise<void> {
  const fail = (code: string, param: string | null = null) => post({ type: 'xpay:tokenize-failed', idempotencyKey, code, param });
  if (!settings || !apiBase) return fail('card_frame_unavailable');
  if (!validateAll(true)) return fail('card_invalid');
  const { sessionId, clientSecret, collectName } = settings;
  const expiry = parseExpiry(inputs.expiry.value)!;
  const card: CardPayload = { number: digitsOnly(inputs.number.value), expMonth: expiry.month, expYear: expiry.year, cvc: digitsOnly(inputs.cvc.value) };
  if (collectName) card.name = inputs.name.value.trim();
  const url = `${apiBase}/checkout/sessions/${encodeURIComponent(sessionId)}/client/payment-methods`;
  const result = await createPaymentMethod(url, clientSecret, idempotencyKey, card);
  if (result.ok) return post({ type: 'xpay:tokenized', idempotencyKey, paymentMethod: result.paymentMethod });
  const name = result.param ? PARAMS[result.param] : undefined;
  if (name && active().includes(name)) {
    refused.add(name);
    show(name, { key: settings.messages.codes?.[result.code] ?? 'validation.rejected' });
    inputs[name].focus();
    postChange();
  }
  fail(result.code, result.param);
}

function disable(disabled: unknown): void {
  for (const input of Object.values(inputs)) input.disabled = disabled === true;
}

/** First set-up, and every later one (language, theme): what was typed stays. */
function init(data: InitMessage): void {
  const { messages } = data;
  settings = data;
  const root = document.documentElement;
  root.lang = data.locale || 'en';
  root.dir = data.dir === 'rtl' ? 'rtl' : 'ltr';
  document.title = messages.title ?? '';
  applyTheme(data.theme as Readonly<Record<string, unknown>>);
  for (const name of NAMES) document.querySelector(`[for=${name}]`)!.textContent = messages[name] ?? '';
  inputs.expiry.placeholder = messages.expiryPlaceholder ?? '';
  nameField.hidden = !data.collectName;
  if (!data.collectName) delete shown.name;
  disable(data.disabled);
  showBrand();
  // Errors re-rendered in the new language; every input gets its aria-invalid and descriptions.
  for (const name of NAMES) show(name, shown[name] ?? null);
  form.hidden = false;
  postChange();
}

function onMessage(event: MessageEvent): void {
  // The exact types below are the filter: anything else is dropped.
  if (!embedded || event.source !== window.parent || typeof event.data?.type !== 'string') return;
  const data = event.data as ParentMessage;
  if (data.type === 'xpay:init') {
    if (event.origin !== (parentOrigin ?? ancestor ?? event.origin) || !isInitMessage(data)) return;
    parentOrigin = event.origin;
    init(data);
    return;
  }
  if (!settings || event.origin !== parentOrigin) return;
  if (data.type === 'xpay:tokenize' && typeof data.idempotencyKey === 'string' && data.idempotencyKey) {
    // One at a time, so a second pay press never races the first request.
    queue = queue.then(() => tokenize(data.idempotencyKey));
  } else if (data.type === 'xpay:validate') {
    post({ type: 'xpay:validated', requestId: Number(data.requestId), valid: validateAll(data.focus === true) });
  } else if (data.type === 'xpay:focus-input') {
    focusFirst();
  } else if (data.type === 'xpay:clear') {
    clear();
  } else if (data.type === 'xpay:disabled') {
    disable(data.disabled);
  }
}

inputs.number.addEventListener('beforeinput', onNumberBeforeInput);
inputs.number.addEventListener('input', onNumberInput);
inputs.expiry.addEventListener('input', onExpiryInput);
inputs.cvc.addEventListener('input', onCvcInput);
inputs.name.addEventListener('input', () => refresh('name'));
for (const name of NAMES) {
  const input = inputs[name];
  // Every edit is a change the parent counts (a different card must never replay an old token).
  input.addEventListener('input', () => {
    edits += 1;
    postChange();
  });
  input.addEventListener('input', () => refused.delete(name), true);
  input.addEventListener('blur', () => {
    if (input.value.trim()) touched.add(name);
    const before = errorTexts[name].textContent;
    refresh(name);
    if (errorTexts[name].textContent !== before) postChange();
  });
}
form.addEventListener('submit', (event) => event.preventDefault());
form.addEventListener('keydown', (event) => {
  if (event.key !== 'Enter' || event.isComposing) return;
  event.preventDefault();
  post({ type: 'xpay:submit' });
});
addEventListener('focus', () => post({ type: 'xpay:focus' }));
addEventListener('blur', () => post({ type: 'xpay:blur' }));
addEventListener('message', onMessage);
// The parent sizes the frame to its content: no inner scrollbar, and it grows as errors appear.
new ResizeObserver(() => {
  const height = Math.ceil(document.body.getBoundingClientRect().height);
  if (settings && height !== lastHeight) {
    lastHeight = height;
    post({ type: 'xpay:resize', height });
  }
}).observe(document.body);
// Nothing but "I am here" before init: it names no data, so any embedding origin may hear it.
if (embedded) window.parent.postMessage({ type: 'xpay:frame-ready' } satisfies FrameMessage, ancestor ?? '*');
