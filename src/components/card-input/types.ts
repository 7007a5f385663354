import type { FrameCardState, FramePaymentMethod } from '../../frames/protocol.js';

/** What the parent may know about the card: never any of its digits (the frame's `xpay:change`). */
export type CardState = FrameCardState;

/** The payment method the provider minted inside the frame; the confirm sends its `id`. */
export type TokenizedCard = FramePaymentMethod;

export interface CardFrameConfig {
  apiBase: string;
  clientSecret: string;
  sessionId: string;
  /** Ask for the cardholder name inside the frame (sent as `card.name`). */
  collectName?: boolean;
}
