// @ts-check
// `sandbox` on create: switches that make client loads and confirms misbehave on purpose (and one
// that makes one-time codes expire sooner), so the widget's retry, error, schema, unanswered-payment
// and expired-code paths can be exercised against a real server.
import { HttpError } from './http.mjs';
import { newId } from './ids.mjs';

/** @typedef {import('./sessions.mjs').SessionRecord} SessionRecord */

/**
 * What a simulated failure answers, by status; any other status gets `simulated_failure`.
 * @type {Readonly<Record<number, { code: string, type: string, message: string }>>}
 */
const SIMULATED = Object.freeze({
  401: { code: 'unauthorized', type: 'invalid_request_error', message: 'Simulated refusal of the client secret (sandbox.failLoads).' },
  404: { code: 'session_not_found', type: 'invalid_request_error', message: 'Simulated missing session (sandbox.failLoads).' },
  410: { code: 'session_expired', type: 'invalid_request_error', message: 'Simulated expiry (sandbox.failLoads).' },
  429: { code: 'rate_limited', type: 'rate_limit_error', message: 'Simulated rate limit (sandbox.failLoads).' },
  503: { code: 'service_unavailable', type: 'api_error', message: 'Simulated outage (sandbox.failLoads).' },
});

/**
 * The create parameter, with the number form of `failLoads` spelled out.
 * @param {import('./sessions.mjs').SandboxControlParams} params
 * @returns {import('./sessions.mjs').SandboxControls}
 */
export function controlsFrom(params) {
  const failLoads =
    typeof params.failLoads === 'number'
      ? { count: params.failLoads, status: 503, retryAfter: null }
      : { count: params.failLoads.count, status: params.failLoads.status, retryAfter: params.failLoads.retryAfter ?? null };
  return {
    eventStream: params.eventStream,
    failLoads,
    malformedLoad: params.malformedLoad,
    loadIdMismatch: params.loadIdMismatch ?? false,
    holdConfirms: params.holdConfirms ?? null,
    otpExpiresAfterSeconds: params.otpExpiresAfterSeconds ?? 300,
  };
}

/**
 * `sandbox.holdConfirms`: a confirm that reaches `stage` waits there while the control holds that
 * stage and has holds left, until a test ends the hold (`endHeldConfirms`). Resolves true when the
 * confirm may go on (at once, or released), false when it was dropped: it then never answers.
 * Whether its client is still connected does not matter, as a provider carries on with a request
 * whose client hung up.
 * @param {SessionRecord} record
 * @param {import('./sessions.mjs').ConfirmHoldStage} stage
 * @param {string} idempotencyKey
 * @returns {Promise<boolean>}
 */
export async function passConfirmHold(record, stage, idempotencyKey) {
  if (record.config.sandbox.holdConfirms?.stage !== stage || record.confirmHoldsLeft <= 0) return true;
  record.confirmHoldsLeft -= 1;
  return new Promise((resolve) => {
    /** @type {import('./sessions.mjs').HeldConfirm} */
    const held = {
      stage,
      idempotencyKey,
      end(released) {
        record.heldConfirms.delete(held);
        resolve(released);
      },
    };
    record.heldConfirms.add(held);
  });
}

/**
 * Releases (or drops) every confirm the session holds; returns how many there were.
 * @param {SessionRecord} record
 * @param {boolean} released
 */
export function endHeldConfirms(record, released) {
  const held = [...record.heldConfirms];
  for (const confirm of held) confirm.end(released);
  return held.length;
}

/**
 * Throws the next simulated load failure, if `failLoads` has any left.
 * @param {SessionRecord} record
 */
export function failLoadIfScheduled(record) {
  if (record.loadFailuresLeft <= 0) return;
  record.loadFailuresLeft -= 1;
  const { status, retryAfter } = record.config.sandbox.failLoads;
  const answer = SIMULATED[status] ?? { code: 'simulated_failure', type: 'api_error', message: `Simulated ${status} answer (sandbox.failLoads).` };
  throw new HttpError(status, answer.code, answer.message, {
    type: answer.type,
    headers: retryAfter === null ? undefined : { 'Retry-After': String(retryAfter) },
  });
}

/**
 * The body of a successful client load: the session, or the broken variant a control asks for.
 * @param {SessionRecord} record
 * @returns {unknown}
 */
export function loadBody(record) {
  const { session, config } = record;
  if (config.sandbox.malformedLoad) return malformed(session);
  // The widget must refuse a session whose id is not its secret's (CONTRACT §2).
  if (config.sandbox.loadIdMismatch) return { ...session, id: newId('cs_test') };
  return session;
}

/**
 * For `sandbox.malformedLoad`: a body the widget's schema must refuse (required `currency`
 * gone, `amountTotal` of the wrong type).
 * @param {import('./sessions.mjs').Session} session
 */
function malformed(session) {
  /** @type {Record<string, unknown>} */
  const body = { ...session, amountTotal: String(session.amountTotal) };
  delete body.currency;
  return body;
}
