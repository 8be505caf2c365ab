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
  const error = props.state?.fieldErrors?.[props.name];
  const id = `field-${props.name}`;
  const describedBy =
    [props.hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
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
