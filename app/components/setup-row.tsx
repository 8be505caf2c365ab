import type { ReactNode } from 'react';
import { useT } from '~/lib/i18n';

/*
 * One numbered row of the host's screening set-up lists (questions "q.0.label", scorecard criteria
 * "c.2.anchor5"; parsed by app/routes/screening-setup.server.ts): the fieldset, the fields every row
 * has (label, order, remove) and what a failed save put back for the row.
 */

interface SetupRowFailure {
  values: Record<string, string>;
  fieldErrors: Record<string, string>;
}

/** Names, ids, echoed values and errors of the fields of row `row` of the list `list` ("q", "c"). */
export function setupRowFields(list: string, row: number, failure?: SetupRowFailure) {
  const prefix = `${list}.${row}.`;
  return {
    row,
    failure,
    name: (field: string) => `${prefix}${field}`,
    value: (field: string, fallback: string) => failure?.values[`${prefix}${field}`] ?? fallback,
    error: (field: string) => failure?.fieldErrors[`${prefix}${field}`],
    id: (field: string) => `${list}-${row}-${field}`,
  };
}

export type SetupRowFields = ReturnType<typeof setupRowFields>;

/** The row's fieldset; a saved item (`itemId`) carries its id and ends with a "remove" box. */
export function SetupRow({
  fields,
  legend,
  itemId,
  children,
}: {
  fields: SetupRowFields;
  legend: string;
  itemId: string | null;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <fieldset className="setup-row">
      <legend className="fieldset-legend">{legend}</legend>
      {itemId ? <input type="hidden" name={fields.name('id')} value={itemId} /> : null}
      <div className="setup-grid">
        {children}
        {itemId ? (
          <div className="field pipeline-checkbox-field">
            <input
              id={fields.id('remove')}
              name={fields.name('remove')}
              type="checkbox"
              defaultChecked={fields.failure?.values[fields.name('remove')] === 'on'}
            />
            <label htmlFor={fields.id('remove')}>{t('screening.remove')}</label>
          </div>
        ) : null}
      </div>
    </fieldset>
  );
}

/** The row's wide "label" text field. */
export function SetupLabelField({
  fields,
  label,
  maxLength,
  defaultValue,
}: {
  fields: SetupRowFields;
  label: string;
  maxLength: number;
  defaultValue: string;
}) {
  const t = useT();
  const error = fields.error('label');
  return (
    <div className={`field setup-wide${error ? ' field-invalid' : ''}`}>
      <label htmlFor={fields.id('label')}>{label}</label>
      <input
        id={fields.id('label')}
        name={fields.name('label')}
        type="text"
        maxLength={maxLength}
        defaultValue={fields.value('label', defaultValue)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? fields.id('label-error') : undefined}
      />
      {error ? (
        <p className="field-error" id={fields.id('label-error')}>
          {t(error)}
        </p>
      ) : null}
    </div>
  );
}

/** The row's position in the list (1…total), which reorders the list on save. */
export function SetupOrderField({ fields, total }: { fields: SetupRowFields; total: number }) {
  const t = useT();
  return (
    <div className="field">
      <label htmlFor={fields.id('order')}>{t('screening.order')}</label>
      <input
        id={fields.id('order')}
        name={fields.name('order')}
        type="number"
        min={1}
        max={total}
        inputMode="numeric"
        defaultValue={fields.value('order', String(fields.row + 1))}
      />
    </div>
  );
}
