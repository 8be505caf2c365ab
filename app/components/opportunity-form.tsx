import type { ReactNode } from 'react';
import { Form } from 'react-router';
import {
  COMPENSATION_UNITS,
  OPPORTUNITY_KINDS,
  OPPORTUNITY_LANGUAGES,
  WORK_STYLES,
} from '#src/domain/opportunities/types';
import { WORK_FIELDS } from '#src/domain/taxonomy/fields';
import { SKILLS } from '#src/domain/taxonomy/skills';
import { CsrfInput, Field, SelectField } from '~/components/form';
import { useLocale, useT } from '~/lib/i18n';
import '~/styles/opportunities.css';

export interface OpportunityFormState {
  formError?: string;
  formErrorParams?: Record<string, string | number>;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
}

interface Option {
  code: string;
  label: string;
}

export interface OpportunityFormProps {
  /** What the form shows: the echoed submission, else the stored opportunity (or defaults). */
  values: Record<string, string>;
  state?: OpportunityFormState;
  /** Only when creating: the organisations the actor may post for. */
  organisations?: Array<{ id: string; name: string }>;
  programmes: Array<{ id: string; name: string }>;
  prefectures: Option[];
  placePrefecture: string;
  placeOptions: Option[];
  selectedPlaces: Option[];
  selectedPrefectures: Option[];
  /** The submit buttons (save draft, publish…), each a <button name="intent">. */
  actions: ReactNode;
  /** The intent the Enter key triggers. */
  defaultIntent: string;
}

const listOf = (value: string | undefined) => (value ? value.split('\n').filter(Boolean) : []);

/** Field labels by form name, also used to link the error summary to each field. */
export const OPPORTUNITY_FIELD_LABELS: Record<string, string> = {
  organisationId: 'opportunities.form.organisation',
  title: 'opportunities.form.title',
  kind: 'opportunities.form.kind',
  summary: 'opportunities.form.summary',
  description: 'opportunities.form.description',
  programmeId: 'opportunities.form.programme',
  municipalityCodes: 'opportunities.form.places',
  prefectureCodes: 'opportunities.form.places',
  workStyle: 'opportunities.form.workStyle',
  visitsPerMonth: 'opportunities.form.visitsPerMonth',
  startsOn: 'opportunities.form.startsOn',
  endsOn: 'opportunities.form.endsOn',
  durationMonths: 'opportunities.form.durationMonths',
  hoursPerWeekMin: 'opportunities.form.hoursPerWeekMin',
  hoursPerWeekMax: 'opportunities.form.hoursPerWeekMax',
  compensationUnit: 'opportunities.form.compensationUnit',
  compensationMin: 'opportunities.form.compensationMin',
  compensationMax: 'opportunities.form.compensationMax',
  fields: 'opportunities.form.fields',
  requiredSkills: 'opportunities.form.requiredSkills',
  preferredSkills: 'opportunities.form.preferredSkills',
  tags: 'opportunities.form.tags',
  'eligibility.graduationYear': 'opportunities.form.graduationYear',
  'eligibility.residentMunicipalityCodes': 'opportunities.form.residents',
  'eligibility.note': 'opportunities.form.eligibilityNote',
  openings: 'opportunities.form.openings',
  applicationsOpenAt: 'opportunities.form.applicationsOpenAt',
  applicationsCloseAt: 'opportunities.form.applicationsCloseAt',
  languages: 'opportunities.form.languages',
  howToApply: 'opportunities.form.howToApply',
  blindScreening: 'opportunities.form.blindScreening',
};

/** Where a field's error links to: the input, or the first checkbox of a group. */
function fieldAnchor(name: string) {
  if (name === 'municipalityCodes' || name === 'prefectureCodes') return 'field-placePrefecture';
  if (['fields', 'requiredSkills', 'preferredSkills', 'languages'].includes(name)) return `group-${name}`;
  return `field-${name}`;
}

export function OpportunityErrorSummary({ state }: { state?: OpportunityFormState }) {
  const t = useT();
  if (!state?.formError) return null;
  const entries = Object.entries(state.fieldErrors ?? {});
  return (
    <div className="alert alert-error" role="alert">
      <p className="error-summary-title">{t(state.formError, state.formErrorParams)}</p>
      {entries.length > 0 ? (
        <ul>
          {entries.map(([name, message]) => (
            <li key={name}>
              <a href={`#${fieldAnchor(name)}`}>
                {OPPORTUNITY_FIELD_LABELS[name] ? t(OPPORTUNITY_FIELD_LABELS[name]) : name}
              </a>
              : {t(message)}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function CheckboxGroup(props: {
  name: string;
  legend: string;
  hint?: string;
  options: Array<{ value: string; label: string }>;
  checked: string[];
  error?: string;
}) {
  const t = useT();
  const errorId = props.error ? `group-${props.name}-error` : undefined;
  const hintId = props.hint ? `group-${props.name}-hint` : undefined;
  return (
    <fieldset
      className={props.error ? 'field-invalid' : undefined}
      id={`group-${props.name}`}
      aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
    >
      <legend className="fieldset-legend">{props.legend}</legend>
      {props.hint ? (
        <p className="field-hint" id={hintId}>
          {props.hint}
        </p>
      ) : null}
      <ul className="checkbox-grid">
        {props.options.map((option) => (
          <li key={option.value}>
            <label>
              <input
                type="checkbox"
                name={props.name}
                value={option.value}
                defaultChecked={props.checked.includes(option.value)}
              />
              {option.label}
            </label>
          </li>
        ))}
      </ul>
      {props.error ? (
        <p className="field-error" id={errorId}>
          {t(props.error)}
        </p>
      ) : null}
    </fieldset>
  );
}

/**
 * The host's opportunity form. Works without client script: the place picker re-renders the
 * form for another prefecture (intent "showPlaces") keeping everything typed.
 */
export function OpportunityForm(props: OpportunityFormProps) {
  const t = useT();
  const locale = useLocale();
  // A submission that came back shows exactly what was sent (an unticked box is absent from it).
  const values = props.state?.values ?? props.values;
  const state = props.state;
  const errors = state?.fieldErrors ?? {};
  const value = (name: string) => values[name] ?? '';
  const checkedPlaces = listOf(values.municipalityCodes);
  const checkedPrefectures = listOf(values.prefectureCodes);
  const placeCodes = new Set(props.placeOptions.map((option) => option.code));
  const elsewhere = props.selectedPlaces.filter((place) => !placeCodes.has(place.code));
  const otherPrefectures = props.selectedPrefectures.filter((place) => place.code !== props.placePrefecture);
  const currentPrefecture = props.prefectures.find((prefecture) => prefecture.code === props.placePrefecture);
  const label = (entry: { ja: string; en: string }) => (locale === 'en' ? entry.en : entry.ja);
  const skillOptions = SKILLS.map((skill) => ({ value: skill.slug, label: label(skill) }));
  const placeError = errors.municipalityCodes ?? errors.prefectureCodes;

  return (
    <Form method="post" className="form opportunity-form" noValidate>
      <CsrfInput />
      {/* The first submit button is what Enter in a text field presses. */}
      <button
        type="submit"
        name="intent"
        value={props.defaultIntent}
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
      >
        {t('opportunities.form.save')}
      </button>

      <fieldset>
        <legend className="fieldset-legend">{t('opportunities.form.basics')}</legend>
        <div className="stack">
          {props.organisations && props.organisations.length > 1 ? (
            <SelectField
              name="organisationId"
              label={t('opportunities.form.organisation')}
              state={state}
              value={value('organisationId')}
              options={props.organisations.map((organisation) => ({
                value: organisation.id,
                label: organisation.name,
              }))}
              required
            />
          ) : props.organisations?.[0] ? (
            <input type="hidden" name="organisationId" value={props.organisations[0].id} />
          ) : null}
          <Field
            name="title"
            label={t('opportunities.form.title')}
            state={state}
            defaultValue={value('title')}
            required
            maxLength={120}
            hint={t('opportunities.form.titleHint')}
          />
          <SelectField
            name="kind"
            label={t('opportunities.form.kind')}
            state={state}
            value={value('kind') || 'side_job'}
            options={OPPORTUNITY_KINDS.map((kind) => ({
              value: kind,
              label: t(`opportunities.kind.${kind}`),
            }))}
          />
          <Field
            name="summary"
            label={t('opportunities.form.summary')}
            state={state}
            defaultValue={value('summary')}
            multiline
            rows={2}
            maxLength={300}
            hint={t('opportunities.form.summaryHint')}
          />
          <Field
            name="description"
            label={t('opportunities.form.description')}
            state={state}
            defaultValue={value('description')}
            multiline
            rows={12}
            hint={t('opportunities.form.descriptionHint')}
          />
          <SelectField
            name="programmeId"
            label={t('opportunities.form.programme')}
            state={state}
            value={value('programmeId')}
            hint={t('opportunities.form.programmeHint')}
            options={[
              { value: '', label: t('opportunities.form.noProgramme') },
              ...props.programmes.map((programme) => ({ value: programme.id, label: programme.name })),
            ]}
          />
        </div>
      </fieldset>

      <fieldset>
        <legend className="fieldset-legend">{t('opportunities.form.placeAndStyle')}</legend>
        <div className="stack">
          <div className="place-picker">
            <Field
              name="placePrefecture"
              label={t('opportunities.form.placePrefecture')}
              hint={t('opportunities.form.placePrefectureHint')}
            >
              <select
                id="field-placePrefecture"
                name="placePrefecture"
                defaultValue={props.placePrefecture}
                aria-describedby="field-placePrefecture-hint"
              >
                {props.prefectures.map((prefecture) => (
                  <option key={prefecture.code} value={prefecture.code}>
                    {prefecture.label}
                  </option>
                ))}
              </select>
            </Field>
            <button
              type="submit"
              name="intent"
              value="showPlaces"
              className="button button-secondary button-small"
            >
              {t('opportunities.form.showPlaces')}
            </button>
          </div>
          <fieldset
            className={placeError ? 'field-invalid' : undefined}
            aria-describedby={placeError ? 'places-error' : undefined}
          >
            <legend className="fieldset-legend">
              {t('opportunities.form.placesIn', { prefecture: currentPrefecture?.label ?? '' })}
            </legend>
            <label className="checkbox-line">
              <input
                type="checkbox"
                name="prefectureCodes"
                value={props.placePrefecture}
                defaultChecked={checkedPrefectures.includes(props.placePrefecture)}
              />
              {t('opportunities.form.wholePrefecture', { prefecture: currentPrefecture?.label ?? '' })}
            </label>
            <ul className="checkbox-grid place-options">
              {props.placeOptions.map((option) => (
                <li key={option.code}>
                  <label>
                    <input
                      type="checkbox"
                      name="municipalityCodes"
                      value={option.code}
                      defaultChecked={checkedPlaces.includes(option.code)}
                    />
                    {option.label}
                  </label>
                </li>
              ))}
            </ul>
            {elsewhere.length > 0 || otherPrefectures.length > 0 ? (
              <>
                <p className="field-hint">{t('opportunities.form.selectedElsewhere')}</p>
                <ul className="checkbox-grid">
                  {otherPrefectures.map((place) => (
                    <li key={place.code}>
                      <label>
                        <input type="checkbox" name="prefectureCodes" value={place.code} defaultChecked />
                        {t('opportunities.form.wholePrefecture', { prefecture: place.label })}
                      </label>
                    </li>
                  ))}
                  {elsewhere.map((place) => (
                    <li key={place.code}>
                      <label>
                        <input type="checkbox" name="municipalityCodes" value={place.code} defaultChecked />
                        {place.label}
                      </label>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {placeError ? (
              <p className="field-error" id="places-error">
                {t(placeError)}
              </p>
            ) : null}
          </fieldset>
          <div className="field-pair">
            <SelectField
              name="workStyle"
              label={t('opportunities.form.workStyle')}
              state={state}
              value={value('workStyle') || 'remote'}
              options={WORK_STYLES.map((style) => ({
                value: style,
                label: t(`opportunities.workStyle.${style}`),
              }))}
            />
            <Field
              name="visitsPerMonth"
              label={t('opportunities.form.visitsPerMonth')}
              state={state}
              defaultValue={value('visitsPerMonth')}
              type="number"
              min={0}
              max={31}
              inputMode="numeric"
              hint={t('opportunities.form.visitsPerMonthHint')}
            />
          </div>
        </div>
      </fieldset>

      <fieldset>
        <legend className="fieldset-legend">{t('opportunities.form.periodAndHours')}</legend>
        <div className="field-pair">
          <Field
            name="startsOn"
            label={t('opportunities.form.startsOn')}
            state={state}
            defaultValue={value('startsOn')}
            type="date"
          />
          <Field
            name="endsOn"
            label={t('opportunities.form.endsOn')}
            state={state}
            defaultValue={value('endsOn')}
            type="date"
          />
          <Field
            name="durationMonths"
            label={t('opportunities.form.durationMonths')}
            state={state}
            defaultValue={value('durationMonths')}
            type="number"
            min={1}
            max={60}
            inputMode="numeric"
          />
        </div>
        <div className="field-pair">
          <Field
            name="hoursPerWeekMin"
            label={t('opportunities.form.hoursPerWeekMin')}
            state={state}
            defaultValue={value('hoursPerWeekMin')}
            type="number"
            min={0}
            max={80}
            inputMode="numeric"
          />
          <Field
            name="hoursPerWeekMax"
            label={t('opportunities.form.hoursPerWeekMax')}
            state={state}
            defaultValue={value('hoursPerWeekMax')}
            type="number"
            min={0}
            max={80}
            inputMode="numeric"
          />
        </div>
      </fieldset>

      <fieldset>
        <legend className="fieldset-legend">{t('opportunities.form.compensation')}</legend>
        <div className="field-pair">
          <SelectField
            name="compensationUnit"
            label={t('opportunities.form.compensationUnit')}
            state={state}
            value={value('compensationUnit') || 'none'}
            options={COMPENSATION_UNITS.map((unit) => ({
              value: unit,
              label: t(`opportunities.compensationUnit.${unit}`),
            }))}
          />
          <Field
            name="compensationMin"
            label={t('opportunities.form.compensationMin')}
            state={state}
            defaultValue={value('compensationMin')}
            inputMode="numeric"
            hint={t('opportunities.form.yenHint')}
          />
          <Field
            name="compensationMax"
            label={t('opportunities.form.compensationMax')}
            state={state}
            defaultValue={value('compensationMax')}
            inputMode="numeric"
            hint={t('opportunities.form.yenHint')}
          />
        </div>
      </fieldset>

      <fieldset>
        <legend className="fieldset-legend">{t('opportunities.form.fieldsAndSkills')}</legend>
        <div className="stack">
          <CheckboxGroup
            name="fields"
            legend={t('opportunities.form.fields')}
            options={WORK_FIELDS.map((field) => ({ value: field.id, label: label(field) }))}
            checked={listOf(values.fields)}
            error={errors.fields}
          />
          <CheckboxGroup
            name="requiredSkills"
            legend={t('opportunities.form.requiredSkills')}
            options={skillOptions}
            checked={listOf(values.requiredSkills)}
            error={errors.requiredSkills}
          />
          <CheckboxGroup
            name="preferredSkills"
            legend={t('opportunities.form.preferredSkills')}
            options={skillOptions}
            checked={listOf(values.preferredSkills)}
            error={errors.preferredSkills}
          />
          <Field
            name="tags"
            label={t('opportunities.form.tags')}
            state={state}
            defaultValue={value('tags')}
            hint={t('opportunities.form.tagsHint')}
          />
        </div>
      </fieldset>

      <fieldset>
        <legend className="fieldset-legend">{t('opportunities.form.eligibility')}</legend>
        <div className="stack">
          <Field
            name="eligibility.graduationYear"
            label={t('opportunities.form.graduationYear')}
            state={state}
            defaultValue={value('eligibility.graduationYear')}
            type="number"
            min={2000}
            max={2100}
            inputMode="numeric"
            hint={t('opportunities.form.graduationYearHint')}
          />
          <Field
            name="eligibility.residentMunicipalityCodes"
            label={t('opportunities.form.residents')}
            state={state}
            defaultValue={value('eligibility.residentMunicipalityCodes')}
            hint={t('opportunities.form.residentsHint')}
          />
          <Field
            name="eligibility.note"
            label={t('opportunities.form.eligibilityNote')}
            state={state}
            defaultValue={value('eligibility.note')}
            multiline
            rows={3}
          />
        </div>
      </fieldset>

      <fieldset>
        <legend className="fieldset-legend">{t('opportunities.form.recruitment')}</legend>
        <div className="stack">
          <div className="field-pair">
            <Field
              name="openings"
              label={t('opportunities.form.openings')}
              state={state}
              defaultValue={value('openings') || '1'}
              type="number"
              min={1}
              inputMode="numeric"
            />
            <Field
              name="applicationsOpenAt"
              label={t('opportunities.form.applicationsOpenAt')}
              state={state}
              defaultValue={value('applicationsOpenAt')}
              type="datetime-local"
            />
            <Field
              name="applicationsCloseAt"
              label={t('opportunities.form.applicationsCloseAt')}
              state={state}
              defaultValue={value('applicationsCloseAt')}
              type="datetime-local"
              hint={t('opportunities.form.applicationsCloseAtHint')}
            />
          </div>
          <CheckboxGroup
            name="languages"
            legend={t('opportunities.form.languages')}
            options={OPPORTUNITY_LANGUAGES.map((language) => ({
              value: language,
              label: t(`opportunities.language.${language}`),
            }))}
            checked={listOf(values.languages).length ? listOf(values.languages) : ['ja']}
            error={errors.languages}
          />
          <Field
            name="howToApply"
            label={t('opportunities.form.howToApply')}
            state={state}
            defaultValue={value('howToApply')}
            multiline
            rows={4}
            hint={t('opportunities.form.howToApplyHint')}
          />
          <div className="field">
            <label className="checkbox-line">
              <input
                type="checkbox"
                name="blindScreening"
                defaultChecked={value('blindScreening') === 'on'}
                aria-describedby="blind-hint"
              />
              {t('opportunities.form.blindScreening')}
            </label>
            <p className="field-hint" id="blind-hint">
              {t('opportunities.form.blindScreeningHint')}
            </p>
          </div>
        </div>
      </fieldset>

      <div className="form-actions">{props.actions}</div>
    </Form>
  );
}
