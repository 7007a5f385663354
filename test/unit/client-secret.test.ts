import { expect } from '@open-wc/testing';
import { sessionIdFromClientSecret } from '../../src/api/client-secret.js';

describe('client secret', () => {
  it('takes the session id from before _secret_', () => {
    expect(sessionIdFromClientSecret('cs_test_123_secret_abc')).to.equal('cs_test_123');
    expect(sessionIdFromClientSecret('cs_test_a1B2c3_secret_Zz9')).to.equal('cs_test_a1B2c3');
  });

  it('rejects every other shape', () => {
    for (const bad of ['', 'cs_test_123', '_secret_abc', 'cs_test_123_secret_', 'cs/../x_secret_abc', 'cs_test 1_secret_a', 'cs_1_secret_a?b', null, undefined]) {
      expect(sessionIdFromClientSecret(bad as string), String(bad)).to.equal(null);
    }
  });
});
