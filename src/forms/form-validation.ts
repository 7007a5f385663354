import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ValidationMessage } from './validation.js';

/**
 * One field as the validation model sees it. `name` is the field's path in the confirm body
 * (`customerDetails.email`, `paymentMethod.card.number`, `customFields.order_note`, …), so a
 * provider 400 naming a `param` lands on the field with that name and nowhere else.
 */
export interface FieldHandle {
  name: string;
  /** Client-side rules; null when valid. */
  validate(): ValidationMessage | null;
  focus(): void;
}

/** Provider error codes whose meaning we can say in the customer's language. */
const SERVER_CODE_MESSAGES: Record<string, ValidationMessage> = {
  parameter_missing: { key: 'validation.required' },
  incorrect_number: { key: 'validation.cardNumberInvalid' },
  invalid_number: { key: 'validation.cardNumberInvalid' },
  invalid_expiry_month: { key: 'validation.expiryInvalid' },
  invalid_expiry_year: { key: 'validation.expiryPast' },
  expired_card: { key: 'validation.expiryPast' },
  invalid_cvc: { key: 'validation.cvcInvalid' },
  incorrect_cvc: { key: 'validation.cvcInvalid' },
  email_invalid: { key: 'validation.email' },
  invalid_promotion_code: { key: 'promo.invalid' },
  quantity_out_of_range: { key: 'validation.quantityRejected' },
};

/**
 * The single validation model for every field of the widget (Lion's model): before the first
 * pay attempt nothing is flagged; pressing pay validates everything and focuses the first
 * invalid field; after that, fields re-validate on blur and input. Server 400s land here too.
 * Hosts that render fields add themselves as observers and re-render on every change.
 */
export class FormValidation {
  private readonly fields = new Map<string, FieldHandle>();
  private readonly errors = new Map<string, ValidationMessage>();
  private readonly hosts = new Set<ReactiveControllerHost>();
  /** Field names in the order the customer sees them; focus goes to the first invalid one. */
  private order: readonly string[] = [];
  attempted = false;

  /** Lets an element re-render whenever errors change, for as long as it is connected. */
  observe(host: ReactiveControllerHost): void {
    const controller: ReactiveController = {
      hostConnected: () => this.hosts.add(host),
      hostDisconnected: () => this.hosts.delete(host),
    };
    host.addController(controller);
  }

  register(field: FieldHandle): () => void {
    this.fields.set(field.name, field);
    return () => {
      if (this.fields.get(field.name) === field) this.fields.delete(field.name);
      this.errors.delete(field.name);
    };
  }

  setOrder(names: readonly string[]): void {
    this.order = names;
  }

  errorFor(name: string): ValidationMessage | null {
    return this.errors.get(name) ?? null;
  }

  /** Validates every field; marks and returns whether all are valid, focusing the first invalid. */
  validateAll(): boolean {
    this.attempted = true;
    this.errors.clear();
    for (const [name, field] of this.fields) {
      const error = field.validate();
      if (error) this.errors.set(name, error);
    }
    this.notify();
    const firstInvalid = this.sortedNames().find((name) => this.errors.has(name));
    if (firstInvalid) {
      this.fields.get(firstInvalid)!.focus();
      return false;
    }
    return true;
  }

  /** After the first attempt, a field re-checks itself as the customer edits or leaves it. */
  revalidate(name: string): void {
    if (!this.attempted) return;
    const error = this.fields.get(name)?.validate() ?? null;
    const previous = this.errors.get(name);
    if (error) this.errors.set(name, error);
    else this.errors.delete(name);
    if (previous?.key !== error?.key || JSON.stringify(previous?.params) !== JSON.stringify(error?.params)) this.notify();
  }

  /**
   * A provider 400 naming `param`: shown at that field and focused. Returns false when no
   * field has that name, so the caller can show the error elsewhere.
   */
  setServerError(param: string, code: string | undefined): boolean {
    const name = this.resolveParam(param);
    if (!name) return false;
    this.attempted = true;
    this.errors.set(name, SERVER_CODE_MESSAGES[code ?? ''] ?? { key: 'validation.rejected' });
    this.notify();
    this.fields.get(name)!.focus();
    return true;
  }

  clearError(name: string): void {
    if (this.errors.delete(name)) this.notify();
  }

  /** `paymentMethod.card.expYear` and `…expMonth` both belong to the expiry field, for example. */
  private resolveParam(param: string): string | null {
    if (this.fields.has(param)) return param;
    for (const name of this.sortedNames()) {
      if (param.startsWith(`${name}.`) || name.startsWith(`${param}.`)) return name;
    }
    const aliasKey = Object.keys(FIELD_ALIASES).find((alias) => param === alias);
    return aliasKey && this.fields.has(FIELD_ALIASES[aliasKey]) ? FIELD_ALIASES[aliasKey] : null;
  }

  private sortedNames(): string[] {
    const known = [...this.fields.keys()];
    const rank = (name: string) => {
      const index = this.order.indexOf(name);
      return index === -1 ? Number.MAX_SAFE_INTEGER : index;
    };
    return known.sort((a, b) => rank(a) - rank(b));
  }

  private notify(): void {
    for (const host of this.hosts) host.requestUpdate();
  }
}

/** Provider params that name a part of one visible field. */
const FIELD_ALIASES: Record<string, string> = {
  'paymentMethod.card.expMonth': 'paymentMethod.card.expiry',
  'paymentMethod.card.expYear': 'paymentMethod.card.expiry',
};
