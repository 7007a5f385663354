import { addEnglish } from './en.js';
import { enPayment } from './en-payment.js';

// Imported by every module that says the payment chunk's words, so they come with that chunk
// and are there wherever those elements render (en.ts).
addEnglish(enPayment);
