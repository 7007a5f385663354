// One definition of how tests launch Debian's Chromium, for web-test-runner and for vitest.
// As root it needs --no-sandbox; the rest keep it off this machine's closed network.
export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
