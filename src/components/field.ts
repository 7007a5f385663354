import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { ValidationMessage } from '../forms/validation.js';
import type { Translator } from '../i18n/translator.js';

export interface TextFieldSpec {
  /** The field's path in the confirm body; also its form name and validation key. */
  name: string;
  label: string;
  value: string;
  error: ValidationMessage | null;
  required: boolean;
  disabled?: boolean;
  type?: 'text' | 'email' | 'tel';
  autocomplete?: string;
  inputmode?: 'text' | 'email' | 'tel' | 'numeric' | 'decimal';
  /** Card numbers, phones and emails read left-to-right in every language. */
  dir?: 'ltr';
  placeholder?: string;
  maxLength?: number;
  /** Extra description ids in the same shadow root (a hint, a brand badge). */
  describedBy?: string[];
  hint?: string;
  counter?: string;
  className?: string;
  onInput: (event: InputEvent) => void;
  onBlur?: () => void;
  onBeforeInput?: (event: InputEvent) => void;
}

/** A DOM id derived from a field name (names contain dots, which ids tolerate but selectors dislike). */
export function fieldId(name: string): string {
  return `f-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/**
 * One labelled text input with its hint and error, all in the caller's shadow root so the
 * label, `aria-describedby` and `aria-invalid` references resolve. Values are bound as
 * properties, never attributes, so typed data (card numbers) never reaches the DOM tree.
 */
export function renderTextField(i18n: Translator, spec: TextFieldSpec) {
  const id = fieldId(spec.name);
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const described = [...(spec.describedBy ?? []), spec.hint ? hintId : '', spec.error ? errorId : ''].filter(Boolean);
  const label = spec.required ? spec.label : i18n.t('field.optionalLabel', { label: spec.label });
  return html`<div class="field ${spec.className ?? ''}" part="field">
    <label for=${id}>${label}</label>
    <input
      id=${id}
      name=${spec.name}
      type=${spec.type ?? 'text'}
      .value=${live(spec.value)}
      autocomplete=${ifDefined(spec.autocomplete)}
      inputmode=${ifDefined(spec.inputmode)}
      dir=${ifDefined(spec.dir)}
      placeholder=${ifDefined(spec.placeholder)}
      maxlength=${ifDefined(spec.maxLength)}
      ?disabled=${spec.disabled ?? false}
      aria-required=${spec.required ? 'true' : 'false'}
      aria-invalid=${spec.error ? 'true' : 'false'}
      aria-describedby=${ifDefined(described.length ? described.join(' ') : undefined)}
      @input=${spec.onInput}
      @blur=${spec.onBlur}
      @beforeinput=${spec.onBeforeInput}
    />
    ${spec.hint || spec.counter
      ? html`<div class="field-meta">
          ${spec.hint ? html`<span id=${hintId} class="hint">${spec.hint}</span>` : nothing}
          ${spec.counter ? html`<span class="counter" aria-hidden="true">${spec.counter}</span>` : nothing}
        </div>`
      : nothing}
    ${spec.error ? html`<p id=${errorId} class="error">${i18n.t(spec.error.key, spec.error.params)}</p>` : nothing}
  </div>`;
}
