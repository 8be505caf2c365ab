import { Link } from 'react-router';
import { listFeaturedOpportunities } from '#src/domain/opportunities/list-open-opportunities';
import { getPlatformStats } from '#src/domain/organisations/get-platform-stats';
import { cachedPublic } from '#src/lib/public-cache';
import { OpportunityCardList } from '~/components/opportunity-card';
import { useT } from '~/lib/i18n';
import { pageMeta } from '~/lib/meta';
import { cardsFor } from './region-pages.server';
import type { Route } from './+types/_index';
import '~/styles/search.css';

export async function loader({ context }: Route.LoaderArgs) {
  // Public, non-personal and the same for everyone: served from a short cache.
  const [stats, featured] = await Promise.all([
    cachedPublic('home:stats', 30_000, () => getPlatformStats({ db: context.runtime.db })),
    cachedPublic('home:featured', 30_000, () =>
      listFeaturedOpportunities({ db: context.runtime.db, limit: 6 }),
    ),
  ]);
  return { stats, featured: cardsFor(featured, context.locale) };
}

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, { titleKey: 'site.tagline', descriptionKey: 'site.description' });

const ways = ['sideJob', 'dualLife', 'remote', 'adviser', 'internship', 'training'] as const;

export default function Home({ loaderData }: Route.ComponentProps) {
  const t = useT();
  return (
    <>
      <section className="hero">
        <div className="container">
          <h1>{t('home.heroTitle')}</h1>
          <p>{t('home.heroLead')}</p>
          <form method="get" action="/search" role="search" className="home-search">
            <label htmlFor="home-search-q">{t('search.home.label')}</label>
            <div className="home-search-row">
              <input
                id="home-search-q"
                type="search"
                name="q"
                maxLength={200}
                placeholder={t('search.home.placeholder')}
                enterKeyHint="search"
              />
              <button type="submit" className="button">
                {t('search.home.submit')}
              </button>
            </div>
          </form>
          <div className="row">
            <Link className="button" to="/sign-up">
              {t('home.ctaRegister')}
            </Link>
          </div>
        </div>
      </section>
      <div className="container page">
        {loaderData.featured.length > 0 ? (
          <section aria-labelledby="featured-title">
            <h2 id="featured-title">{t('opportunities.home.featuredTitle')}</h2>
            <OpportunityCardList opportunities={loaderData.featured} emptyText="" />
            <p>
              <Link to="/regions">{t('opportunities.home.browseRegions')}</Link>
            </p>
          </section>
        ) : null}
        <section aria-labelledby="ways-title">
          <h2 id="ways-title">{t('home.waysTitle')}</h2>
          <ul className="grid plain-list">
            {ways.map((way) => (
              <li key={way} className="card">
                <h3>{t(`home.way.${way}`)}</h3>
                <p className="muted">{t(`home.way.${way}Desc`)}</p>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="stats-title">
          <h2 id="stats-title">{t('home.statsTitle')}</h2>
          <ul className="stats">
            <li>
              <strong>{loaderData.stats.organisations}</strong>
              {t('home.stats.organisations')}
            </li>
            <li>
              <strong>{loaderData.stats.municipalities}</strong>
              {t('home.stats.municipalities')}
            </li>
            <li>
              <strong>{loaderData.stats.talent}</strong>
              {t('home.stats.talent')}
            </li>
          </ul>
        </section>
        <section aria-labelledby="hosts-title">
          <h2 id="hosts-title">{t('home.forHostsTitle')}</h2>
          <p>{t('home.forHostsLead')}</p>
        </section>
      </div>
    </>
  );
}
