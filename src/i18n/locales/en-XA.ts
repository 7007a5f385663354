import { en } from '../en.js';
import { pseudoLocalize } from '../pseudo.js';
import type { Catalog } from '../translator.js';

/** Pseudo-English (see pseudo.ts). */
const catalog: Catalog = pseudoLocalize(en);

export default catalog;
