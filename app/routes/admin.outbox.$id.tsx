import { Fragment } from 'react';
import { Link } from 'react-router';
import { getOutboxMessage } from '#src/domain/admin/get-outbox-message';
import { formatDateTime } from '#src/i18n';
import { requireActorOrRedirect } from '~/lib/auth.server';
import { useLocale, useT } from '~/lib/i18n';
import { pageMeta } from '~/lib/meta';
import { loadOrThrow } from '~/lib/route-errors.server';
import type { Route } from './+types/admin.outbox.$id';
import '~/styles/accounts.css';

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, { titleKey: 'admin.outbox.messageTitle' });

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const actor = await requireActorOrRedirect(context, request);
  return {
    message: await loadOrThrow(() => getOutboxMessage({ db: context.runtime.db, actor, id: params.id })),
  };
}

const URL_PATTERN = /(https?:\/\/[^\s<>"')\]]+)/g;

/** The plain-text body with its web addresses as links (React escapes everything else). */
function LinkifiedText({ text }: { text: string }) {
  const parts = text.split(URL_PATTERN);
  return (
    <>
      {parts.map((part, index) =>
        index % 2 === 1 ? (
          <a key={index} href={part} rel="noreferrer noopener">
            {part}
          </a>
        ) : (
          <Fragment key={index}>{part}</Fragment>
        ),
      )}
    </>
  );
}

export default function OutboxMessage({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { message } = loaderData;
  return (
    <div className="container page">
      <p className="breadcrumbs">
        <Link to="/admin">{t('admin.title')}</Link> /{' '}
        <Link to="/admin/outbox">{t('admin.outbox.title')}</Link>
      </p>
      <h1>{message.subject}</h1>
      <dl className="facts">
        <dt>{t('admin.outbox.to')}</dt>
        <dd>{message.toAddress}</dd>
        <dt>{t('admin.outbox.time')}</dt>
        <dd>{formatDateTime(locale, message.createdAt)}</dd>
        <dt>{t('admin.outbox.transport')}</dt>
        <dd>{t(`admin.outbox.transportValue.${message.transport}`)}</dd>
        <dt>{t('admin.outbox.status')}</dt>
        <dd>
          {t(`admin.outbox.statusValue.${message.status}`)}
          {message.sentAt ? ` (${formatDateTime(locale, message.sentAt)})` : null}
        </dd>
        {message.error ? (
          <>
            <dt>{t('admin.outbox.error')}</dt>
            <dd>{message.error}</dd>
          </>
        ) : null}
        {message.attachmentName ? (
          <>
            <dt>{t('admin.outbox.attachment')}</dt>
            <dd>
              {message.attachmentName} ({message.attachmentContentType})
            </dd>
          </>
        ) : null}
      </dl>
      <section aria-labelledby="body-title">
        <h2 id="body-title">{t('admin.outbox.body')}</h2>
        <pre className="email-body">
          <LinkifiedText text={message.textBody} />
        </pre>
      </section>
    </div>
  );
}
