// The built frame (run `npx vite build -c vite.frames.config.ts` first) as the sandbox serves it.
import { expect } from '@open-wc/testing';
import { testEnv } from '../support/sandbox.js';

const FRAME_URL = `${testEnv.apiBase}/checkout/frames/card.html`;
/** Everything the frame loads, gzip as the browser's CompressionStream counts it (KB = 1024, as in size-budget.ts). */
const FRAME_BUDGET = 6 * 1024;

async function gzipSize(bytes: ArrayBuffer): Promise<number> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('gzip'));
  return (await new Response(stream).arrayBuffer()).byteLength;
}

async function load(url: string) {
  const response = await fetch(url);
  expect(response.status, url).to.equal(200);
  return { response, bytes: await response.arrayBuffer() };
}

describe('card frame: the built page', () => {
  it('is served with the strict frame CSP, and needs nothing that CSP forbids', async () => {
    const { response, bytes } = await load(FRAME_URL);
    const csp = response.headers.get('content-security-policy') ?? '';
    for (const directive of ["default-src 'none'", "script-src 'self'", "style-src 'self'", "connect-src 'self'"]) expect(csp).to.include(directive);

    const page = new DOMParser().parseFromString(new TextDecoder().decode(bytes), 'text/html');
    expect(page.querySelectorAll('style, [style]'), 'no inline style').to.have.length(0);
    const scripts = [...page.querySelectorAll('script')];
    expect(scripts).to.have.length(1);
    for (const script of scripts) expect(script.getAttribute('src'), 'no inline script').to.match(/^\.\/[\w-]+\.js$/);
    expect(page.querySelectorAll('[onclick], [onload], [oninput], [onerror]')).to.have.length(0);
    for (const link of page.querySelectorAll('link')) expect(link.getAttribute('href')).to.match(/^\.\/[\w-]+\.css$/);
  });

  it(`loads at most ${FRAME_BUDGET / 1024} KB gzip in all, from its own folder only`, async () => {
    const { bytes } = await load(FRAME_URL);
    const page = new DOMParser().parseFromString(new TextDecoder().decode(bytes), 'text/html');
    const files = [...page.querySelectorAll('script[src], link[href]')].map((element) => new URL(element.getAttribute('src') ?? element.getAttribute('href')!, FRAME_URL).href);
    let total = await gzipSize(bytes);
    for (const file of files) {
      expect(new URL(file).origin).to.equal(testEnv.origin);
      const loaded = await load(file);
      const text = new TextDecoder().decode(loaded.bytes);
      expect(text, `${file} parses no markup`).not.to.match(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
      expect(text, `${file} loads nothing from elsewhere`).not.to.match(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
      total += await gzipSize(loaded.bytes);
    }
    expect(total, `the frame loads ${total} bytes gzip`).to.be.at.most(FRAME_BUDGET);
  });
});
