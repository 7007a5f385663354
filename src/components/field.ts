import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { ValidationMessage } from '../forms/validation.js';
import type { Translator } from '../i18n/translator.js';

/** What every labelled control shares: its name, label, error and layout. */
interface FieldBase {
  /** The field's path in the confirm body; also its form name and validation key. */
  name: string;
  label: string;
  value: string;
  error: ValidationMessage | null;
  required: boolean;
  disabled?: boolean;
  autocomplete?: string;
  /** Numbers, codes and emails read left-to-right in every language. */
  dir?: 'ltr';
  /** Extra description ids in the same shadow root (a hint, a brand badge). */
  describedBy?: string[];
  hint?: string;
  counter?: string;
  className?: string;
  onBlur?: () => void;
}

export interface TextFieldSpec extends FieldBase {
  type?: 'text' | 'email' | 'tel';
  inputmode?: 'text' | 'email' | 'tel' | 'numeric' | 'decimal';
  placeholder?: string;
  maxLength?: number;
  onInput: (event: InputEvent) => void;
  onBeforeInput?: (event: InputEvent) => void;
}

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectFieldSpec extends FieldBase {
  options: readonly SelectOption[];
  /** The label of a leading empty option ("Choose…"), for a select that starts with nothing chosen. */
  emptyLabel?: string;
  onChange: (value: string) => void;
}

/**
 * Enter on a checkbox or radio, which should submit as it does in a text input: browsers differ
 * there, since implicit submission is theirs to define. A select keeps Enter (it opens some).
 */
export function isEnterOnChoice(event: KeyboardEvent): boolean {
  const target = event.composedPath()[0];
  return event.key === 'Enter' && !event.isComposing && target instanceof HTMLInputElement && (target.type === 'checkbox' || target.type === 'radio');
}

/** A DOM id derived from a field name (names contain dots, which ids tolerate but selectors dislike). */
export function fieldId(name: string): string {
  return `f-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

function describedBy(spec: FieldBase): string | undefined {
  const id = fieldId(spec.name);
  const ids = [...(spec.describedBy ?? []), spec.hint ? `${id}-hint` : '', spec.error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/**
 * The label, hint, counter and error around one control, all in the caller's shadow root so the
 * label, `aria-describedby` and `aria-invalid` references resolve.
 */
function renderField(i18n: Translator, spec: FieldBase, control: TemplateResult) {
  const id = fieldId(spec.name);
  const label = spec.required ? spec.label : i18n.t('field.optionalLabel', { label: spec.label });
  return html`<div class="field ${spec.className ?? ''}" part="field">
    <label for=${id}>${label}</label>
    ${control}
    ${spec.hint || spec.counter
      ? html`<div class="field-meta">
          ${spec.hint ? html`<span id="${id}-hint" class="hint">${spec.hint}</span>` : nothing}
          ${spec.counter ? html`<span class="counter" aria-hidden="true">${spec.counter}</span>` : nothing}
        </div>`
      : nothing}
    ${spec.error ? html`<p id="${id}-error" class="error">${i18n.t(spec.error.key, spec.error.params)}</p>` : nothing}
  </div>`;
}

/**
 * One labelled text input. Values are bound as properties, never attributes, so what the
 * customer types never reaches the DOM tree.
 */
export function renderTextField(i18n: Translator, spec: TextFieldSpec) {
  return renderField(
    i18n,
    spec,
    html`<input
      id=${fieldId(spec.name)}
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
      aria-describedby=${ifDefined(describedBy(spec))}
      @input=${spec.onInput}
      @blur=${spec.onBlur}
      @beforeinput=${spec.onBeforeInput}
    />`,
  );
}

/**
 * One labelled native `<select>`: the platform's own listbox, keyboard and mobile picker, and the
 * same label, error and `aria-*` wiring as a text input. Options are text, never markup.
 * `selected` picks the option on the first render (before the options exist, `.value` has
 * nothing to choose from); `.value` keeps the choice in step afterwards.
 */
export function renderSelectField(i18n: Translator, spec: SelectFieldSpec) {
  const known = spec.options.some((option) => option.value === spec.value);
  return renderField(
    i18n,
    spec,
    html`<select
      id=${fieldId(spec.name)}
      name=${spec.name}
      dir=${ifDefined(spec.dir)}
      autocomplete=${ifDefined(spec.autocomplete)}
      ?disabled=${spec.disabled ?? false}
      aria-required=${spec.required ? 'true' : 'false'}
      aria-invalid=${spec.error ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(spec))}
      .value=${live(known ? spec.value : '')}
      @change=${(event: Event) => event.target instanceof HTMLSelectElement && spec.onChange(event.target.value)}
      @blur=${spec.onBlur}
    >
      ${spec.emptyLabel !== undefined ? html`<option value="" ?selected=${!known}>${spec.emptyLabel}</option>` : nothing}
      ${spec.options.map((option) => html`<option value=${option.value} ?selected=${option.value === spec.value}>${option.label}</option>`)}
    </select>`,
  );
}

/** A text field's spec without what the form that owns the value fills in. */
export type BoundTextSpec = Omit<TextFieldSpec, 'value' | 'error' | 'disabled' | 'onInput' | 'onBlur'>;
/** A select's spec without what the form that owns the value fills in. */
export type BoundSelectSpec = Omit<SelectFieldSpec, 'value' | 'error' | 'disabled' | 'onChange' | 'onBlur'>;

export interface RadioSpec {
  name: string;
  value: string;
  label: string;
  detail?: string;
  /** For the group's first radio: where focus goes when the group's error is shown. */
  id?: string;
}

/**
 * A form's fields as a section of it sees them: the section says which fields and how they
 * look; the form binds each to its value, its error and its handlers.
 */
export interface FieldBinder {
  readonly i18n: Translator;
  value(name: string): string;
  text(spec: BoundTextSpec): TemplateResult;
  select(spec: BoundSelectSpec): TemplateResult;
  /** A yes/no choice stored as `'true'` or `''`. */
  checkbox(spec: { name: string; label: string }): TemplateResult;
  /** One of several choices stored under `name`; `detail` is a second, quieter line (a plan's cost). */
  radio(spec: RadioSpec): TemplateResult;
}

export interface FieldBinding {
  i18n: Translator;
  values: Readonly<Record<string, string>>;
  disabled: boolean;
  /** The message to show now, if any (the form decides when feedback is due). */
  errorFor(name: string): ValidationMessage | null;
  setValue(name: string, value: string): void;
  /** The customer left the field (blur). */
  leave(name: string): void;
}

/** A FieldBinder over one form's values and handlers: every field it renders is wired the same way. */
export function bindFields({ i18n, values, disabled, errorFor, setValue, leave }: FieldBinding): FieldBinder {
  const bound = (name: string) => ({ value: values[name] ?? '', error: errorFor(name), disabled, onBlur: () => leave(name) });
  return {
    i18n,
    value: (name) => values[name] ?? '',
    text: (spec) =>
      renderTextField(i18n, {
        ...spec,
        ...bound(spec.name),
        onInput: (event) => event.target instanceof HTMLInputElement && setValue(spec.name, event.target.value),
      }),
    select: (spec) => renderSelectField(i18n, { ...spec, ...bound(spec.name), onChange: (value) => setValue(spec.name, value) }),
    checkbox: ({ name, label }) => html`<label class="checkbox">
      <input
        type="checkbox"
        name=${name}
        .checked=${live(values[name] === 'true')}
        ?disabled=${disabled}
        @change=${(event: Event) => event.target instanceof HTMLInputElement && setValue(name, event.target.checked ? 'true' : '')}
      />
      ${label}
    </label>`,
    radio: ({ name, value, label, detail, id }) => html`<label class="method">
      <input
        type="radio"
        id=${ifDefined(id)}
        name=${name}
        value=${value}
        .checked=${live(values[name] === value)}
        ?disabled=${disabled}
        @change=${() => setValue(name, value)}
      />
      <span>${label}${detail ? html`<span class="method-detail">${detail}</span>` : nothing}</span>
    </label>`,
  };
}
