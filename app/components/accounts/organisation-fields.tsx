import { Field } from '~/components/form';
import { useT } from '~/lib/i18n';

export const organisationKindOptions = [
  'municipality',
  'company',
  'npo',
  'training_provider',
  'intermediary',
] as const;

interface FormState {
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
}

/**
 * The fields that describe an organisation (sign-up as host/coordinator, "new organisation").
 * `required` marks them as required for this form; on the sign-up form they only count when
 * "organisation" is chosen, so they carry no `required` attribute there.
 */
export function OrganisationFields(props: {
  state?: FormState;
  prefectures: ReadonlyArray<{ code: string; name: string }>;
  required: boolean;
}) {
  const t = useT();
  const { state } = props;
  const value = (name: string) => state?.values?.[name] ?? '';
  const error = (name: string) => state?.fieldErrors?.[name];
  const describedBy = (name: string, hint?: boolean) =>
    [hint ? `field-${name}-hint` : null, error(name) ? `field-${name}-error` : null]
      .filter(Boolean)
      .join(' ') || undefined;
  return (
    <>
      <Field
        name="organisationName"
        label={t('accounts.org.name')}
        state={state}
        required={props.required}
        autoComplete="organization"
        maxLength={120}
      />
      <Field
        name="organisationNameEn"
        label={t('accounts.org.nameEn')}
        hint={t('accounts.org.nameEnHint')}
        state={state}
        maxLength={120}
      />
      <SelectField
        name="organisationKind"
        label={t('accounts.org.kind')}
        required={props.required}
        error={error('organisationKind')}
        describedBy={describedBy('organisationKind')}
        defaultValue={value('organisationKind')}
        options={organisationKindOptions.map((kind) => ({
          value: kind,
          label: t(`accounts.orgKind.${kind}`),
        }))}
      />
      <SelectField
        name="prefectureCode"
        label={t('accounts.org.prefecture')}
        required={props.required}
        error={error('prefectureCode')}
        describedBy={describedBy('prefectureCode')}
        defaultValue={value('prefectureCode')}
        options={props.prefectures.map((prefecture) => ({ value: prefecture.code, label: prefecture.name }))}
      />
      <Field
        name="municipality"
        label={t('accounts.org.municipality')}
        hint={t('accounts.org.municipalityHint')}
        state={state}
        maxLength={60}
      />
    </>
  );
}

function SelectField(props: {
  name: string;
  label: string;
  required: boolean;
  error?: string;
  describedBy?: string;
  defaultValue: string;
  options: Array<{ value: string; label: string }>;
}) {
  const t = useT();
  const id = `field-${props.name}`;
  return (
    <div className={`field${props.error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>
        {props.label}
        {props.required ? <span className="required-mark"> ({t('common.required')})</span> : null}
      </label>
      <select
        id={id}
        name={props.name}
        required={props.required}
        defaultValue={props.defaultValue}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.describedBy}
      >
        <option value="">{t('accounts.form.choose')}</option>
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {props.error ? (
        <p className="field-error" id={`${id}-error`}>
          {t(props.error)}
        </p>
      ) : null}
    </div>
  );
}
