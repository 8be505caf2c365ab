import { Link } from 'react-router';
import { listProgrammes } from '#src/domain/programmes/list-programmes';
import { getMunicipality, getPrefecture } from '#src/domain/regions/data';
import { formatDate } from '#src/i18n/format';
import { useLocale, useT } from '~/lib/i18n';
import { pageMeta } from '~/lib/meta';
import type { Route } from './+types/programmes._index';
import '~/styles/opportunities.css';

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, { titleKey: 'programmes.index.title', descriptionKey: 'programmes.index.lead' });

export async function loader({ context }: Route.LoaderArgs) {
  const en = context.locale === 'en';
  const rows = await listProgrammes({ db: context.runtime.db });
  return {
    programmes: rows.map((row) => {
      const municipality = row.municipalityCode ? getMunicipality(row.municipalityCode) : undefined;
      const prefecture = row.prefectureCode ? getPrefecture(row.prefectureCode) : undefined;
      const place = municipality
        ? en && municipality.nameEn
          ? municipality.nameEn
          : `${prefecture?.name ?? ''}${municipality.name}`
        : prefecture
          ? en
            ? prefecture.nameEn
            : prefecture.name
          : null;
      return {
        slug: row.slug,
        name: en && row.nameEn ? row.nameEn : row.name,
        summary: row.summary,
        status: row.status,
        place,
        startsOn: row.startsOn,
        endsOn: row.endsOn,
        coordinatorName: row.coordinatorName,
        memberCount: row.memberCount,
        openOpportunityCount: row.openOpportunityCount,
      };
    }),
  };
}

export default function Programmes({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  return (
    <div className="container page">
      <h1>{t('programmes.index.title')}</h1>
      <p className="muted">{t('programmes.index.lead')}</p>
      {loaderData.programmes.length === 0 ? (
        <p className="muted">{t('programmes.index.empty')}</p>
      ) : (
        <ul className="programme-list plain-list">
          {loaderData.programmes.map((programme) => (
            <li key={programme.slug} className="card">
              <h2 className="programme-card-title">
                <Link to={`/programmes/${programme.slug}`}>{programme.name}</Link>
              </h2>
              <p className="small muted">
                {programme.coordinatorName}
                {programme.place ? ` ・ ${programme.place}` : ''}
                {programme.startsOn
                  ? ` ・ ${t('programmes.page.since', { date: formatDate(locale, programme.startsOn) })}`
                  : ''}
                {programme.status === 'ended' ? ` ・ ${t('programmes.status.ended')}` : ''}
              </p>
              {programme.summary ? <p>{programme.summary}</p> : null}
              <p className="small">
                {t('programmes.index.counts', {
                  members: programme.memberCount,
                  open: programme.openOpportunityCount,
                })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
