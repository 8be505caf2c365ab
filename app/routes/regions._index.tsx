import { Link } from 'react-router';
import { listRegionSummaries } from '#src/domain/regions/list-region-summaries';
import { useT } from '~/lib/i18n';
import { pageMeta } from '~/lib/meta';
import type { Route } from './+types/regions._index';
import '~/styles/opportunities.css';

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, { titleKey: 'regions.index.title', descriptionKey: 'regions.index.lead' });

export async function loader({ context }: Route.LoaderArgs) {
  const groups = await listRegionSummaries({ db: context.runtime.db });
  return {
    groups: groups.map(({ block, prefectures }) => ({
      id: block.id,
      name: context.locale === 'en' ? block.nameEn : block.name,
      prefectures: prefectures.map((row) => ({
        code: row.prefecture.code,
        name: context.locale === 'en' ? row.prefecture.nameEn : row.prefecture.name,
        openOpportunities: row.openOpportunities,
      })),
    })),
  };
}

export default function Regions({ loaderData }: Route.ComponentProps) {
  const t = useT();
  return (
    <div className="container page">
      <h1>{t('regions.index.title')}</h1>
      <p className="muted">{t('regions.index.lead')}</p>
      <div className="region-blocks">
        {loaderData.groups.map((group) => (
          <section key={group.id} aria-labelledby={`block-${group.id}`} className="region-block">
            <h2 id={`block-${group.id}`}>{group.name}</h2>
            <ul className="prefecture-list">
              {group.prefectures.map((prefecture) => (
                <li key={prefecture.code}>
                  <Link to={`/regions/${prefecture.code}`}>{prefecture.name}</Link>
                  {prefecture.openOpportunities > 0 ? (
                    <span className="count-badge">
                      {t('regions.index.openCount', { count: prefecture.openOpportunities })}
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </div>
  );
}
