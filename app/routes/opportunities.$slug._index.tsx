import { redirect } from 'react-router';
import { getOpportunityPage } from '#src/domain/opportunities/get-opportunity';
import { buildJobPostingJsonLd, serializeJsonLd } from '#src/domain/opportunities/job-posting-json-ld';
import { toOpportunityView } from '#src/domain/opportunities/opportunity-view';
import { translate } from '#src/i18n';
import { ApplyBox, OpportunityDetails } from '~/components/opportunity-details';
import { getActor } from '~/lib/auth.server';
import { useT } from '~/lib/i18n';
import { pageMeta } from '~/lib/meta';
import { useNonce } from '~/lib/nonce';
import { loadOrThrow } from '~/lib/route-errors.server';
import { absoluteUrl } from './opportunity-form.server';
import type { Route } from './+types/opportunities.$slug._index';

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const actor = await getActor(context);
  const page = await loadOrThrow(() =>
    getOpportunityPage({ db: context.runtime.db, actor, slug: params.slug }),
  );
  // A draft is only visible to its own organisation, through the preview.
  if (page.kind === 'preview') throw redirect(`/manage/opportunities/${page.opportunityId}/preview`);
  const url = absoluteUrl(context, request, `/opportunities/${encodeURIComponent(params.slug)}`);
  const opportunity = toOpportunityView(page.details, context.locale);
  return {
    opportunity,
    siteName: translate(context.locale, 'site.name'),
    description:
      opportunity.summary ||
      opportunity.description[0]?.slice(0, 160) ||
      translate(context.locale, 'site.description'),
    url,
    jsonLd: serializeJsonLd(buildJobPostingJsonLd(page.details, { url })),
    locale: context.locale,
  };
}

export const meta: Route.MetaFunction = ({ matches, loaderData }) => {
  if (!loaderData) return pageMeta(matches, { titleKey: 'notFound.title' });
  const { opportunity, url, locale, siteName, description } = loaderData;
  const title = `${opportunity.title} | ${opportunity.organisation.name}`;
  return [
    ...pageMeta(matches, { title, description }),
    { tagName: 'link', rel: 'canonical', href: url },
    { property: 'og:type', content: 'website' },
    { property: 'og:title', content: title },
    { property: 'og:description', content: description },
    { property: 'og:url', content: url },
    { property: 'og:site_name', content: siteName },
    { property: 'og:locale', content: locale === 'en' ? 'en_GB' : 'ja_JP' },
    { name: 'twitter:card', content: 'summary' },
    { name: 'twitter:title', content: title },
    { name: 'twitter:description', content: description },
  ];
};

function ShareBox({ url, title }: { url: string; title: string }) {
  const t = useT();
  const encodedUrl = encodeURIComponent(url);
  const shares = [
    {
      key: 'x',
      href: `https://twitter.com/intent/tweet?text=${encodeURIComponent(title)}&url=${encodedUrl}`,
    },
    { key: 'line', href: `https://social-plugins.line.me/lineit/share?url=${encodedUrl}` },
    { key: 'facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${encodedUrl}` },
  ];
  return (
    <section className="card share-box" aria-labelledby="share-title">
      <h2 id="share-title" className="apply-box-title">
        {t('opportunities.share.title')}
      </h2>
      <div className="field">
        <label htmlFor="share-url">{t('opportunities.share.urlLabel')}</label>
        <input id="share-url" className="share-url" type="url" readOnly value={url} />
      </div>
      <ul className="share-links plain-list">
        {shares.map((share) => (
          <li key={share.key}>
            <a href={share.href} rel="noopener noreferrer">
              {t(`opportunities.share.${share.key}`)}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

export default function OpportunityPage({ loaderData }: Route.ComponentProps) {
  const nonce = useNonce();
  const { opportunity, url, jsonLd } = loaderData;
  return (
    <div className="container page">
      <script type="application/ld+json" nonce={nonce} dangerouslySetInnerHTML={{ __html: jsonLd }} />
      <OpportunityDetails
        opportunity={opportunity}
        applyArea={<ApplyBox opportunity={opportunity} />}
        aside={<ShareBox url={url} title={opportunity.title} />}
      />
    </div>
  );
}
