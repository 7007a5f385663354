// Feature chunks run only after the core has loaded them, so the runtime is always there.
const runtime = globalThis[Symbol.for('xpay-checkout.runtime.v1')];
if (!runtime) throw new Error('xpay-checkout: a feature chunk was loaded without the widget core');
export default runtime;
