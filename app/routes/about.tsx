import { Link } from 'react-router';
import { useT } from '~/lib/i18n';
import { pageMeta } from '~/lib/meta';
import type { Route } from './+types/about';
import '~/styles/about.css';

// A static page: no loader and no database access. It is also the data-free baseline the
// benchmarks (scripts/bench/suites/foundation.ts) compare the home page with.

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, { titleKey: 'about.title', descriptionKey: 'about.metaDescription' });

const audiences = ['talent', 'hosts', 'coordinators', 'readers'] as const;
const kindsOfWork = [
  'sideJob',
  'dualLife',
  'remote',
  'shortProject',
  'internship',
  'training',
  'adviser',
] as const;
const journey = ['discover', 'register', 'apply', 'screen', 'start', 'followUp', 'measure'] as const;
const systems = ['nagaoka', 'shiojiri', 'koga', 'okayama', 'dualLife'] as const;

export default function About() {
  const t = useT();
  return (
    <div className="container page about">
      <h1>{t('about.title')}</h1>
      <p className="about-lead">{t('about.lead')}</p>
      <p>{t('about.leadPortal')}</p>

      <section aria-labelledby="about-audience">
        <h2 id="about-audience">{t('about.audienceTitle')}</h2>
        <ul className="grid plain-list">
          {audiences.map((audience) => (
            <li key={audience} className="card">
              <h3>{t(`about.audience.${audience}Title`)}</h3>
              <p>{t(`about.audience.${audience}Body`)}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="about-work">
        <h2 id="about-work">{t('about.workTitle')}</h2>
        <dl className="about-work">
          {kindsOfWork.map((kind) => (
            <div key={kind}>
              <dt>{t(`about.work.${kind}`)}</dt>
              <dd>{t(`about.work.${kind}Desc`)}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="about-journey">
        <h2 id="about-journey">{t('about.journeyTitle')}</h2>
        <p>{t('about.journeyLead')}</p>
        <ol className="about-journey">
          {journey.map((step) => (
            <li key={step}>
              <strong>{t(`about.journey.${step}`)}</strong>
              <span>{t(`about.journey.${step}Desc`)}</span>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="about-systems">
        <h2 id="about-systems">{t('about.systemsTitle')}</h2>
        <p>{t('about.systemsLead')}</p>
        <ul className="plain-list stack">
          {systems.map((system) => (
            <li key={system} className="card">
              <h3>{t(`about.system.${system}`)}</h3>
              <p>{t(`about.system.${system}Desc`)}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="about-start" className="about-cta">
        <h2 id="about-start">{t('about.ctaTitle')}</h2>
        <p>{t('about.ctaLead')}</p>
        <div className="row">
          <Link className="button" to="/sign-up">
            {t('about.ctaRegister')}
          </Link>
          <Link to="/">{t('about.ctaHome')}</Link>
        </div>
      </section>
    </div>
  );
}
