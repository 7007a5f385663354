// @ts-check
// The widget's routes around valU, wallet and Fawry (client secret): valU's plans, and the
// one-time code a valU or wallet confirm waits on. The merchant's side of a Fawry reference,
// paying it, is a sandbox control in routes-merchant.mjs.
import { authorizeClient, oncePerKey, sessionChange } from './client-handlers.mjs';
import { verifyOtpSchema } from './client-schemas.mjs';
import { parseWith } from './parse.mjs';
import { assertOpen } from './session-commands.mjs';
import { valuPlans } from './method-rules.mjs';
import { cancelVerification, resendCode, verifyCode } from './local-methods.mjs';

/** @type {import('./router.mjs').Route[]} */
export const localMethodRoutes = [
  {
    method: 'GET',
    path: '/v1/checkout/sessions/:id/client/installment-plans',
    handler: (ctx) => {
      const record = authorizeClient(ctx);
      assertOpen(record, { goneWhenExpired: true });
      return { status: 200, body: { object: 'list', data: valuPlans(record) } };
    },
  },
  {
    method: 'POST',
    path: '/v1/checkout/sessions/:id/client/verify-otp',
    handler: oncePerKey('verify-otp', (ctx, record, raw) => verifyCode(record, ctx.store, parseWith(verifyOtpSchema, raw).code)),
  },
  {
    method: 'POST',
    path: '/v1/checkout/sessions/:id/client/verify-otp/resend',
    handler: sessionChange((_ctx, record) => resendCode(record)),
  },
  {
    method: 'POST',
    path: '/v1/checkout/sessions/:id/client/verify-otp/cancel',
    handler: sessionChange((_ctx, record) => cancelVerification(record)),
  },
];
