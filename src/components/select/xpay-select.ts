import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { ValidationMessage } from '../../forms/validation.js';
import type { Translator } from '../../i18n/translator.js';
import { emit } from '../../lib/events.js';
import { anchorPopover } from '../../lib/floating.js';
import { fieldStyles } from '../field.styles.js';
import { baseStyles } from '../shared.styles.js';
import { selectStyles } from './xpay-select.styles.js';

export interface SelectOption {
  label: string;
  value: string;
}

/** Keystrokes closer together than this extend one type-ahead search (the APG's figure). */
const TYPE_AHEAD_MS = 500;
/** How far PageUp / PageDown move the active option. */
const PAGE_STEP = 10;
const LIST_MAX_HEIGHT_PX = 280;

/**
 * A select-only combobox (WAI-ARIA APG pattern) for DROPDOWN custom fields. The list lives in
 * this shadow root because `aria-activedescendant` and `aria-controls` cannot point across one;
 * it is `position: fixed` and anchored through `anchorPopover` so no ancestor clips it.
 *
 * Form-associated like Material Web's select: inside a `<form>` it contributes its value under
 * `name`, reports `valueMissing` when required and empty, follows a disabled `<fieldset>` and
 * resets to its `value` attribute.
 */
export class XPaySelect extends LitElement {
  static override styles = [baseStyles, fieldStyles, selectStyles];
  static formAssociated = true;

  /** Reflected because the form reads a form-associated element's name from its attribute. */
  @property({ reflect: true }) name = '';
  @property() label = '';
  @property({ attribute: false }) options: SelectOption[] = [];
  /** The chosen option's value; '' when none. The `value` attribute is what a form reset restores. */
  @property() value = '';
  @property({ type: Boolean }) required = false;
  /** Reflected so the browser also leaves the element out of form submission and validation. */
  @property({ type: Boolean, reflect: true }) disabled = false;
  @property({ attribute: false }) error: ValidationMessage | null = null;
  @property({ attribute: false }) i18n!: Translator;

  @state() private open = false;
  @state() private activeIndex = -1;
  /** Disabled by an ancestor `<fieldset disabled>`, which must not overwrite `disabled`. */
  @state() private formDisabled = false;

  @query('#combobox') private combobox!: HTMLElement;
  @query('#listbox') private listbox!: HTMLElement;

  private readonly internals = this.attachInternals();
  private typed = '';
  private typeTimer?: ReturnType<typeof setTimeout>;
  private releasePopover?: () => void;

  override focus(options?: FocusOptions): void {
    this.updateComplete.then(() => this.combobox?.focus(options));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.releasePopover?.();
    this.releasePopover = undefined;
    this.open = false;
    clearTimeout(this.typeTimer);
    this.typed = '';
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  formResetCallback(): void {
    this.value = this.getAttribute('value') ?? '';
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state === 'string') this.value = state;
  }

  private get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  private get selectedIndex(): number {
    return this.options.findIndex((option) => option.value === this.value);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (this.open && (this.isDisabled || !this.options.length)) this.open = false;
    if (changed.has('options')) this.activeIndex = Math.min(this.activeIndex, this.options.length - 1);
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('open')) {
      if (this.open) this.holdPopover();
      else this.letGoOfPopover();
    }
    if (this.open) this.revealActive();
    if (changed.has('value') || changed.has('required') || changed.has('i18n')) this.syncForm();
  }

  private holdPopover(): void {
    const stopAnchoring = anchorPopover(this.combobox, this.listbox, { matchWidth: true, maxHeightPx: LIST_MAX_HEIGHT_PX });
    const closeOnOutsidePress = (event: PointerEvent) => {
      if (!event.composedPath().includes(this)) this.open = false;
    };
    document.addEventListener('pointerdown', closeOnOutsidePress, true);
    this.releasePopover = () => {
      stopAnchoring();
      document.removeEventListener('pointerdown', closeOnOutsidePress, true);
    };
  }

  private letGoOfPopover(): void {
    this.releasePopover?.();
    this.releasePopover = undefined;
  }

  private syncForm(): void {
    if (!this.i18n || !this.combobox) return;
    this.internals.setFormValue(this.value || null);
    if (this.required && !this.value) {
      this.internals.setValidity({ valueMissing: true }, this.i18n.t('validation.chooseOption'), this.combobox);
    } else {
      this.internals.setValidity({});
    }
  }

  /** The list is fixed-position, so `scrollIntoView` could scroll the page; only the list should move. */
  private revealActive(): void {
    const option = this.listbox.querySelector<HTMLElement>(`#option-${this.activeIndex}`);
    if (!option) return;
    const { listbox } = this;
    const start = option.offsetTop;
    const end = start + option.offsetHeight;
    if (start < listbox.scrollTop) listbox.scrollTop = start;
    else if (end > listbox.scrollTop + listbox.clientHeight) listbox.scrollTop = end - listbox.clientHeight;
  }

  private show(activeIndex = Math.max(0, this.selectedIndex)): void {
    if (this.isDisabled || !this.options.length) return;
    this.activeIndex = activeIndex;
    this.open = true;
  }

  private moveTo(index: number): void {
    this.activeIndex = Math.max(0, Math.min(index, this.options.length - 1));
  }

  private commit(index: number): void {
    this.open = false;
    const option = this.options[index];
    if (!option || option.value === this.value) return;
    this.value = option.value;
    emit(this, 'xpay-change', { name: this.name, value: option.value });
  }

  /**
   * Printable keys jump to the next option whose label starts with what was typed. Repeating
   * one letter cycles through the options starting with it, as native selects do.
   */
  private typeAhead(character: string): void {
    clearTimeout(this.typeTimer);
    this.typeTimer = setTimeout(() => (this.typed = ''), TYPE_AHEAD_MS);
    this.typed += character;
    const collator = new Intl.Collator(this.i18n.locale, { usage: 'search', sensitivity: 'base' });
    const startsWith = (label: string, prefix: string) =>
      collator.compare(label.trimStart().slice(0, prefix.length), prefix) === 0;
    const count = this.options.length;
    const findFrom = (start: number, prefix: string) => {
      for (let step = 0; step < count; step++) {
        const index = (start + step) % count;
        if (startsWith(this.options[index].label, prefix)) return index;
      }
      return -1;
    };
    const from = Math.max(0, this.activeIndex);
    // A longer search may still match the option it already found, so it starts there.
    let match = findFrom(this.typed.length === 1 ? from + 1 : from, this.typed);
    const first = this.typed[0];
    if (match === -1 && [...this.typed].every((typed) => typed === first)) match = findFrom(from + 1, first);
    if (match === -1) return;
    if (this.open) this.moveTo(match);
    else this.show(match);
  }

  private isTypeAheadKey(event: KeyboardEvent): boolean {
    if (event.ctrlKey || event.metaKey || event.altKey || [...event.key].length !== 1) return false;
    // Space commits, unless it continues a search like "New York".
    return event.key !== ' ' || this.typed.length > 0;
  }

  private onKeydown(event: KeyboardEvent): void {
    if (this.isDisabled || !this.options.length) return;
    if (this.isTypeAheadKey(event)) {
      event.preventDefault();
      this.typeAhead(event.key);
      return;
    }
    const last = this.options.length - 1;
    if (!this.open) {
      switch (event.key) {
        case 'ArrowDown':
        case 'ArrowUp':
        case 'Enter':
        case ' ':
          this.show();
          break;
        case 'Home':
          this.show(0);
          break;
        case 'End':
          this.show(last);
          break;
        default:
          return;
      }
      event.preventDefault();
      return;
    }
    switch (event.key) {
      case 'ArrowDown':
        if (!event.altKey) this.moveTo(this.activeIndex + 1);
        break;
      case 'ArrowUp':
        if (event.altKey) this.commit(this.activeIndex);
        else this.moveTo(this.activeIndex - 1);
        break;
      case 'Home':
        this.moveTo(0);
        break;
      case 'End':
        this.moveTo(last);
        break;
      case 'PageUp':
        this.moveTo(this.activeIndex - PAGE_STEP);
        break;
      case 'PageDown':
        this.moveTo(this.activeIndex + PAGE_STEP);
        break;
      case 'Enter':
      case ' ':
        this.commit(this.activeIndex);
        break;
      case 'Escape':
        this.open = false;
        break;
      case 'Tab':
        // Focus moves on as usual: the list never traps it.
        this.commit(this.activeIndex);
        return;
      default:
        return;
    }
    event.preventDefault();
  }

  private onComboboxClick(): void {
    if (this.open) this.open = false;
    else this.show();
  }

  /** Choosing with the mouse must not blur the combobox, which would close the list mid-click. */
  private keepFocusOnCombobox(event: MouseEvent): void {
    event.preventDefault();
  }

  /** Closing on focus loss covers what an outside press does not: switching windows, scripted focus. */
  private onBlur(): void {
    this.open = false;
  }

  override render() {
    const { i18n } = this;
    if (!i18n) return nothing;
    const selected = this.options[this.selectedIndex];
    const disabled = this.isDisabled;
    const label = this.required ? this.label : i18n.t('field.optionalLabel', { label: this.label });
    const activeId = this.open && this.activeIndex >= 0 ? `option-${this.activeIndex}` : null;
    return html`<div class="field" part="field">
      <label id="label" @click=${() => this.combobox.focus()}>${label}</label>
      <div
        id="combobox"
        class="combobox"
        role="combobox"
        tabindex=${disabled ? nothing : '0'}
        aria-haspopup="listbox"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="listbox"
        aria-activedescendant=${activeId ?? nothing}
        aria-labelledby="label"
        aria-required=${this.required ? 'true' : 'false'}
        aria-invalid=${this.error ? 'true' : 'false'}
        aria-describedby=${this.error ? 'error' : nothing}
        aria-disabled=${disabled ? 'true' : nothing}
        @click=${this.onComboboxClick}
        @keydown=${this.onKeydown}
        @blur=${this.onBlur}
      >
        <span class=${selected ? 'value' : 'value placeholder'}>${selected?.label ?? i18n.t('select.placeholder')}</span>
        <svg class="chevron" viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2">
          <path d="M6 9l6 6 6-6"></path>
        </svg>
      </div>
      <div
        id="listbox"
        class="listbox"
        role="listbox"
        aria-labelledby="label"
        ?hidden=${!this.open}
        @mousedown=${this.keepFocusOnCombobox}
      >
        ${this.options.map(
          (option, index) => html`<div
            id="option-${index}"
            class=${index === this.activeIndex ? 'option active' : 'option'}
            role="option"
            aria-selected=${option.value === this.value ? 'true' : 'false'}
            @click=${() => this.commit(index)}
            @pointerenter=${() => (this.activeIndex = index)}
          >
            ${option.label}
          </div>`,
        )}
      </div>
      ${this.error ? html`<p id="error" class="error">${i18n.t(this.error.key, this.error.params)}</p>` : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'xpay-select': XPaySelect;
  }
}
