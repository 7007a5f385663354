import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { CARD_ENTRY, type SummaryEntry } from '../../forms/error-summary.js';
import type { FieldLabel } from '../../forms/field-rules.js';
import type { Translator } from '../../i18n/translator.js';
import { fieldId } from '../field.js';

const labelText = (i18n: Translator, label: FieldLabel) => ('text' in label ? label.text : i18n.t(label.key));

/**
 * The error summary after a failed submit (the GOV.UK Design System's pattern): how many fields
 * need the customer, then one link per field with its message (after the field's name where the
 * message does not say it). It is no live region: focus goes to the first field, whose message is
 * read with it, so nothing is said twice. Each link points at
 * its field by id in this same shadow root; `activate` moves focus there, since following a
 * fragment would scroll the merchant's page to a URL hash it does not have.
 */
export function renderErrorSummary(i18n: Translator, entries: readonly SummaryEntry[], activate: (name: string) => void) {
  return html`<div class="error-summary" part="notice notice-errors" role="group" aria-labelledby="error-summary-title">
    <h2 id="error-summary-title" class="error-summary-title">${i18n.t('form.errorSummary', { count: entries.length })}</h2>
    <ul class="error-summary-list">
      ${entries.map(
        (entry) => html`<li>
          <a
            href="#${fieldId(entry.name)}"
            @click=${(event: MouseEvent) => {
              event.preventDefault();
              activate(entry.name);
            }}
            >${entry.label ? html`<span class="error-summary-label">${labelText(i18n, entry.label)}</span> ` : nothing}${i18n.t(
              entry.message.key,
              entry.message.params,
            )}</a
          >
        </li>`,
      )}
    </ul>
  </div>`;
}

export interface ErrorSummaryHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface ErrorSummaryOptions {
  /** What the form shows wrong right now, in its order (`summaryEntries`). */
  entries(): SummaryEntry[];
  focusField(name: string): void;
  /** Into the card's frame, at its first invalid input (or its own Retry when it could not load). */
  focusCard(): void;
}

/**
 * When the summary shows: from a failed submit (`show`) until nothing it could list is left, so
 * it follows the fields as they are fixed and goes by itself. Entries are read in `hostUpdate`,
 * after the form's `willUpdate` has derived its rules for the same values.
 */
export class ErrorSummaryController implements ReactiveController {
  private open = false;
  private entries: SummaryEntry[] = [];

  constructor(
    private readonly host: ErrorSummaryHost,
    private readonly options: ErrorSummaryOptions,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    this.entries = this.open ? this.options.entries() : [];
    if (!this.entries.length) this.open = false;
  }

  /**
   * After a failed submit focus goes to the first field to fix, as CONTRACT §3 has it: its own
   * message is read with it, and the summary above lists the rest with a link to each. With
   * nothing it can list (a card frame that could not load or has not answered), the card takes
   * focus and says so itself.
   */
  async show(): Promise<void> {
    this.open = true;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const first = this.entries[0];
    if (first) this.activate(first.name);
    else this.options.focusCard();
  }

  /** A new session: nothing of the old attempt applies. */
  close(): void {
    this.open = false;
  }

  /** Something outside the host's own state changed what the summary lists (the card's frame). */
  refresh(): void {
    if (this.open) this.host.requestUpdate();
  }

  render(i18n: Translator) {
    return this.entries.length ? renderErrorSummary(i18n, this.entries, this.activate) : nothing;
  }

  private readonly activate = (name: string) => {
    if (name === CARD_ENTRY) this.options.focusCard();
    else this.options.focusField(name);
  };
}
