// @ts-check
// Plain node:http plumbing: errors, JSON and form bodies, CORS, server-sent events.

/** @typedef {import('node:http').IncomingMessage} Req */
/** @typedef {import('node:http').ServerResponse} Res */

export const MAX_BODY_BYTES = 1024 * 1024;

// Browsers only let a page read these when they are listed, and the widget runs on the
// merchant's origin, never ours.
export const CORS_HEADERS = Object.freeze({
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, Idempotency-Key, If-None-Match',
  'Access-Control-Allow-Methods': 'GET, POST, PATCH, OPTIONS',
  // Date lets the widget measure how far the customer's clock is from ours (expiry);
  // Retry-After tells it how long to back off.
  'Access-Control-Expose-Headers': 'Idempotent-Replayed, Date, Retry-After',
  'Access-Control-Max-Age': '600',
});

/**
 * Every refusal travels as one of these, so a handler can `throw` from any depth and the
 * server turns it into the provider's error envelope.
 */
export class HttpError extends Error {
  /**
   * @param {number} status
   * @param {string} code
   * @param {string} message
   * @param {{ param?: string, type?: string, extra?: Record<string, unknown>, headers?: Record<string, string> }} [options]
   */
  constructor(status, code, message, options = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.param = options.param;
    this.type = options.type ?? 'invalid_request_error';
    this.extra = options.extra;
    this.headers = options.headers;
  }

  toBody() {
    /** @type {Record<string, unknown>} */
    const error = { type: this.type, code: this.code, message: this.message };
    if (this.param !== undefined) error.param = this.param;
    return { error: { ...error, ...this.extra } };
  }
}

/**
 * @param {Res} res
 * @param {number} status
 * @param {unknown} body
 * @param {Record<string, string>} [headers]
 */
export function sendJson(res, status, body, headers = {}) {
  if (res.headersSent || res.destroyed) return;
  const payload = status === 204 ? '' : JSON.stringify(body);
  res.writeHead(status, {
    ...CORS_HEADERS,
    ...(status === 204 ? {} : { 'Content-Type': 'application/json; charset=utf-8' }),
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(payload);
}

/**
 * @param {Res} res
 * @param {number} status
 * @param {string} html
 * @param {Record<string, string>} [headers]
 */
export function sendHtml(res, status, html, headers = {}) {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, {
    ...CORS_HEADERS,
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self' http: https:",
    ...headers,
  });
  res.end(html);
}

/** @param {Res} res @param {HttpError} error */
export function sendError(res, error) {
  sendJson(res, error.status, error.toBody(), error.headers);
}

/** @param {unknown} value */
export function escapeHtml(value) {
  return String(value ?? '').replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/**
 * Reads the raw body, refusing early (before buffering it) when it is too large.
 * @param {Req} req
 * @returns {Promise<string>}
 */
function readRawBody(req) {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) return Promise.reject(tooLarge());
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    let failed = false;
    req.on('data', (/** @type {Buffer} */ chunk) => {
      if (failed) return;
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        failed = true;
        chunks.length = 0;
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!failed) resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', (err) => {
      if (!failed) reject(new HttpError(400, 'request_aborted', `The request body could not be read: ${err.message}`));
    });
  });
}

function tooLarge() {
  return new HttpError(413, 'payload_too_large', `The request body is larger than ${MAX_BODY_BYTES} bytes.`, {
    // The rest of an oversized upload is not worth reading; the connection is dropped after the answer.
    headers: { Connection: 'close' },
  });
}

/** @param {Req} req */
function mediaType(req) {
  return String(req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
}

/**
 * A JSON object body. An empty body counts as `{}` so body-less POSTs (expire) need no
 * ceremony; anything else must be declared as JSON.
 * @param {Req} req
 * @returns {Promise<unknown>}
 */
export async function readJsonBody(req) {
  const raw = await readRawBody(req);
  if (raw.trim() === '') return {};
  const type = mediaType(req);
  if (type !== 'application/json' && !type.endsWith('+json')) {
    throw new HttpError(415, 'unsupported_media_type', `Send the body as application/json (got ${type || 'no Content-Type'}).`);
  }
  try {
    return JSON.parse(raw);
  } catch (err) {
    throw new HttpError(400, 'invalid_json', `The request body is not valid JSON: ${/** @type {Error} */ (err).message}`);
  }
}

/**
 * @param {Req} req
 * @returns {Promise<URLSearchParams>}
 */
export async function readFormBody(req) {
  const raw = await readRawBody(req);
  const type = mediaType(req);
  if (raw.trim() !== '' && type !== 'application/x-www-form-urlencoded') {
    throw new HttpError(415, 'unsupported_media_type', 'Send the form as application/x-www-form-urlencoded.');
  }
  return new URLSearchParams(raw);
}

/**
 * The token of an `Authorization: Bearer <token>` header, or null.
 * @param {Req} req
 */
export function bearerToken(req) {
  const match = /^Bearer ([^\s]+)$/.exec(String(req.headers.authorization ?? '').trim());
  return match ? match[1] : null;
}

/**
 * One server-sent-events connection. Writes after either side has gone are dropped, so the
 * broadcaster never has to know whether a reader is still there.
 */
export class EventStream {
  /** @param {Res} res @param {{ pingMs?: number, onClose?: () => void }} [options] */
  constructor(res, { pingMs = 15000, onClose } = {}) {
    this.res = res;
    this.closed = false;
    this.onClose = onClose;
    res.writeHead(200, {
      ...CORS_HEADERS,
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store, no-transform',
      Connection: 'keep-alive',
      // Proxies such as nginx would otherwise hold events back in a buffer.
      'X-Accel-Buffering': 'no',
    });
    res.flushHeaders();
    this.pingTimer = setInterval(() => this.write(': ping\n\n'), pingMs);
    this.pingTimer.unref();
    res.on('close', () => this.close());
  }

  /** @param {string} event @param {unknown} data */
  send(event, data) {
    // JSON.stringify never emits a raw newline, so one `data:` line carries the whole object.
    this.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  }

  /** @param {string} chunk */
  write(chunk) {
    if (this.closed || this.res.writableEnded || this.res.destroyed) return;
    this.res.write(chunk);
  }

  close() {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.pingTimer);
    if (!this.res.writableEnded) this.res.end();
    this.onClose?.();
  }
}
