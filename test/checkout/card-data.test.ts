import { expect, fixtureCleanup } from '@open-wc/testing';
import { mountCheckout, recordEvents, waitForState } from '../support/checkout.js';
import { cardInput, fill, fillCard, payButton } from '../support/form.js';
import { createSession, merchantRequest, testEnv } from '../support/sandbox.js';
import { spyOnConsole } from '../support/spies.js';

/** Everything the merchant page's own JavaScript could see go over the wire: URLs and bodies. */
function recordRequests() {
  const seen: string[] = [];
  const realFetch = window.fetch;
  const realOpen = XMLHttpRequest.prototype.open;
  const realSend = XMLHttpRequest.prototype.send;
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    seen.push(request.url, await request.clone().text());
    return realFetch(input, init);
  };
  XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, method: string, url: string | URL, ...rest: unknown[]) {
    seen.push(String(url));
    return (realOpen as (...args: unknown[]) => void).call(this, method, url, ...rest);
  };
  XMLHttpRequest.prototype.send = function (this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) {
    seen.push(String(body ?? ''));
    return realSend.call(this, body);
  };
  return {
    seen,
    restore() {
      window.fetch = realFetch;
      XMLHttpRequest.prototype.open = realOpen;
      XMLHttpRequest.prototype.send = realSend;
    },
  };
}

/** The detail of every event dispatched in the page, the widget's internal ones included. */
function recordEveryEventDetail() {
  const details: string[] = [];
  const realDispatch = EventTarget.prototype.dispatchEvent;
  EventTarget.prototype.dispatchEvent = function (this: EventTarget, event: Event) {
    if (event instanceof CustomEvent) details.push(`${event.type} ${JSON.stringify(event.detail) ?? ''}`);
    if (event instanceof MessageEvent) details.push(`${event.type} ${JSON.stringify(event.data) ?? ''}`);
    return realDispatch.call(this, event);
  };
  const onMessage = (event: MessageEvent) => details.push(`message ${JSON.stringify(event.data)}`);
  window.addEventListener('message', onMessage, true);
  return {
    details,
    restore() {
      EventTarget.prototype.dispatchEvent = realDispatch;
      window.removeEventListener('message', onMessage, true);
    },
  };
}

/** Markup and every form value, through every shadow root. */
function everyShadowRoot(root: Document | ShadowRoot, into = { markup: [] as string[], values: [] as string[] }) {
  for (const node of root.querySelectorAll('*')) {
    into.markup.push(node.outerHTML);
    if (node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement || node instanceof HTMLSelectElement) into.values.push(node.value);
    if (node.shadowRoot) everyShadowRoot(node.shadowRoot, into);
  }
  return into;
}

describe('card data never exists in the merchant page (PCI DSS SAQ A)', () => {
  afterEach(() => fixtureCleanup());

  it('after a whole payment, the number and CVC appear in no DOM, request, event, console line, storage or cookie', async () => {
    const number = '4242424242424242';
    const cvc = '987';
    const requests = recordRequests();
    const events = recordEveryEventDetail();
    const consoleSpy = spyOnConsole();
    let frame: HTMLIFrameElement | null | undefined;
    const session = await createSession({ merchantName: 'Secret Shop' });
    try {
      const element = await mountCheckout({ clientSecret: session.clientSecret });
      const publicEvents = recordEvents(element);
      await waitForState(element, 'open');
      await fill(element, 'customerDetails.email', 'secret@example.com');
      await fillCard(element, number, '12 / 34', cvc);
      frame = (await cardInput(element)).shadowRoot?.querySelector('iframe');
      (await payButton(element)).click();
      await waitForState(element, 'complete', 15000);
      events.details.push(JSON.stringify(publicEvents));
    } finally {
      consoleSpy.restore();
      events.restore();
      requests.restore();
    }
    // The confirm went through this page's fetch: the check below really sees the widget's traffic.
    expect(requests.seen.some((text) => text.includes('"paymentMethod":{"type":"card","id":"pm_'))).to.equal(true);
    expect(requests.seen.some((text) => text.includes('/client/payment-methods')), 'tokenization is the frame’s, not the page’s').to.equal(false);
    const dom = everyShadowRoot(document);
    const data = [
      ...requests.seen,
      ...events.details,
      ...consoleSpy.lines,
      ...performance.getEntriesByType('resource').map((entry) => entry.name),
      JSON.stringify({ ...localStorage }),
      JSON.stringify({ ...sessionStorage }),
      document.cookie,
      ...dom.values,
    ];
    const grouped = '4242 4242 4242 4242';
    for (const text of [...data, ...dom.markup]) {
      expect(text).to.not.include(number);
      expect(text).to.not.include(grouped);
    }
    // Three digits alone occur by chance in ids and amounts; a CVC would travel under its key or sit in an input.
    for (const text of data) expect(text).to.not.include('"cvc"');
    expect(dom.values).to.not.include(cvc);
    // The frame was truly another origin: the page could not even look inside it.
    expect(frame, 'the card frame').to.exist;
    expect(new URL(frame!.src).origin).to.equal(new URL(testEnv.apiBase).origin);
    expect(new URL(testEnv.apiBase).origin).to.not.equal(location.origin);
    // The provider saw card data exactly once: the tokenization, sent by the frame from its own origin.
    const audit = await merchantRequest<{ data: { endpoint: string; origin: string | null }[] }>('GET', `/sandbox/sessions/${session.id}/card-data-requests`);
    expect(audit.body.data).to.deep.equal([{ endpoint: 'payment-methods', origin: new URL(testEnv.apiBase).origin }]);
  });
});
