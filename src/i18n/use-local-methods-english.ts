import { addEnglish } from './en.js';
import { enLocalMethods } from './en-local-methods.js';

// Imported by the code step and the Fawry reference, so their words come with their chunk (en.ts).
addEnglish(enLocalMethods);
