import { Link } from 'react-router';
import { useT } from '~/lib/i18n';

/** Previous / next links that keep the list's filters (plain links: works without JavaScript). */
export function Pager(props: { page: number; pageCount: number; search: URLSearchParams; label: string }) {
  const t = useT();
  if (props.pageCount <= 1) return null;
  const hrefFor = (page: number) => {
    const params = new URLSearchParams(props.search);
    params.set('page', String(page));
    return `?${params.toString()}`;
  };
  return (
    <nav className="pagination" aria-label={props.label}>
      {props.page > 1 ? (
        <Link to={hrefFor(props.page - 1)} rel="prev">
          {t('accounts.pager.previous')}
        </Link>
      ) : null}
      <span>{t('accounts.pager.status', { page: props.page, pageCount: props.pageCount })}</span>
      {props.page < props.pageCount ? (
        <Link to={hrefFor(props.page + 1)} rel="next">
          {t('accounts.pager.next')}
        </Link>
      ) : null}
    </nav>
  );
}
