// @ts-check
// `npm run sandbox`: the sandbox API on PORT (default 4242) until Ctrl-C.
import { startSandbox } from './server.mjs';

const port = Number(process.env.PORT ?? 4242);
const host = process.env.HOST ?? '127.0.0.1';
const sandbox = await startSandbox({ port, host });
console.log(`xpay sandbox API listening: ${sandbox.apiBase}`);
console.log('Create a session: POST /v1/checkout/sessions with "Authorization: Bearer sk_test_..." (see sandbox/README.md)');

let stopping = false;
/** @param {NodeJS.Signals} signal */
async function stop(signal) {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: closing the sandbox`);
  await sandbox.close();
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
