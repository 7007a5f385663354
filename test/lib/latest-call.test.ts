import { expect } from '@open-wc/testing';
import { createLatestCall } from '../../src/lib/latest-call.js';
import { sleep } from '../support/spies.js';

/** A request that records its calls and settles only when its signal aborts or the test says so. */
function fakeRequest() {
  const calls: { args: string; signal: AbortSignal; answer: (value: string) => void; fail: (error: unknown) => void }[] = [];
  const run = (args: string, signal: AbortSignal) =>
    new Promise<string>((answer, fail) => {
      calls.push({ args, signal, answer, fail });
      signal.addEventListener('abort', () => fail(signal.reason));
    });
  return { calls, run };
}

describe('createLatestCall', () => {
  it('runs once, with the last arguments, after the delay', async () => {
    const { calls, run } = fakeRequest();
    const call = createLatestCall(run, { delayMs: 30 });
    const first = call.schedule('1');
    await sleep(10);
    const second = call.schedule('2');
    const third = call.schedule('3');
    await sleep(10);
    expect(calls).to.have.length(0);
    expect(await first).to.equal(undefined);
    expect(await second).to.equal(undefined);
    await sleep(40);
    expect(calls.map((c) => c.args)).to.deep.equal(['3']);
    calls[0].answer('three');
    expect(await third).to.equal('three');
  });

  it('aborts the running request when a newer one starts; the older resolves undefined', async () => {
    const { calls, run } = fakeRequest();
    const call = createLatestCall(run, { delayMs: 5 });
    const older = call.schedule('old');
    await sleep(20);
    expect(calls).to.have.length(1);
    const newer = call.schedule('new');
    expect(calls[0].signal.aborted).to.be.true;
    expect(await older).to.equal(undefined);
    await sleep(20);
    calls[1].answer('fresh');
    expect(await newer).to.equal('fresh');
  });

  it('ignores a superseded answer that arrives late despite the abort', async () => {
    const call = createLatestCall(async (args: string) => {
      await sleep(args === 'slow' ? 40 : 0);
      return args;
    }, { delayMs: 5 });
    const slow = call.schedule('slow');
    await sleep(15);
    const fast = call.schedule('fast');
    expect(await fast).to.equal('fast');
    expect(await slow).to.equal(undefined);
  });

  it('passes on a failure of the latest request', async () => {
    const { calls, run } = fakeRequest();
    const call = createLatestCall(run, { delayMs: 5 });
    const pending = call.schedule('x');
    await sleep(20);
    calls[0].fail(new Error('offline'));
    const error = await pending.then(() => null, (reason: Error) => reason);
    expect(error?.message).to.equal('offline');
  });

  it('cancel() drops the pending call and aborts the running one', async () => {
    const { calls, run } = fakeRequest();
    const call = createLatestCall(run, { delayMs: 10 });
    const pending = call.schedule('never');
    call.cancel();
    expect(await pending).to.equal(undefined);
    await sleep(30);
    expect(calls).to.have.length(0);

    const running = call.schedule('running');
    await sleep(30);
    call.cancel();
    expect(calls[0].signal.aborted).to.be.true;
    expect(await running).to.equal(undefined);
  });
});
