import { data, Form, useActionData, useLocation } from 'react-router';
import { requireStaffOpportunity } from '#src/domain/screening/access';
import { listScorecardCriteria } from '#src/domain/screening/list-scorecard-criteria';
import { replaceScorecardCriteria } from '#src/domain/screening/replace-scorecard-criteria';
import { ANCHOR_POINTS } from '#src/domain/screening/schema';
import { translate } from '#src/i18n';
import { isAppError } from '#src/lib/errors';
import { CsrfInput, FormErrorSummary } from '~/components/form';
import { ScreeningNav } from '~/components/screening-nav';
import { requireActorOrRedirect } from '~/lib/auth.server';
import { domainFailure, formValues, readForm, type FormFailure } from '~/lib/forms.server';
import { useT } from '~/lib/i18n';
import { pageMeta } from '~/lib/meta';
import { loadOrThrow } from '~/lib/route-errors.server';
import { criteriaFromForm, rowFieldErrors } from './screening-setup.server';
import type { Route } from './+types/manage.opportunities.$id.scorecard';
import '~/styles/pipeline.css';

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  pageMeta(matches, {
    titleKey: 'screening.criteria.title',
    ...(loaderData ? { title: `${loaderData.opportunity.title} — ${loaderData.pageTitle}` } : {}),
  });

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const actor = await requireActorOrRedirect(context, request);
  const db = context.runtime.db;
  const opportunity = await loadOrThrow(() =>
    requireStaffOpportunity({ db, actor, opportunityId: params.id }),
  );
  const criteria = await listScorecardCriteria({ db, actor, opportunityId: opportunity.id });
  return {
    pageTitle: translate(context.locale, 'screening.criteria.title'),
    opportunity: { id: opportunity.id, title: opportunity.title, canEdit: opportunity.accessAs === 'host' },
    criteria: criteria.map((criterion) => ({
      id: criterion.id,
      label: criterion.label,
      anchors: criterion.anchors,
    })),
  };
}

type ActionResult = { ok: true } | FormFailure;

export async function action({ request, params, context }: Route.ActionArgs) {
  const actor = await requireActorOrRedirect(context, request);
  const form = await readForm(request, context);
  const items = criteriaFromForm(form);
  try {
    await replaceScorecardCriteria({
      db: context.runtime.db,
      actor,
      opportunityId: params.id,
      criteria: items.map((item) => item.input),
    });
    return data<ActionResult>({ ok: true });
  } catch (error) {
    const failure = domainFailure(error, form);
    return data<ActionResult>(
      {
        ...failure.data,
        fieldErrors: isAppError(error) ? rowFieldErrors(error.fieldErrors, items, 'c') : {},
        values: formValues(form),
      },
      failure.init ?? undefined,
    );
  }
}

type Criterion = Route.ComponentProps['loaderData']['criteria'][number];

function CriterionRow({
  row,
  criterion,
  failure,
  total,
}: {
  row: number;
  criterion: Criterion | null;
  failure?: FormFailure;
  total: number;
}) {
  const t = useT();
  const prefix = `c.${row}.`;
  const value = (name: string, fallback: string) => failure?.values[`${prefix}${name}`] ?? fallback;
  const error = (name: string) => failure?.fieldErrors[`${prefix}${name}`];
  const id = (name: string) => `c-${row}-${name}`;
  return (
    <fieldset className="setup-row">
      <legend className="fieldset-legend">
        {criterion ? t('screening.criteria.criterionN', { number: row + 1 }) : t('screening.criteria.add')}
      </legend>
      {criterion ? <input type="hidden" name={`${prefix}id`} value={criterion.id} /> : null}
      <div className="setup-grid">
        <div className={`field setup-wide${error('label') ? ' field-invalid' : ''}`}>
          <label htmlFor={id('label')}>{t('screening.criteria.label')}</label>
          <input
            id={id('label')}
            name={`${prefix}label`}
            type="text"
            maxLength={100}
            defaultValue={value('label', criterion?.label ?? '')}
            aria-invalid={error('label') ? true : undefined}
            aria-describedby={error('label') ? id('label-error') : undefined}
          />
          {error('label') ? (
            <p className="field-error" id={id('label-error')}>
              {t(error('label')!)}
            </p>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor={id('order')}>{t('screening.order')}</label>
          <input
            id={id('order')}
            name={`${prefix}order`}
            type="number"
            min={1}
            max={total}
            inputMode="numeric"
            defaultValue={value('order', String(row + 1))}
          />
        </div>
        {ANCHOR_POINTS.map((point) => (
          <div key={point} className={`field${error(`anchor${point}`) ? ' field-invalid' : ''}`}>
            <label htmlFor={id(`anchor${point}`)}>{t('screening.criteria.anchor', { point })}</label>
            <input
              id={id(`anchor${point}`)}
              name={`${prefix}anchor${point}`}
              type="text"
              maxLength={200}
              defaultValue={value(`anchor${point}`, criterion?.anchors[point] ?? '')}
              aria-invalid={error(`anchor${point}`) ? true : undefined}
            />
            {error(`anchor${point}`) ? <p className="field-error">{t(error(`anchor${point}`)!)}</p> : null}
          </div>
        ))}
        {criterion ? (
          <div className="field pipeline-checkbox-field">
            <input
              id={id('remove')}
              name={`${prefix}remove`}
              type="checkbox"
              defaultChecked={failure?.values[`${prefix}remove`] === 'on'}
            />
            <label htmlFor={id('remove')}>{t('screening.remove')}</label>
          </div>
        ) : null}
      </div>
    </fieldset>
  );
}

export default function ScorecardCriteria({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const location = useLocation();
  const result = useActionData<typeof action>() as ActionResult | undefined;
  const failure = result && 'ok' in result && result.ok === false ? result : undefined;
  const { opportunity, criteria } = loaderData;
  const rows = criteria.length + 1;
  return (
    <div className="container page">
      <p className="muted breadcrumb">{opportunity.title}</p>
      <h1>{loaderData.pageTitle}</h1>
      <ScreeningNav opportunityId={opportunity.id} canEditOpportunity={opportunity.canEdit} />
      {result && result.ok ? (
        <div className="alert alert-success" role="status">
          {t('screening.notice.criteriaSaved')}
        </div>
      ) : null}
      <p className="muted">{t('screening.criteria.lead')}</p>
      {opportunity.canEdit ? (
        <Form method="post" action={location.pathname + location.search} className="form setup-form">
          <CsrfInput />
          <FormErrorSummary state={failure} />
          <input type="hidden" name="count" value={rows} />
          {criteria.map((criterion, index) => (
            <CriterionRow
              key={criterion.id}
              row={index}
              criterion={criterion}
              failure={failure}
              total={rows}
            />
          ))}
          <CriterionRow row={criteria.length} criterion={null} failure={failure} total={rows} />
          <button type="submit" className="button">
            {t('screening.criteria.save')}
          </button>
        </Form>
      ) : (
        <>
          <p className="alert alert-info">{t('screening.readOnly')}</p>
          {criteria.length === 0 ? (
            <p className="muted">{t('screening.criteria.none')}</p>
          ) : (
            <ol>
              {criteria.map((criterion) => (
                <li key={criterion.id}>
                  <strong>{criterion.label}</strong>
                  <ul className="small">
                    {ANCHOR_POINTS.filter((point) => criterion.anchors[point]).map((point) => (
                      <li key={point}>
                        {point}: {criterion.anchors[point]}
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </div>
  );
}
