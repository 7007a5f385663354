// @ts-check
// In-memory sessions and their lifecycle: the expiry clock, and the event streams that
// hear about every change. Nothing survives a restart, by design.
import { HttpError } from './http.mjs';
import { endHeldConfirms } from './test-controls.mjs';
import { endStaleStep, endWaitingStep } from './local-methods.mjs';

// setTimeout overflows above 2^31-1 ms (~24.8 days) and would fire at once; sessions may
// live 30 days, so long waits are chained.
const MAX_TIMER_MS = 2 ** 31 - 1;

export class Store {
  constructor() {
    /** @type {Map<string, import('./sessions.mjs').SessionRecord>} */
    this.sessions = new Map();
    /** @type {Map<string, string>} payment intent id -> session id */
    this.intents = new Map();
  }

  /** @param {import('./sessions.mjs').SessionRecord} record */
  add(record) {
    this.sessions.set(record.session.id, record);
    this.scheduleExpiry(record);
  }

  /**
   * Every read goes through here, so a session whose clock ran out is expired even if its
   * timer has not fired yet (e.g. the process was suspended).
   * @param {string} id
   */
  get(id) {
    const record = this.sessions.get(id);
    if (record) this.expireIfDue(record);
    return record;
  }

  /**
   * @param {string} id
   * @returns {import('./sessions.mjs').SessionRecord}
   */
  require(id) {
    const record = this.get(id);
    if (!record) throw new HttpError(404, 'session_not_found', `No checkout session ${id.slice(0, 80)}.`, { param: 'id' });
    return record;
  }

  /** @param {string} paymentIntentId */
  getByIntent(paymentIntentId) {
    const sessionId = this.intents.get(paymentIntentId);
    return sessionId === undefined ? undefined : this.get(sessionId);
  }

  /** @param {string} paymentIntentId @param {string} sessionId */
  linkIntent(paymentIntentId, sessionId) {
    this.intents.set(paymentIntentId, sessionId);
  }

  /**
   * Records a change: voids a waiting code or voucher the change made stale, stamps `updatedAt`,
   * tells every listener, and once the session can no longer change, ends its streams and its clock.
   * @param {import('./sessions.mjs').SessionRecord} record
   */
  commit(record) {
    endStaleStep(record);
    record.session.updatedAt = new Date().toISOString();
    for (const stream of record.streams) stream.send('session.updated', record.session);
    if (record.session.status !== 'open') this.settle(record);
  }

  /** @param {import('./sessions.mjs').SessionRecord} record */
  expire(record) {
    record.session.status = 'expired';
    endWaitingStep(record);
    record.pendingAction = null;
    this.commit(record);
  }

  /**
   * @param {import('./sessions.mjs').SessionRecord} record
   * @param {import('./sessions.mjs').SessionStream} stream
   */
  attachStream(record, stream) {
    record.streams.add(stream);
    stream.send('session.updated', record.session);
    if (record.session.status !== 'open') stream.close();
  }

  /** @param {import('./sessions.mjs').SessionRecord} record */
  expireIfDue(record) {
    if (record.session.status === 'open' && Date.now() >= Date.parse(record.session.expiresAt)) this.expire(record);
  }

  /** @param {import('./sessions.mjs').SessionRecord} record */
  scheduleExpiry(record) {
    const wait = Date.parse(record.session.expiresAt) - Date.now();
    record.timer = setTimeout(() => {
      record.timer = null;
      this.expireIfDue(record);
      if (record.session.status === 'open') this.scheduleExpiry(record);
    }, Math.max(0, Math.min(wait, MAX_TIMER_MS)));
    // A waiting session must not keep `node sandbox/main.mjs` (or a test runner) alive.
    record.timer.unref();
  }

  /** @param {import('./sessions.mjs').SessionRecord} record */
  settle(record) {
    if (record.timer) clearTimeout(record.timer);
    record.timer = null;
    // Card tokens expire with their session.
    record.paymentMethods.clear();
    for (const stream of record.streams) stream.close();
    record.streams.clear();
  }

  close() {
    for (const record of this.sessions.values()) {
      this.settle(record);
      // Not in settle(): a confirm held after charging outlives the session it completed.
      endHeldConfirms(record, false);
    }
  }
}
