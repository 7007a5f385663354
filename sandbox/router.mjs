// @ts-check
// A few dozen lines of routing instead of a framework: `:name` segments (`:name+` for one or
// more, slashes included), and the difference between "no such path" (404) and "no such
// method here" (405).
import { HttpError } from './http.mjs';

/**
 * @typedef {{
 *   req: import('node:http').IncomingMessage,
 *   res: import('node:http').ServerResponse,
 *   url: URL,
 *   params: Record<string, string>,
 *   store: import('./store.mjs').Store,
 *   origin: string,
 *   frames: FramesMode,
 * }} Context
 * @typedef {'dist' | 'missing' | 'slow' | 'fixture'} FramesMode how /v1/checkout/frames answers (server.mjs test aliases)
 * @typedef {{ status: number, body: unknown, headers?: Record<string, string> }} JsonReply
 * @typedef {(ctx: Context) => Promise<JsonReply | void> | JsonReply | void} Handler
 * @typedef {{ method: string, path: string, handler: Handler }} Route
 */

/** @param {Route[]} routes */
export function createRouter(routes) {
  const compiled = routes.map((route) => {
    /** @type {string[]} */
    const names = [];
    const source = route.path.replace(/:([A-Za-z]+)(\+?)/g, (_, name, more) => {
      names.push(name);
      return more ? '(.+)' : '([^/]+)';
    });
    return { ...route, names, regex: new RegExp(`^${source}$`) };
  });

  /**
   * @param {string} method
   * @param {string} pathname
   * @returns {{ handler: Handler, params: Record<string, string> }}
   */
  return function match(method, pathname) {
    /** @type {string[]} */
    const allowed = [];
    for (const route of compiled) {
      const m = route.regex.exec(pathname);
      if (!m) continue;
      if (route.method !== method) {
        allowed.push(route.method);
        continue;
      }
      /** @type {Record<string, string>} */
      const params = {};
      route.names.forEach((name, i) => {
        params[name] = safeDecode(m[i + 1]);
      });
      return { handler: route.handler, params };
    }
    if (allowed.length > 0) {
      throw new HttpError(405, 'method_not_allowed', `${method} is not allowed on ${pathname}; use ${allowed.join(' or ')}.`, {
        headers: { Allow: [...allowed, 'OPTIONS'].join(', ') },
      });
    }
    throw new HttpError(404, 'resource_missing', `Unrecognized request URL (${method} ${pathname}).`);
  };
}

/** @param {string} segment */
function safeDecode(segment) {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
