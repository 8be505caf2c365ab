import type { ReactNode } from 'react';
import { useCsrfToken, useT } from '~/lib/i18n';

export function CsrfInput() {
  return <input type="hidden" name="_csrf" value={useCsrfToken()} />;
}

interface FormState {
  formError?: string;
  formErrorParams?: Record<string, string | number>;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
}

export function FormErrorSummary({ state }: { state: FormState | undefined }) {
  const t = useT();
  if (!state?.formError) return null;
  return (
    <div className="alert alert-error" role="alert">
      {t(state.formError, state.formErrorParams)}
    </div>
  );
}

/** The ids a field's control and its hint/error share, so assistive technology reads them together. */
function fieldIds(props: { name: string; hint?: string; state?: FormState }) {
  const error = props.state?.fieldErrors?.[props.name];
  const id = `field-${props.name}`;
  const describedBy =
    [props.hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return { id, error, describedBy };
}

export function Field(props: {
  name: string;
  label: string;
  type?: string;
  state?: FormState;
  defaultValue?: string | number | null;
  required?: boolean;
  autoComplete?: string;
  hint?: string;
  multiline?: boolean;
  rows?: number;
  min?: number | string;
  max?: number | string;
  step?: number | string;
  maxLength?: number;
  placeholder?: string;
  inputMode?: 'numeric' | 'text' | 'email' | 'tel' | 'url';
  children?: ReactNode;
}) {
  const t = useT();
  const { id, error, describedBy } = fieldIds(props);
  const value = props.state?.values?.[props.name] ?? props.defaultValue ?? undefined;
  const common = {
    id,
    name: props.name,
    required: props.required,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    defaultValue: value === null ? undefined : value,
    autoComplete: props.autoComplete,
    maxLength: props.maxLength,
    placeholder: props.placeholder,
  };
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>
        {props.label}
        {props.required ? <span className="required-mark"> ({t('common.required')})</span> : null}
      </label>
      {props.hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      {props.children ??
        (props.multiline ? (
          <textarea {...common} rows={props.rows ?? 6} />
        ) : (
          <input
            {...common}
            type={props.type ?? 'text'}
            min={props.min}
            max={props.max}
            step={props.step}
            inputMode={props.inputMode}
          />
        ))}
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {t(error)}
        </p>
      ) : null}
    </div>
  );
}

/**
 * A labelled <select> in the Field wrapper. The selected option is `value` when the caller has
 * resolved it, else the submitted value echoed from `state`, else `defaultValue`. `required` marks
 * the label; `requiredInBrowser` also stops the browser submitting it empty (leave it off where an
 * incomplete draft may be saved).
 */
export function SelectField(props: {
  name: string;
  label: string;
  state?: FormState;
  value?: string;
  defaultValue?: string;
  options: Array<{ value: string; label: string }>;
  hint?: string;
  required?: boolean;
  requiredInBrowser?: boolean;
}) {
  const { id, error, describedBy } = fieldIds(props);
  return (
    <Field
      name={props.name}
      label={props.label}
      state={props.state}
      hint={props.hint}
      required={props.required}
    >
      <select
        id={id}
        name={props.name}
        defaultValue={props.value ?? props.state?.values?.[props.name] ?? props.defaultValue}
        required={props.requiredInBrowser}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      >
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
