import { expect } from '@open-wc/testing';
import { createSession, testEnv } from '../support/sandbox.js';

// CONTRACT §5, with `img-src` for the frame's card-brand icons.
const FRAME_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; frame-ancestors *";

/** A frames URL on the sandbox, under one of its test aliases or none. */
const framesUrl = (file: string, alias: 'test-frames-fixture' | 'test-frames-missing' | 'test-frames-slow' | null = 'test-frames-fixture') =>
  `${testEnv.origin}${alias ? `/${alias}` : ''}/v1/checkout/frames/${file}`;

function expectFrameHeaders(res: Response) {
  expect(res.headers.get('Content-Security-Policy'), res.url).to.equal(FRAME_CSP);
  expect(res.headers.get('X-Content-Type-Options'), res.url).to.equal('nosniff');
}

async function expectMissing(url: string) {
  const res = await fetch(url);
  expect(res.status, url).to.equal(404);
  expectFrameHeaders(res);
  expect((await res.json()).error.code).to.equal('resource_missing');
}

describe('sandbox: card frame files', () => {
  it('serves each frame file type with its Content-Type, the frame CSP and nosniff', async () => {
    const types: [string, string][] = [
      ['probe.html', 'text/html; charset=utf-8'],
      ['probe.js', 'text/javascript; charset=utf-8'],
      ['probe.css', 'text/css; charset=utf-8'],
      ['probe.svg', 'image/svg+xml'],
      ['nested/deep.css', 'text/css; charset=utf-8'],
    ];
    for (const [file, type] of types) {
      const res = await fetch(framesUrl(file));
      expect(res.status, file).to.equal(200);
      expect(res.headers.get('Content-Type'), file).to.equal(type);
      expect(res.headers.get('Cache-Control'), file).to.equal('no-cache');
      expectFrameHeaders(res);
    }
    expect(await (await fetch(framesUrl('probe.html'))).text()).to.contain('<script type="module" src="probe.js"></script>');
  });

  it('answers a revalidation with 304 while the file is unchanged', async () => {
    const first = await fetch(framesUrl('probe.js'), { cache: 'no-store' });
    const etag = first.headers.get('ETag');
    expect(etag).to.match(/^W\/"[\da-f]+-[\da-f]+"$/);
    const again = await fetch(framesUrl('probe.js'), { cache: 'no-store', headers: { 'If-None-Match': etag! } });
    expect(again.status).to.equal(304);
    expectFrameHeaders(again);
  });

  it('answers HEAD without a body', async () => {
    const res = await fetch(framesUrl('probe.css'), { method: 'HEAD' });
    expect(res.status).to.equal(200);
    expect(Number(res.headers.get('Content-Length'))).to.be.greaterThan(0);
    expect(await res.text()).to.equal('');
  });

  it('answers 404, with the frame headers, for a missing file or a type it does not serve', async () => {
    await expectMissing(framesUrl('nope.html'));
    await expectMissing(framesUrl('notes.txt'));
    await expectMissing(framesUrl('nested'));
    await expectMissing(framesUrl('nested/'));
  });

  it('refuses every way out of the frames folder', async () => {
    // The fixture folder is sandbox/frames-fixture, so ../server.mjs would be real source. (A
    // literal or %2e%2e dot segment never arrives: the URL parser resolves it on the way.)
    for (const escape of ['..%2Fserver.mjs', '%2e%2e%2Fserver.mjs', 'nested%2F..%2F..%2Fserver.mjs', '..%5Cserver.mjs', '%2E%2E/server.mjs', 'nested/..%2Fprobe.js', '%252e%252e%252Fserver.mjs']) {
      const res = await fetch(framesUrl(escape));
      expect(res.status, escape).to.equal(404);
      expect(await res.text(), escape).to.not.contain('startSandbox');
    }
  });

  it('serves the built dist/frames/card.html under the frame CSP, or a 404 with it until it is built', async () => {
    const res = await fetch(framesUrl('card.html', null));
    expectFrameHeaders(res);
    if (res.status === 200) {
      expect(res.headers.get('Content-Type')).to.equal('text/html; charset=utf-8');
    } else {
      expect(res.status).to.equal(404);
    }
  });
});

describe('sandbox: frame test aliases', () => {
  /** The whole API under an alias: create with the merchant key, load with the client secret. */
  async function loadThrough(alias: string) {
    const s = await createSession();
    const res = await fetch(`${testEnv.origin}/${alias}/v1/checkout/sessions/${s.id}/client`, { headers: { Authorization: `Bearer ${s.clientSecret}` } });
    expect(res.status, alias).to.equal(200);
    expect((await res.json()).id).to.equal(s.id);
  }

  it('test-frames-missing: every API route works, frames answer 404', async () => {
    await loadThrough('test-frames-missing');
    await expectMissing(framesUrl('card.html', 'test-frames-missing'));
    await expectMissing(framesUrl('probe.html', 'test-frames-missing'));
  });

  it('test-frames-slow: every API route answers at once, frames do not', async () => {
    await loadThrough('test-frames-slow');
    const controller = new AbortController();
    let settled = false;
    const pending = fetch(framesUrl('card.html', 'test-frames-slow'), { signal: controller.signal }).then(
      () => (settled = true),
      () => undefined,
    );
    // A second of silence stands for the 30 s; the frame file must not have answered by then.
    const second = new Promise((resolve) => setTimeout(resolve, 1000));
    await Promise.race([pending, second]);
    expect(settled).to.equal(false);
    controller.abort();
    await pending;
  });

  it('an unknown alias is not one', async () => {
    const res = await fetch(`${testEnv.origin}/test-frames-other/v1/checkout/frames/probe.html`);
    expect(res.status).to.equal(404);
    expect(res.headers.get('Content-Security-Policy')).to.equal(null);
  });
});
