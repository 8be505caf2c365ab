import { Fragment, type ReactNode } from 'react';
import { Form, Link, useActionData } from 'react-router';
import { getOwnTalentProfile } from '#src/domain/talent/get-own-talent-profile';
import {
  EXPECTATION_UNITS,
  GENDERS,
  PROFILE_VISIBILITIES,
  REGION_TIE_KINDS,
  WORK_STYLES,
} from '#src/domain/talent/types';
import { WORK_FIELDS } from '#src/domain/taxonomy/fields';
import { SKILLS, skillLabel } from '#src/domain/taxonomy/skills';
import { CsrfInput, Field, FormErrorSummary, SelectField } from '~/components/form';
import { ExperienceFields } from '~/components/talent-experience-fields';
import { useFormatMonth } from '~/components/talent-profile-view';
import { requireActorOrRedirect } from '~/lib/auth.server';
import { readForm } from '~/lib/forms.server';
import { useLocale, useT } from '~/lib/i18n';
import { pageMeta } from '~/lib/meta';
import { loadOrThrow } from '~/lib/route-errors.server';
import {
  handleProfileAction,
  PROFILE_INTENTS,
  prefectureOptions,
  profilePageData,
  type ProfileActionFailure,
} from './talent-profile.server';
import type { Route } from './+types/account.profile._index';
import '~/styles/talent.css';

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, { titleKey: 'talent.profile.title' });

export async function loader({ request, context }: Route.LoaderArgs) {
  const actor = await requireActorOrRedirect(context, request);
  const own = await loadOrThrow(() => getOwnTalentProfile({ db: context.runtime.db, actor }));
  const saved = new URL(request.url).searchParams.get('saved');
  return {
    ...profilePageData(own, context.locale),
    prefectures: prefectureOptions(context.locale),
    saved: PROFILE_INTENTS.find((intent) => intent === saved) ?? null,
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const actor = await requireActorOrRedirect(context, request);
  const formData = await readForm(request, context);
  return handleProfileAction({ context, actor, formData });
}

type LoaderData = Route.ComponentProps['loaderData'];

const SECTIONS = [
  ['basic', 'talent.section.basic'],
  ['skills', 'talent.section.skills'],
  ['experience', 'talent.section.experience'],
  ['interests', 'talent.section.interests'],
  ['availability', 'talent.section.availability'],
  ['preferences', 'talent.section.preferences'],
  ['regions', 'talent.section.regions'],
  ['documents', 'talent.section.documents'],
  ['visibility', 'talent.section.visibility'],
] as const;

function useSectionState(...intents: string[]): ProfileActionFailure | undefined {
  const state = useActionData<typeof action>() as ProfileActionFailure | undefined;
  return state && intents.includes(state.intent) ? state : undefined;
}

function SavedNotice({ show, children }: { show: boolean; children: ReactNode }) {
  if (!show) return null;
  return (
    <div className="alert alert-success" role="status">
      {children}
    </div>
  );
}

function ProfileSection(props: { id: string; title: string; lead?: string; children: ReactNode }) {
  return (
    <section id={props.id} className="card talent-section" aria-labelledby={`${props.id}-title`}>
      <h2 id={`${props.id}-title`}>{props.title}</h2>
      {props.lead ? <p className="muted">{props.lead}</p> : null}
      {props.children}
    </section>
  );
}

function SaveButton({ section }: { section: string }) {
  const t = useT();
  return (
    <div>
      <button type="submit" className="button">
        {t('talent.section.save', { section })}
      </button>
    </div>
  );
}

export default function ProfilePage({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const data = loaderData;
  return (
    <div className="container page">
      <h1>{t('talent.profile.title')}</h1>
      <p>{t('talent.profile.lead')}</p>
      <div className="talent-layout">
        <div>
          <BasicSection data={data} />
          <SkillsSection data={data} />
          <ExperienceSection data={data} />
          <InterestsSection data={data} />
          <AvailabilitySection data={data} />
          <PreferencesSection data={data} />
          <RegionsSection data={data} />
          <DocumentsSection data={data} />
          <VisibilitySection data={data} />
        </div>
        <aside className="talent-sidebar">
          <Completeness data={data} />
          <nav aria-labelledby="sections-title" className="card">
            <h2 id="sections-title">{t('talent.profile.sections')}</h2>
            <ul className="plain-list">
              {SECTIONS.map(([id, key]) => (
                <li key={id}>
                  <a href={`#${id}`}>{t(key)}</a>
                </li>
              ))}
            </ul>
          </nav>
        </aside>
      </div>
    </div>
  );
}

function Completeness({ data }: { data: LoaderData }) {
  const t = useT();
  const { percent, missing } = data.completeness;
  return (
    <section className="card" aria-labelledby="completeness-title">
      <h2 id="completeness-title">{t('talent.completeness.title')}</h2>
      <p className="talent-percent" id="completeness-value">
        {t('talent.completeness.percent', { percent })}
      </p>
      <meter
        className="talent-meter"
        min={0}
        max={100}
        low={50}
        high={80}
        optimum={100}
        value={percent}
        aria-label={t('talent.completeness.label', { percent })}
      />
      {missing.length === 0 ? (
        <p>{t('talent.completeness.complete')}</p>
      ) : (
        <>
          <h3 className="small">{t('talent.completeness.missing')}</h3>
          <ul className="plain-list" aria-label={t('talent.completeness.missing')}>
            {missing.map((item) => (
              <li key={item.key}>
                <a href={`#${item.section}`}>{t(`talent.completeness.item.${item.key}`)}</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function BasicSection({ data }: { data: LoaderData }) {
  const t = useT();
  const state = useSectionState('basics');
  const v = data.values;
  const title = t('talent.section.basic');
  return (
    <ProfileSection id="basic" title={title}>
      <SavedNotice show={data.saved === 'basics'}>
        {t('talent.profile.saved', { section: title })}
      </SavedNotice>
      <FormErrorSummary state={state} />
      <Form method="post" className="form" noValidate>
        <CsrfInput />
        <input type="hidden" name="intent" value="basics" />
        <div className="talent-form-row">
          <Field
            name="familyName"
            label={t('talent.field.familyName')}
            state={state}
            defaultValue={v.familyName}
            required
            autoComplete="family-name"
            maxLength={50}
          />
          <Field
            name="givenName"
            label={t('talent.field.givenName')}
            state={state}
            defaultValue={v.givenName}
            required
            autoComplete="given-name"
            maxLength={50}
          />
        </div>
        <fieldset aria-describedby="kana-hint">
          <legend className="fieldset-legend">{t('talent.field.kanaLegend')}</legend>
          <p className="field-hint" id="kana-hint">
            {t('talent.field.kanaHint')}
          </p>
          <div className="talent-form-row">
            <Field
              name="familyNameKana"
              label={t('talent.field.familyNameKana')}
              state={state}
              defaultValue={v.familyNameKana}
              required
              maxLength={50}
            />
            <Field
              name="givenNameKana"
              label={t('talent.field.givenNameKana')}
              state={state}
              defaultValue={v.givenNameKana}
              required
              maxLength={50}
            />
          </div>
        </fieldset>
        <Field
          name="phone"
          label={t('talent.field.phone')}
          type="tel"
          state={state}
          defaultValue={v.phone}
          autoComplete="tel"
          inputMode="tel"
          hint={t('talent.field.phoneHint')}
          maxLength={30}
        />
        <div className="talent-form-row">
          <SelectField
            name="prefectureCode"
            label={t('talent.field.prefecture')}
            state={state}
            defaultValue={v.prefectureCode}
            options={[
              { value: '', label: t('talent.field.prefectureUnset') },
              ...data.prefectures.map((p) => ({ value: p.code, label: p.name })),
            ]}
          />
          <Field
            name="birthYear"
            label={t('talent.field.birthYear')}
            type="number"
            state={state}
            defaultValue={v.birthYear}
            inputMode="numeric"
            min={1920}
            max={new Date().getFullYear() - 15}
          />
          <SelectField
            name="gender"
            label={t('talent.field.gender')}
            state={state}
            defaultValue={v.gender}
            options={[
              { value: '', label: t('talent.field.genderUnset') },
              ...GENDERS.map((gender) => ({ value: gender, label: t(`talent.gender.${gender}`) })),
            ]}
          />
        </div>
        <Field
          name="headline"
          label={t('talent.field.headline')}
          state={state}
          defaultValue={v.headline}
          hint={t('talent.field.headlineHint')}
          maxLength={100}
        />
        <Field
          name="currentWork"
          label={t('talent.field.currentWork')}
          state={state}
          defaultValue={v.currentWork}
          maxLength={200}
        />
        <Field
          name="bio"
          label={t('talent.field.bio')}
          state={state}
          defaultValue={v.bio}
          multiline
          rows={6}
          maxLength={2000}
        />
        <SaveButton section={title} />
      </Form>
    </ProfileSection>
  );
}

function SkillsSection({ data }: { data: LoaderData }) {
  const t = useT();
  const locale = useLocale();
  const state = useSectionState('skills');
  const title = t('talent.section.skills');
  const owned = new Set(data.skills.map((entry) => entry.skill));
  const levelOptions = [1, 2, 3, 4, 5].map((level) => ({
    value: String(level),
    label: t(`talent.skillLevel.${level}`),
  }));
  const skillsError = state?.fieldErrors?.skills;
  return (
    <ProfileSection id="skills" title={title} lead={t('talent.skills.lead')}>
      <SavedNotice show={data.saved === 'skills'}>
        {t('talent.profile.saved', { section: title })}
      </SavedNotice>
      <FormErrorSummary state={state} />
      <details>
        <summary>{t('talent.skills.levelsTitle')}</summary>
        <dl className="talent-levels">
          {[1, 2, 3, 4, 5].map((level) => (
            <Fragment key={level}>
              <dt>{t(`talent.skillLevel.${level}`)}</dt>
              <dd>{t(`talent.skillLevel.${level}.desc`)}</dd>
            </Fragment>
          ))}
        </dl>
      </details>
      <Form method="post" className="form" noValidate>
        <CsrfInput />
        <input type="hidden" name="intent" value="skills" />
        {skillsError ? (
          <p className="field-error" role="alert">
            {t(skillsError)}
          </p>
        ) : null}
        {data.skills.length === 0 ? (
          <p className="muted">{t('talent.skills.none')}</p>
        ) : (
          <table className="talent-skill-table">
            <caption className="visually-hidden">{t('talent.skills.current')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('talent.directory.skill')}</th>
                <th scope="col">{t('talent.skills.level')}</th>
              </tr>
            </thead>
            <tbody>
              {data.skills.map((entry) => {
                const name = `level_${entry.skill}`;
                const label = skillLabel(entry.skill, locale);
                return (
                  <tr key={entry.skill}>
                    <th scope="row">{label}</th>
                    <td>
                      <label className="visually-hidden" htmlFor={`field-${name}`}>
                        {t('talent.skills.levelFor', { skill: label })}
                      </label>
                      <select
                        id={`field-${name}`}
                        name={name}
                        defaultValue={state?.values?.[name] ?? String(entry.level)}
                      >
                        {levelOptions.map((option) => (
                          <option key={option.value} value={option.value}>
                            {option.label}
                          </option>
                        ))}
                        <option value="0">{t('talent.skills.remove')}</option>
                      </select>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        <fieldset>
          <legend className="fieldset-legend">{t('talent.skills.add')}</legend>
          <div className="talent-form-row">
            <SelectField
              name="addSkill"
              label={t('talent.skills.addSkill')}
              state={state}
              defaultValue=""
              options={[
                { value: '', label: t('talent.skills.choose') },
                ...SKILLS.filter((skill) => !owned.has(skill.slug)).map((skill) => ({
                  value: skill.slug,
                  label: skill[locale],
                })),
              ]}
            />
            <SelectField
              name="addLevel"
              label={t('talent.skills.addLevel')}
              state={state}
              defaultValue=""
              options={[{ value: '', label: t('talent.skills.choose') }, ...levelOptions]}
            />
          </div>
        </fieldset>
        <Field
          name="tags"
          label={t('talent.field.tags')}
          state={state}
          defaultValue={data.values.tags}
          hint={t('talent.field.tagsHint')}
        />
        <SaveButton section={title} />
      </Form>
    </ProfileSection>
  );
}

function ExperienceSection({ data }: { data: LoaderData }) {
  const t = useT();
  const formatMonth = useFormatMonth();
  const addState = useSectionState('addExperience');
  const removeState = useSectionState('removeExperience');
  const title = t('talent.section.experience');
  return (
    <ProfileSection id="experience" title={title}>
      <SavedNotice show={data.saved === 'addExperience'}>{t('talent.experience.saved')}</SavedNotice>
      <SavedNotice show={data.saved === 'removeExperience'}>{t('talent.experience.removed')}</SavedNotice>
      <FormErrorSummary state={removeState} />
      {data.experiences.length === 0 ? (
        <p className="muted">{t('talent.experience.none')}</p>
      ) : (
        <ul className="plain-list">
          {data.experiences.map((entry) => (
            <li key={entry.id} className="talent-list-item">
              <div>
                <strong>{entry.organisation}</strong> / {entry.role}
                {entry.startedOn || entry.endedOn ? (
                  <span className="muted small talent-period">
                    {t('talent.experience.period', {
                      start: entry.startedOn ? formatMonth(entry.startedOn) : '',
                      end: entry.endedOn ? formatMonth(entry.endedOn) : t('talent.experience.current'),
                    })}
                  </span>
                ) : null}
              </div>
              <div className="talent-actions">
                <Link
                  to={`/account/profile/experience/${entry.id}`}
                  aria-label={t('talent.experience.editNamed', { organisation: entry.organisation })}
                >
                  {t('talent.experience.edit')}
                </Link>
                <Form method="post" className="inline-form">
                  <CsrfInput />
                  <input type="hidden" name="intent" value="removeExperience" />
                  <input type="hidden" name="experienceId" value={entry.id} />
                  <button
                    type="submit"
                    className="button button-small button-secondary"
                    aria-label={t('talent.experience.removeNamed', { organisation: entry.organisation })}
                  >
                    {t('talent.experience.remove')}
                  </button>
                </Form>
              </div>
            </li>
          ))}
        </ul>
      )}
      <h3>{t('talent.experience.addTitle')}</h3>
      <FormErrorSummary state={addState} />
      <Form method="post" className="form" noValidate>
        <CsrfInput />
        <input type="hidden" name="intent" value="addExperience" />
        <ExperienceFields state={addState} />
        <div>
          <button type="submit" className="button">
            {t('talent.experience.add')}
          </button>
        </div>
      </Form>
    </ProfileSection>
  );
}

function InterestsSection({ data }: { data: LoaderData }) {
  const t = useT();
  const locale = useLocale();
  const state = useSectionState('interests');
  const title = t('talent.section.interests');
  const chosen = new Set(
    state ? (state.values.fieldsOfInterest ?? '').split('\n') : data.values.fieldsOfInterest,
  );
  const error = state?.fieldErrors?.fieldsOfInterest;
  return (
    <ProfileSection id="interests" title={title}>
      <SavedNotice show={data.saved === 'interests'}>
        {t('talent.profile.saved', { section: title })}
      </SavedNotice>
      <FormErrorSummary state={state} />
      <Form method="post" className="form" noValidate>
        <CsrfInput />
        <input type="hidden" name="intent" value="interests" />
        <fieldset aria-describedby={error ? 'interests-error' : undefined}>
          <legend className="fieldset-legend">{t('talent.interests.lead')}</legend>
          <ul className="talent-checks">
            {WORK_FIELDS.map((field) => (
              <li key={field.id}>
                <label>
                  <input
                    type="checkbox"
                    name="fieldsOfInterest"
                    value={field.id}
                    defaultChecked={chosen.has(field.id)}
                  />
                  {field[locale]}
                </label>
              </li>
            ))}
          </ul>
          {error ? (
            <p className="field-error" id="interests-error">
              {t(error)}
            </p>
          ) : null}
        </fieldset>
        <SaveButton section={title} />
      </Form>
    </ProfileSection>
  );
}

function AvailabilitySection({ data }: { data: LoaderData }) {
  const t = useT();
  const state = useSectionState('availability');
  const title = t('talent.section.availability');
  const v = data.values;
  const weekdays = state ? state.values.availableWeekdays === 'on' : v.availableWeekdays;
  const weekends = state ? state.values.availableWeekends === 'on' : v.availableWeekends;
  return (
    <ProfileSection id="availability" title={title}>
      <SavedNotice show={data.saved === 'availability'}>
        {t('talent.profile.saved', { section: title })}
      </SavedNotice>
      <FormErrorSummary state={state} />
      <Form method="post" className="form" noValidate>
        <CsrfInput />
        <input type="hidden" name="intent" value="availability" />
        <Field
          name="hoursPerWeek"
          label={t('talent.availability.hoursPerWeek')}
          type="number"
          state={state}
          defaultValue={v.hoursPerWeek}
          inputMode="numeric"
          min={1}
          max={80}
          hint={t('talent.availability.hoursUnit')}
        />
        <fieldset>
          <legend className="fieldset-legend">{t('talent.availability.days')}</legend>
          <label className="talent-inline-check">
            <input type="checkbox" name="availableWeekdays" defaultChecked={weekdays} />
            {t('talent.availability.weekdays')}
          </label>
          <label className="talent-inline-check">
            <input type="checkbox" name="availableWeekends" defaultChecked={weekends} />
            {t('talent.availability.weekends')}
          </label>
        </fieldset>
        <Field
          name="availableFrom"
          label={t('talent.availability.availableFrom')}
          type="date"
          state={state}
          defaultValue={v.availableFrom}
        />
        <SaveButton section={title} />
      </Form>
    </ProfileSection>
  );
}

function PreferencesSection({ data }: { data: LoaderData }) {
  const t = useT();
  const state = useSectionState('preferences');
  const title = t('talent.section.preferences');
  const v = data.values;
  return (
    <ProfileSection id="preferences" title={title}>
      <SavedNotice show={data.saved === 'preferences'}>
        {t('talent.profile.saved', { section: title })}
      </SavedNotice>
      <FormErrorSummary state={state} />
      <Form method="post" className="form" noValidate>
        <CsrfInput />
        <input type="hidden" name="intent" value="preferences" />
        <SelectField
          name="preferredWorkStyle"
          label={t('talent.preferences.workStyle')}
          state={state}
          defaultValue={v.preferredWorkStyle}
          options={[
            { value: '', label: t('talent.preferences.workStyleUnset') },
            ...WORK_STYLES.map((style) => ({ value: style, label: t(`talent.workStyle.${style}`) })),
          ]}
        />
        <div className="talent-form-row">
          <Field
            name="compensationExpectation"
            label={t('talent.preferences.compensation')}
            type="number"
            state={state}
            defaultValue={v.compensationExpectation}
            inputMode="numeric"
            min={0}
            step={1}
          />
          <SelectField
            name="compensationExpectationUnit"
            label={t('talent.preferences.compensationUnit')}
            state={state}
            defaultValue={v.compensationExpectationUnit}
            options={[
              { value: '', label: t('talent.preferences.unitUnset') },
              ...EXPECTATION_UNITS.map((unit) => ({ value: unit, label: t(`talent.unit.${unit}`) })),
            ]}
          />
        </div>
        <Field
          name="graduationYear"
          label={t('talent.preferences.graduationYear')}
          type="number"
          state={state}
          defaultValue={v.graduationYear}
          inputMode="numeric"
          hint={t('talent.preferences.graduationHint')}
        />
        <SaveButton section={title} />
      </Form>
    </ProfileSection>
  );
}

function RegionsSection({ data }: { data: LoaderData }) {
  const t = useT();
  const addState = useSectionState('addTie');
  const removeState = useSectionState('removeTie');
  const title = t('talent.section.regions');
  return (
    <ProfileSection id="regions" title={title} lead={t('talent.regions.lead')}>
      <SavedNotice show={data.saved === 'addTie'}>{t('talent.regions.added')}</SavedNotice>
      <SavedNotice show={data.saved === 'removeTie'}>{t('talent.regions.removed')}</SavedNotice>
      <FormErrorSummary state={removeState} />
      {data.regionTies.length === 0 ? (
        <p className="muted">{t('talent.regions.none')}</p>
      ) : (
        <ul className="plain-list">
          {data.regionTies.map((tie) => {
            const kind = t(`talent.tieKind.${tie.kind}`);
            return (
              <li key={`${tie.regionCode}:${tie.kind}`} className="talent-list-item">
                <span>
                  {tie.name} <span className="badge">{kind}</span>
                </span>
                <Form method="post" className="inline-form">
                  <CsrfInput />
                  <input type="hidden" name="intent" value="removeTie" />
                  <input type="hidden" name="regionCode" value={tie.regionCode} />
                  <input type="hidden" name="kind" value={tie.kind} />
                  <button
                    type="submit"
                    className="button button-small button-secondary"
                    aria-label={t('talent.regions.remove', { region: tie.name, kind })}
                  >
                    {t('talent.skills.remove')}
                  </button>
                </Form>
              </li>
            );
          })}
        </ul>
      )}
      <h3>{t('talent.regions.addTitle')}</h3>
      <FormErrorSummary state={addState} />
      <Form method="post" className="form" noValidate>
        <CsrfInput />
        <input type="hidden" name="intent" value="addTie" />
        <SelectField
          name="tiePrefecture"
          label={t('talent.regions.prefecture')}
          state={addState}
          defaultValue=""
          required
          requiredInBrowser
          options={[
            { value: '', label: t('talent.field.prefectureUnset') },
            ...data.prefectures.map((p) => ({ value: p.code, label: p.name })),
          ]}
        />
        <Field
          name="tieMunicipality"
          label={t('talent.regions.municipality')}
          state={addState}
          hint={t('talent.regions.municipalityHint')}
          maxLength={40}
        />
        <SelectField
          name="tieKind"
          label={t('talent.regions.kind')}
          state={addState}
          defaultValue=""
          required
          requiredInBrowser
          options={[
            { value: '', label: t('talent.field.prefectureUnset') },
            ...REGION_TIE_KINDS.map((kind) => ({ value: kind, label: t(`talent.tieKind.${kind}`) })),
          ]}
        />
        <div>
          <button type="submit" className="button">
            {t('talent.regions.add')}
          </button>
        </div>
      </Form>
    </ProfileSection>
  );
}

function DocumentsSection({ data }: { data: LoaderData }) {
  const t = useT();
  return (
    <ProfileSection
      id="documents"
      title={t('talent.section.documents')}
      lead={t('talent.documents.lead', { max: 5 })}
    >
      {data.documents.length === 0 ? (
        <p className="muted">{t('talent.documents.none')}</p>
      ) : (
        <ul className="plain-list">
          {data.documents.map((document) => (
            <li key={document.id}>
              <a
                href={`/account/documents/${document.id}`}
                aria-label={t('talent.documents.download', { name: document.originalName })}
              >
                {document.originalName}
              </a>{' '}
              <span className="badge">{t(`talent.documents.kind.${document.kind}`)}</span>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to="/account/profile/documents" className="button button-secondary">
          {t('talent.documents.manage')}
        </Link>
      </p>
    </ProfileSection>
  );
}

function VisibilitySection({ data }: { data: LoaderData }) {
  const t = useT();
  const state = useSectionState('visibility');
  const title = t('talent.section.visibility');
  const current = state?.values.visibility ?? data.values.visibility;
  return (
    <ProfileSection id="visibility" title={title}>
      <SavedNotice show={data.saved === 'visibility'}>
        {t('talent.profile.saved', { section: title })}
      </SavedNotice>
      <FormErrorSummary state={state} />
      <Form method="post" className="form" noValidate>
        <CsrfInput />
        <input type="hidden" name="intent" value="visibility" />
        <fieldset>
          <legend className="fieldset-legend">{t('talent.visibility.lead')}</legend>
          {PROFILE_VISIBILITIES.map((visibility) => (
            <div key={visibility} className="talent-visibility-option">
              <input
                type="radio"
                id={`visibility-${visibility}`}
                name="visibility"
                value={visibility}
                defaultChecked={current === visibility}
                aria-describedby={`visibility-${visibility}-desc`}
              />
              <div>
                <label htmlFor={`visibility-${visibility}`}>{t(`talent.visibility.${visibility}`)}</label>
                <p className="muted small" id={`visibility-${visibility}-desc`}>
                  {t(`talent.visibility.${visibility}.desc`)}
                </p>
              </div>
            </div>
          ))}
        </fieldset>
        <SaveButton section={title} />
      </Form>
    </ProfileSection>
  );
}
