import { expect } from '@open-wc/testing';
import { loadTranslator } from '../../src/i18n/catalogs.js';
import { methodName } from '../../src/lib/method-names.js';

describe('methodName', () => {
  it('names a method the catalogs know in the customer’s language, whatever the provider calls it', async () => {
    const french = await loadTranslator(['fr']);
    expect(methodName(french, { type: 'wallet', displayName: 'Mobile wallet' })).to.equal(french.t('method.wallet'));
    expect(methodName(french, { type: 'card', displayName: null })).to.equal(french.t('method.card'));
  });

  it('takes the provider’s name for a method it does not know, then the bare type', async () => {
    const french = await loadTranslator(['fr']);
    expect(methodName(french, { type: 'instapay', displayName: 'InstaPay' })).to.equal('InstaPay');
    expect(methodName(french, { type: 'instapay', displayName: null })).to.equal('instapay');
  });
});
