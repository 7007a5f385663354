// Server commands for the layout tests, run through puppeteer (chromeLauncher):
//
// - `layout:screenshot` saves the viewport as the browser paints it, the cross-origin card frame
//   included (no in-page capture can read it), as test-artifacts/screens/<name>.png, for people
//   to look at; nothing compares them. The viewport only: Chromium leaves out-of-process frames
//   blank in a capture beyond it, so a test that wants the whole page makes the viewport as tall
//   as the page first.
// - `layout:frame-boxes` reads where elements sit inside the card frame (which page JavaScript
//   cannot reach), in the frame's own coordinates.
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const SCREENS = fileURLToPath(new URL('../../test-artifacts/screens/', import.meta.url));
const FRAME_PATH = '/checkout/frames/card.html';

const commands = {
  async 'layout:screenshot'(page, { name }) {
    // A name, never a path: the test cannot write anywhere else.
    if (!/^[a-z0-9-]{1,80}$/.test(String(name))) throw new Error(`screenshot name must be lower-case letters, digits and dashes: ${JSON.stringify(name)}`);
    await mkdir(SCREENS, { recursive: true });
    await page.screenshot({ path: `${SCREENS}${name}.png`, captureBeyondViewport: false });
    return `test-artifacts/screens/${name}.png`;
  },
  async 'layout:frame-boxes'(page, { selectors }) {
    const frame = page.frames().filter((candidate) => !candidate.detached && candidate.url().includes(FRAME_PATH)).at(-1);
    if (!frame) throw new Error('no card frame on the page');
    return frame.evaluate(
      (list) =>
        list.map((selector) => {
          const rect = document.querySelector(selector)?.getBoundingClientRect();
          return rect ? { top: rect.top, bottom: rect.bottom, left: rect.left, right: rect.right } : null;
        }),
      selectors,
    );
  },
};

export function layoutCommands() {
  return {
    name: 'layout-commands',
    async executeCommand({ command, payload, session }) {
      const run = commands[command];
      if (!run) return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`${command} needs puppeteer (chromeLauncher)`);
      return run(session.browser.getPage(session.id), payload ?? {});
    },
  };
}
