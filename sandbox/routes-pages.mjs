// @ts-check
// The few HTML pages a real provider would host: the hosted checkout page (only a
// placeholder here) and the 3-D Secure challenge that redirect_to_url sends customers to.
import { CORS_HEADERS, HttpError, escapeHtml, readFormBody, sendHtml } from './http.mjs';
import { completePayment, failPayment } from './payments.mjs';
import { formatMoney } from './pricing.mjs';

/** @param {string} title @param {string} body already-escaped HTML */
function page(title, body) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; max-width: 32rem; margin: 3rem auto; padding: 0 1rem; color: #111; }
  .badge { display: inline-block; font-size: .75rem; background: #fde68a; padding: .1rem .5rem; border-radius: 999px; }
  form { display: inline; }
  button { font: inherit; padding: .6rem 1.2rem; margin: .25rem .5rem .25rem 0; border-radius: .4rem; border: 1px solid #888; cursor: pointer; }
  button.primary { background: #111; color: #fff; border-color: #111; }
</style>
</head>
<body>
<p class="badge">xpay sandbox: test mode, no real money moves</p>
${body}
</body>
</html>`;
}

/** @param {import('./router.mjs').Context} ctx */
function pendingChallenge(ctx) {
  const record = ctx.store.getByIntent(ctx.params.paymentIntentId);
  if (!record) throw new HttpError(404, 'resource_missing', 'No such payment intent.', { param: 'paymentIntentId' });
  const waiting = record.pendingAction;
  const pending = waiting?.kind === 'redirect' && waiting.paymentIntentId === ctx.params.paymentIntentId ? waiting : null;
  return { record, pending };
}

/**
 * @param {import('./router.mjs').Context} ctx
 * @param {string | null} returnUrl
 * @param {string} message
 */
function finish(ctx, returnUrl, message) {
  if (returnUrl) {
    ctx.res.writeHead(303, { ...CORS_HEADERS, Location: returnUrl, 'Cache-Control': 'no-store' });
    ctx.res.end();
    return;
  }
  sendHtml(ctx.res, 200, page('Authentication finished', `<h1>${escapeHtml(message)}</h1><p>You can close this window.</p>`));
}

/** @type {import('./router.mjs').Route[]} */
export const pageRoutes = [
  {
    method: 'GET',
    path: '/',
    handler: (ctx) => ({
      status: 200,
      body: { object: 'sandbox', name: 'xpay sandbox API', apiBase: `${ctx.origin}/v1`, livemode: false },
    }),
  },
  {
    method: 'GET',
    path: '/pay/:id',
    handler: (ctx) => {
      const { session } = ctx.store.require(ctx.params.id);
      const items = session.lineItems
        .map((li) => `<li>${escapeHtml(li.description)} × ${li.quantity}: ${escapeHtml(formatMoney(li.amountTotal, li.currency))}</li>`)
        .join('');
      sendHtml(
        ctx.res,
        200,
        page(
          `${session.merchantName} (sandbox hosted checkout)`,
          `<h1>Sandbox hosted checkout page</h1>
<p>This is the sandbox stand-in for the provider's hosted page of <strong>${escapeHtml(session.merchantName)}</strong>.
It takes no payment; the embedded widget is what this project builds.</p>
<ul>${items}</ul>
<p>Total: <strong>${escapeHtml(formatMoney(session.amountTotal, session.currency))}</strong> · status: ${escapeHtml(session.status)}</p>`,
        ),
      );
    },
  },
  {
    method: 'GET',
    path: '/v1/sandbox/authenticate/:paymentIntentId',
    handler: (ctx) => {
      const { record, pending } = pendingChallenge(ctx);
      const { session } = record;
      if (!pending) {
        const status = session.paymentIntent?.status ?? 'unknown';
        sendHtml(ctx.res, 200, page('Nothing to authenticate', `<h1>Nothing to authenticate</h1><p>This payment is no longer waiting for authentication (payment: ${escapeHtml(status)}, session: ${escapeHtml(session.status)}).</p>`));
        return;
      }
      const action = escapeHtml(ctx.url.pathname);
      sendHtml(
        ctx.res,
        200,
        page(
          '3-D Secure authentication (sandbox)',
          `<h1>Authenticate your payment</h1>
<p>${escapeHtml(session.merchantName)} asks you to confirm a payment of
<strong>${escapeHtml(formatMoney(session.amountTotal, session.currency))}</strong>.</p>
<form method="post" action="${action}"><input type="hidden" name="outcome" value="complete"><button class="primary" type="submit">Complete authentication</button></form>
<form method="post" action="${action}"><input type="hidden" name="outcome" value="fail"><button type="submit">Fail authentication</button></form>`,
        ),
      );
    },
  },
  {
    method: 'POST',
    path: '/v1/sandbox/authenticate/:paymentIntentId',
    handler: async (ctx) => {
      const form = await readFormBody(ctx.req);
      const outcome = form.get('outcome');
      if (outcome !== 'complete' && outcome !== 'fail') {
        throw new HttpError(400, outcome ? 'parameter_invalid' : 'parameter_missing', 'outcome must be complete or fail.', { param: 'outcome' });
      }
      const { record, pending } = pendingChallenge(ctx);
      if (!pending) {
        throw new HttpError(400, 'payment_intent_unexpected_state', `This payment is not waiting for authentication (session ${record.session.status}).`);
      }
      if (outcome === 'complete') {
        completePayment(record, ctx.store, pending);
        finish(ctx, pending.returnUrl, 'Authentication complete: the payment succeeded.');
      } else {
        failPayment(record, ctx.store, pending.method, pending.customerDetails, {
          code: 'authentication_failed',
          declineCode: null,
          message: 'The customer failed 3-D Secure authentication.',
        });
        finish(ctx, pending.returnUrl, 'Authentication failed: the payment was not made.');
      }
    },
  },
];
