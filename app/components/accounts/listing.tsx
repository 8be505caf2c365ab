import type { ReactNode } from 'react';
import { Form } from 'react-router';
import { Pager } from './pager';

/** The GET filter form above an admin list (a search landmark; works without JavaScript). */
export function FilterForm({
  label,
  submitLabel,
  children,
}: {
  label: string;
  submitLabel: string;
  children: ReactNode;
}) {
  return (
    <Form method="get" className="filters" role="search" aria-label={label}>
      {children}
      <div className="filters-submit">
        <button type="submit" className="button">
          {submitLabel}
        </button>
      </div>
    </Form>
  );
}

/**
 * An admin list's results: the count (announced as a status), the table of `rows` under `columns`
 * (or `emptyText` when there are none) and the pager that keeps the filters.
 */
export function PagedTable({
  countText,
  emptyText,
  caption,
  columns,
  rows,
  pager,
}: {
  countText: string;
  emptyText: string;
  caption: string;
  columns: string[];
  rows: ReactNode[];
  pager: { page: number; pageCount: number; search: URLSearchParams; label: string };
}) {
  return (
    <>
      <p className="muted" role="status">
        {countText}
      </p>
      {rows.length === 0 ? (
        <p>{emptyText}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                {columns.map((column, index) => (
                  <th key={index} scope="col">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>{rows}</tbody>
          </table>
        </div>
      )}
      <Pager {...pager} />
    </>
  );
}
