// Server commands for tests of the card frame. The frame is cross-origin, so page JavaScript
// cannot reach into it (that is the point); these commands drive it from outside through
// puppeteer, with the real keyboard and mouse, the way a customer does.

const FRAME_PATH = '/checkout/frames/card.html';
const FIELDS = new Set(['number', 'expiry', 'cvc', 'name']);

/** The iframe element's `name`, which `<xpay-card-input>` makes unique per frame. */
async function nameOf(frame) {
  const element = await frame.frameElement().catch(() => null);
  return element ? element.evaluate((iframe) => iframe.name).catch(() => null) : null;
}

/**
 * The card frame named `name` (or the page's last one), once its form is showing (after init).
 * Also what test/examples/run.mjs pays through.
 */
export async function cardFrame(page, { name, initialised = true, timeout = 10000 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const frames = page.frames().filter((frame) => !frame.detached && frame.url().includes(FRAME_PATH));
    let frame = name ? undefined : frames.at(-1);
    if (name) for (const candidate of frames) if ((await nameOf(candidate)) === name) frame = candidate;
    if (frame && !initialised) return frame;
    if (frame) {
      const shown = await frame.$('#form:not([hidden])').catch(() => null);
      if (shown) return frame;
    }
    if (Date.now() > deadline) throw new Error(`no initialised card frame (found ${frames.length})`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function fieldOf(payload) {
  const field = payload?.field ?? 'number';
  if (!FIELDS.has(field)) throw new Error(`unknown card field ${field}`);
  return field;
}

/** Counts input events inside the frame, so a test knows how many `xpay:change` messages to expect. */
async function countInputs(frame) {
  await frame.evaluate(() => {
    if (window.__xpayInputs === undefined) {
      window.__xpayInputs = 0;
      document.addEventListener('input', () => (window.__xpayInputs += 1), true);
    }
  });
  return () => frame.evaluate(() => window.__xpayInputs);
}

/** What the frame shows: values, ARIA, texts and focus, read from its DOM. */
function snapshot() {
  const byId = (id) => document.getElementById(id);
  const field = (name) => {
    const input = byId(name);
    return {
      value: input.value,
      label: document.querySelector(`label[for=${name}]`)?.textContent ?? '',
      ariaInvalid: input.getAttribute('aria-invalid'),
      describedBy: input.getAttribute('aria-describedby') ?? '',
      error: byId(`${name}-error`)?.textContent ?? '',
      errorLive: byId(`${name}-error`)?.getAttribute('aria-live') ?? null,
      placeholder: input.placeholder,
      maxLength: input.maxLength,
      disabled: input.disabled,
      dir: input.dir,
      direction: getComputedStyle(input).direction,
      visible: input.getClientRects().length > 0,
    };
  };
  const svg = byId('brand').querySelector('svg');
  return {
    origin: location.origin,
    title: document.title,
    lang: document.documentElement.lang,
    dir: document.documentElement.dir,
    brand: svg?.getAttribute('data-brand') ?? null,
    brandName: byId('brand-name').textContent,
    cvcHint: byId('cvc-hint').textContent,
    active: document.activeElement?.id ?? null,
    hasFocus: document.hasFocus(),
    scrollbars: document.documentElement.scrollHeight > innerHeight || document.documentElement.scrollWidth > innerWidth,
    fields: { number: field('number'), expiry: field('expiry'), cvc: field('cvc'), name: field('name') },
  };
}

const commands = {
  /** The page, frames included, as a PNG at `path`: the only way to look at a frame a test cannot read. */
  async 'card-frame:screenshot'(page, payload) {
    await page.screenshot({ path: payload.path, fullPage: true });
    return true;
  },
  /** Clicks into a field and types with the real keyboard; returns how many input events fired. */
  async 'card-frame:type'(page, payload) {
    const frame = await cardFrame(page, payload);
    const field = fieldOf(payload);
    const inputs = await countInputs(frame);
    const before = await inputs();
    const input = await frame.$(`#${field}`);
    await input.click();
    if (payload.replace) {
      await frame.evaluate((el) => el.select(), input);
      await page.keyboard.press('Backspace');
    }
    if (payload.text) await page.keyboard.type(payload.text);
    return (await inputs()) - before;
  },
  /** A key or a chord such as `Shift+Tab`, pressed with the real keyboard wherever focus is. */
  async 'card-frame:press'(page, payload) {
    const keys = String(payload.key).split('+');
    const key = keys.pop();
    for (const modifier of keys) await page.keyboard.down(modifier);
    await page.keyboard.press(key);
    for (const modifier of keys.reverse()) await page.keyboard.up(modifier);
    return true;
  },
  async 'card-frame:click'(page, payload) {
    const frame = await cardFrame(page, payload);
    await (await frame.$(`#${fieldOf(payload)}`)).click();
    return true;
  },
  async 'card-frame:read'(page, payload) {
    return (await cardFrame(page, payload)).evaluate(snapshot);
  },
  /** A computed style inside the frame, e.g. the number input's border colour. */
  async 'card-frame:style'(page, payload) {
    const frame = await cardFrame(page, payload);
    return frame.evaluate(
      (selector, property) => {
        const element = document.querySelector(selector);
        return element ? getComputedStyle(element).getPropertyValue(property) : null;
      },
      payload.selector,
      payload.property,
    );
  },
  /**
   * Runs in the card-frame page named `from` (a second copy on the provider's origin, never
   * initialised): posts `message` to the parent page and to every other frame of it, as a
   * forger with the right origin but the wrong window would.
   */
  async 'card-frame:post-from'(page, payload) {
    const frame = await cardFrame(page, { name: payload.from, initialised: false });
    return frame.evaluate((message) => {
      window.parent.postMessage(message, '*');
      for (let i = 0; i < window.parent.frames.length; i += 1) {
        if (window.parent.frames[i] !== window) window.parent.frames[i].postMessage(message, '*');
      }
      return window.parent.frames.length;
    }, payload.message);
  },
  /**
   * Makes the next `count` requests whose URL contains `match` (payment-method POSTs unless
   * told otherwise) fail at the network level, or stops doing so with `count: 0`.
   */
  async 'card-frame:fail-network'(page, payload) {
    let remaining = payload.count ?? 0;
    const match = payload.match ?? '/client/payment-methods';
    const state = (page.__xpayFailNetwork ??= { handler: null, seen: [] });
    if (state.handler) {
      page.off('request', state.handler);
      state.handler = null;
      await page.setRequestInterception(false);
    }
    state.seen = [];
    if (remaining <= 0) return true;
    state.handler = (request) => {
      if (request.isInterceptResolutionHandled()) return;
      if (request.url().includes(match) && request.method() !== 'OPTIONS') {
        state.seen.push(request.headers()['idempotency-key'] ?? null);
        if (remaining > 0) {
          remaining -= 1;
          request.abort('internetdisconnected');
          return;
        }
      }
      request.continue();
    };
    await page.setRequestInterception(true);
    page.on('request', state.handler);
    return true;
  },
  /** The Idempotency-Keys of the payment-method requests seen since fail-network was set. */
  async 'card-frame:network-log'(page) {
    return page.__xpayFailNetwork?.seen ?? [];
  },
};

export function cardFrameCommands() {
  return {
    name: 'card-frame-commands',
    async executeCommand({ command, payload, session }) {
      const run = commands[command];
      if (!run) return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`${command} needs puppeteer (chromeLauncher)`);
      return run(session.browser.getPage(session.id), payload ?? {});
    },
  };
}
