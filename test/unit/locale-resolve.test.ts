import { expect } from '@open-wc/testing';
import { captureWarningsPerTest } from '../support/spies.js';
import { directionOf, resolveLocale } from '../../src/i18n/resolve.js';

const available = ['en', 'pt', 'pt-BR', 'fr', 'zh-CN', 'zh-TW', 'nb', 'ar'];

describe('locale resolution', () => {
  const warnings = captureWarningsPerTest();

  it('falls back along the tag and keeps the region for formats', () => {
    expect(resolveLocale(['pt-BR'], available)).to.deep.equal({ catalog: 'pt-BR', format: 'pt-BR' });
    expect(resolveLocale(['pt-PT'], available)).to.deep.equal({ catalog: 'pt', format: 'pt-PT' });
    expect(resolveLocale(['fr-CA'], available)).to.deep.equal({ catalog: 'fr', format: 'fr-CA' });
    expect(resolveLocale(['ar-EG'], available)).to.deep.equal({ catalog: 'ar', format: 'ar-EG' });
  });

  it('maps script and legacy tags to their catalogs', () => {
    expect(resolveLocale(['zh-Hant-HK'], available).catalog).to.equal('zh-TW');
    expect(resolveLocale(['zh-HK'], available).catalog).to.equal('zh-TW');
    expect(resolveLocale(['zh'], available).catalog).to.equal('zh-CN');
    expect(resolveLocale(['no'], available).catalog).to.equal('nb');
  });

  it('sends Latin American Spanish to es-419 and Spain (and the rest) to es', () => {
    const spanish = [...available, 'es', 'es-419'];
    for (const tag of ['es-419', 'es-MX', 'es-AR', 'es-CO', 'es-CL', 'es-PE', 'es-US', 'es-mx']) {
      expect(resolveLocale([tag], spanish), tag).to.deep.equal({ catalog: 'es-419', format: Intl.getCanonicalLocales(tag)[0] });
    }
    for (const tag of ['es', 'es-ES', 'es-GQ']) expect(resolveLocale([tag], spanish).catalog, tag).to.equal('es');
    // Without an es-419 catalog, Latin American tags still get Spanish.
    expect(resolveLocale(['es-MX'], [...available, 'es']).catalog).to.equal('es');
  });

  it('takes the first requested tag that has a catalog', () => {
    expect(resolveLocale(['xx', 'fr-BE', 'en'], available)).to.deep.equal({ catalog: 'fr', format: 'fr-BE' });
  });

  it('uses English with a warning for an unknown or malformed tag, never an error', () => {
    expect(resolveLocale(['tlh'], available)).to.deep.equal({ catalog: 'en', format: 'en' });
    expect(resolveLocale(['not a tag!'], available)).to.deep.equal({ catalog: 'en', format: 'en' });
    expect(warnings).to.have.length(2);
  });

  it('knows the right-to-left languages', () => {
    for (const tag of ['ar', 'he', 'fa', 'ur', 'ar-EG']) expect(directionOf(tag), tag).to.equal('rtl');
    for (const tag of ['en', 'fr', 'ja', 'hi']) expect(directionOf(tag), tag).to.equal('ltr');
  });
});
