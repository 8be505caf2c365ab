import { data, Form, useActionData, useLocation } from 'react-router';
import { requireStaffOpportunity } from '#src/domain/screening/access';
import { listScorecardCriteria } from '#src/domain/screening/list-scorecard-criteria';
import { replaceScorecardCriteria } from '#src/domain/screening/replace-scorecard-criteria';
import { ANCHOR_POINTS } from '#src/domain/screening/schema';
import { translate } from '#src/i18n';
import { isAppError } from '#src/lib/errors';
import { CsrfInput, FormErrorSummary } from '~/components/form';
import { ScreeningNav } from '~/components/screening-nav';
import { SetupLabelField, SetupOrderField, SetupRow, setupRowFields } from '~/components/setup-row';
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
  const fields = setupRowFields('c', row, failure);
  const { name, value, error, id } = fields;
  return (
    <SetupRow
      fields={fields}
      legend={
        criterion ? t('screening.criteria.criterionN', { number: row + 1 }) : t('screening.criteria.add')
      }
      itemId={criterion?.id ?? null}
    >
      <SetupLabelField
        fields={fields}
        label={t('screening.criteria.label')}
        maxLength={100}
        defaultValue={criterion?.label ?? ''}
      />
      <SetupOrderField fields={fields} total={total} />
      {ANCHOR_POINTS.map((point) => (
        <div key={point} className={`field${error(`anchor${point}`) ? ' field-invalid' : ''}`}>
          <label htmlFor={id(`anchor${point}`)}>{t('screening.criteria.anchor', { point })}</label>
          <input
            id={id(`anchor${point}`)}
            name={name(`anchor${point}`)}
            type="text"
            maxLength={200}
            defaultValue={value(`anchor${point}`, criterion?.anchors[point] ?? '')}
            aria-invalid={error(`anchor${point}`) ? true : undefined}
          />
          {error(`anchor${point}`) ? <p className="field-error">{t(error(`anchor${point}`)!)}</p> : null}
        </div>
      ))}
    </SetupRow>
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
