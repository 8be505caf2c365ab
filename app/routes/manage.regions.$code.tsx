import { data, Form, Link, redirect, useActionData } from 'react-router';
import { getMunicipality } from '#src/domain/regions/data';
import { requireRegionFactsEditor } from '#src/domain/regions/can-edit-region-facts';
import { getRegionFacts } from '#src/domain/regions/get-region-facts';
import { resolveRegionCode } from '#src/domain/regions/region-code';
import { updateRegionFacts } from '#src/domain/regions/update-region-facts';
import { CsrfInput, Field, FormErrorSummary } from '~/components/form';
import { requireActorOrRedirect } from '~/lib/auth.server';
import { domainFailure, readForm } from '~/lib/forms.server';
import { useT } from '~/lib/i18n';
import { pageMeta } from '~/lib/meta';
import { loadOrThrow } from '~/lib/route-errors.server';
import type { Route } from './+types/manage.regions.$code';
import '~/styles/opportunities.css';

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  pageMeta(matches, {
    titleKey: 'regions.edit.title',
    ...(loaderData ? { title: loaderData.name } : {}),
  });

/** Blank rows offered below the existing coworking bases. */
const SPARE_BASE_ROWS = 2;

function regionPage(code: string) {
  const region = resolveRegionCode(code);
  if (region.type === 'prefecture') return { href: `/regions/${region.code}`, name: region.prefecture.name };
  const parent = region.municipality.parentCode ? getMunicipality(region.municipality.parentCode) : undefined;
  return {
    href: `/regions/${region.prefecture.code}/${region.code}`,
    name: `${region.prefecture.name}${parent?.name ?? ''}${region.municipality.name}`,
  };
}

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const actor = await requireActorOrRedirect(context, request);
  const db = context.runtime.db;
  const page = await loadOrThrow(async () => {
    const target = regionPage(params.code);
    await requireRegionFactsEditor({ db, actor, code: params.code });
    return target;
  });
  const facts = await getRegionFacts({ db, code: params.code });
  const text = (value: string | number | null | undefined) =>
    value === null || value === undefined ? '' : String(value);
  const values: Record<string, string> = {
    population: text(facts?.population),
    households: text(facts?.households),
    statisticsAsOf: text(facts?.statisticsAsOf),
    travelMinutesToTokyo: text(facts?.travelMinutesToTokyo),
    travelMinutesToOsaka: text(facts?.travelMinutesToOsaka),
    accessNote: text(facts?.accessNote),
    accessNoteEn: text(facts?.accessNoteEn),
    introduction: text(facts?.introduction),
    introductionEn: text(facts?.introductionEn),
  };
  const bases = facts?.coworkingBases ?? [];
  bases.forEach((base, index) => {
    values[`coworkingBases.${index}.name`] = base.name;
    values[`coworkingBases.${index}.url`] = base.url ?? '';
    values[`coworkingBases.${index}.note`] = base.note ?? '';
  });
  return {
    code: params.code,
    name: page.name,
    regionHref: page.href,
    values,
    baseRows: bases.length + SPARE_BASE_ROWS,
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const actor = await requireActorOrRedirect(context, request);
  const form = await readForm(request, context);
  const input: Record<string, unknown> = {};
  const bases: Array<Record<string, string>> = [];
  for (const [key, value] of form.entries()) {
    if (key === '_csrf' || typeof value !== 'string') continue;
    const base = /^coworkingBases\.(\d+)\.(name|url|note)$/.exec(key);
    if (base) {
      const row = (bases[Number(base[1])] ??= {});
      row[base[2]!] = value;
    } else {
      input[key] = value;
    }
  }
  input.coworkingBases = bases.filter(Boolean);
  try {
    await updateRegionFacts({ db: context.runtime.db, actor, code: params.code, input });
    return redirect(`${regionPage(params.code).href}?notice=factsSaved`);
  } catch (error) {
    const failure = domainFailure(error, form);
    return data(failure.data, failure.init ?? undefined);
  }
}

export default function EditRegionFacts({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const state = useActionData<typeof action>();
  const values = state?.values ?? loaderData.values;
  const withValues = { ...state, values };
  const rowCount = Math.max(
    loaderData.baseRows,
    ...Object.keys(values)
      .map((key) => /^coworkingBases\.(\d+)\./.exec(key)?.[1])
      .filter((index): index is string => index !== undefined)
      .map((index) => Number(index) + 1),
  );
  return (
    <div className="container page">
      <p className="crumbs">
        <Link to={loaderData.regionHref}>{loaderData.name}</Link>
      </p>
      <h1>{t('regions.edit.heading', { name: loaderData.name })}</h1>
      <p className="muted">{t('regions.edit.lead')}</p>
      <FormErrorSummary state={state} />
      <Form method="post" className="form" noValidate>
        <CsrfInput />
        <fieldset>
          <legend className="fieldset-legend">{t('regions.edit.statistics')}</legend>
          <div className="field-pair">
            <Field
              name="population"
              label={t('regions.facts.population')}
              state={withValues}
              inputMode="numeric"
            />
            <Field
              name="households"
              label={t('regions.facts.households')}
              state={withValues}
              inputMode="numeric"
            />
            <Field
              name="statisticsAsOf"
              label={t('regions.edit.statisticsAsOf')}
              state={withValues}
              type="date"
              hint={t('regions.edit.statisticsAsOfHint')}
            />
          </div>
        </fieldset>
        <fieldset>
          <legend className="fieldset-legend">{t('regions.edit.access')}</legend>
          <div className="field-pair">
            <Field
              name="travelMinutesToTokyo"
              label={t('regions.edit.toTokyo')}
              state={withValues}
              type="number"
              min={0}
              max={1440}
              inputMode="numeric"
            />
            <Field
              name="travelMinutesToOsaka"
              label={t('regions.edit.toOsaka')}
              state={withValues}
              type="number"
              min={0}
              max={1440}
              inputMode="numeric"
            />
          </div>
          <Field
            name="accessNote"
            label={t('regions.edit.accessNote')}
            state={withValues}
            hint={t('regions.edit.accessNoteHint')}
          />
          <Field name="accessNoteEn" label={t('regions.edit.accessNoteEn')} state={withValues} />
        </fieldset>
        <fieldset>
          <legend className="fieldset-legend">{t('regions.edit.introductionGroup')}</legend>
          <Field
            name="introduction"
            label={t('regions.edit.introduction')}
            state={withValues}
            multiline
            rows={6}
          />
          <Field
            name="introductionEn"
            label={t('regions.edit.introductionEn')}
            state={withValues}
            multiline
            rows={6}
          />
        </fieldset>
        <fieldset>
          <legend className="fieldset-legend">{t('regions.facts.coworking')}</legend>
          <p className="field-hint">{t('regions.edit.coworkingHint')}</p>
          {Array.from({ length: rowCount }, (_, index) => (
            <fieldset key={index} className="base-row">
              <legend>{t('regions.edit.baseNumber', { number: index + 1 })}</legend>
              <div className="field-pair">
                <Field
                  name={`coworkingBases.${index}.name`}
                  label={t('regions.edit.baseName')}
                  state={withValues}
                />
                <Field
                  name={`coworkingBases.${index}.url`}
                  label={t('regions.edit.baseUrl')}
                  state={withValues}
                  type="url"
                />
                <Field
                  name={`coworkingBases.${index}.note`}
                  label={t('regions.edit.baseNote')}
                  state={withValues}
                />
              </div>
            </fieldset>
          ))}
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button">
            {t('common.save')}
          </button>
          <Link to={loaderData.regionHref}>{t('common.cancel')}</Link>
        </div>
      </Form>
    </div>
  );
}
