// Types for confirm-rules.mjs, for TypeScript that imports it (test/validation/rules-parity.test.ts);
// keep in step with its JSDoc. Each check returns the value as the sandbox keeps it, or throws
// the provider's 400 (an HttpError: `status`, `code` parameter_missing / parameter_invalid, `param`).
import type { Attempt, SessionRecord } from './sessions.mjs';

export declare function checkEmail(value: unknown, param?: string): string;
/** @param country ISO 3166-1 alpha-2, upper case */
export declare function checkPostalCode(country: string, value: unknown, param: string): string | null;
/** @param country ISO 3166-1 alpha-2, upper case */
export declare function checkRegion(country: string, value: unknown, param: string): string | null;
/** @returns E.164, or null for an optional phone left empty */
export declare function checkPhone(param: string, value: unknown, required: boolean, label?: string): string | null;
export declare function refuseRawCardData(raw: unknown): void;
export declare function validateConfirm(record: SessionRecord, body: unknown): Attempt;
