import { setCustomElementsManifest } from '@storybook/web-components';
import type { Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
// The widget exactly as merchants load it: registers <xpay-checkout> and its parts.
import '../src/index.js';
import { installFixtureProvider } from '../stories/support/fixture-provider.js';
import './preview.css';

// Every story talks to the in-page fixture provider (stories/README.md): no server, even in
// the static build. Only requests under the fixture API bases (Storybook's own origin,
// /fixture-api/v1) are answered, from the page and from the card frame; others go to the
// network, and the card frame's files are the built dist/frames/ (main.ts staticDirs).
installFixtureProvider();

// The docs pages' tables (attributes, properties, events, CSS parts and custom properties) come
// from the manifest the package ships, written by `npm run build`. A glob, not an import: before
// a build there is none, and Storybook still runs, only without those tables.
const manifest = Object.values(import.meta.glob<unknown>('../custom-elements.json', { eager: true, import: 'default' }))[0];
if (manifest) setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    layout: 'padded',
    controls: {
      expanded: true,
      matchers: { color: /(background|color)$/i },
    },
    backgrounds: {
      options: {
        page: { name: 'Merchant page', value: '#f4f4f5' },
        white: { name: 'White', value: '#ffffff' },
        dark: { name: 'Dark page', value: '#09090b' },
      },
    },
    a11y: {
      // Story tests fail on any axe violation (addon-vitest), and the panel shows them.
      test: 'error',
    },
    docs: { codePanel: true },
  },
  initialGlobals: {
    backgrounds: { value: 'page' },
    locale: '',
  },
  globalTypes: {
    locale: {
      description: 'Locale for every story (the `locale` attribute); a story’s own locale control wins',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        dynamicTitle: true,
        items: [
          { value: '', title: 'Session locale' },
          { value: 'auto', title: 'auto (browser)' },
          { value: 'en', title: 'English (en)' },
          { value: 'ar', title: 'العربية (ar)', right: 'RTL' },
          { value: 'fr', title: 'Français (fr)' },
          { value: 'de', title: 'Deutsch (de)' },
          { value: 'ja', title: '日本語 (ja)' },
          { value: 'he', title: 'עברית (he)', right: 'RTL' },
          { value: 'fa', title: 'فارسی (fa)', right: 'RTL' },
          { value: 'ru', title: 'Русский (ru)' },
          { value: 'hi', title: 'हिन्दी (hi)' },
          { value: 'zh-CN', title: '简体中文 (zh-CN)' },
          // Every catalog string bracketed and accented: text outside the catalogs, and how much
          // longer translations run, show at a glance.
          { value: 'en-XA', title: 'Pseudo-locale (en-XA)' },
        ],
      },
    },
  },
  decorators: [
    // A merchant page's column: the widget fills the width it is given, up to this.
    (story) => html`<div class="sb-merchant-column">${story()}</div>`,
  ],
  tags: ['autodocs'],
};

export default preview;
