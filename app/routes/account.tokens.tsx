import { data, Form, Link, useActionData } from 'react-router';
import { createApiToken, listApiTokens, revokeApiToken } from '#src/domain/accounts/api-tokens';
import { formatDateTime } from '#src/i18n';
import { CsrfInput, Field, FormErrorSummary } from '~/components/form';
import { RowActionForm } from '~/components/row-action-form';
import { requireActorOrRedirect } from '~/lib/auth.server';
import { domainFailure, readForm } from '~/lib/forms.server';
import { useLocale, useT } from '~/lib/i18n';
import { pageMeta } from '~/lib/meta';
import { formObject } from './auth-session.server';
import type { Route } from './+types/account.tokens';
import '~/styles/accounts.css';

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, { titleKey: 'accounts.tokens.title' });

export async function loader({ request, context }: Route.LoaderArgs) {
  const actor = await requireActorOrRedirect(context, request);
  return { tokens: await listApiTokens({ db: context.runtime.db, actor }) };
}

export async function action({ request, context }: Route.ActionArgs) {
  const actor = await requireActorOrRedirect(context, request);
  const form = await readForm(request, context);
  const intent = form.get('intent');
  try {
    if (intent === 'revoke') {
      await revokeApiToken({ db: context.runtime.db, actor, tokenId: String(form.get('tokenId') ?? '') });
      return { ok: true as const, revoked: true as const };
    }
    const created = await createApiToken({ db: context.runtime.db, actor, input: formObject(form) });
    // The secret is shown once, in this response only; the database keeps its hash.
    return data(
      { ok: true as const, created: { name: created.name, secret: created.secret } },
      { headers: { 'Cache-Control': 'no-store' } },
    );
  } catch (error) {
    return domainFailure(error, form);
  }
}

export default function ApiTokens({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const state = useActionData<typeof action>();
  const failure = state && !state.ok ? state : undefined;
  const created = state && state.ok && 'created' in state ? state.created : null;
  return (
    <div className="container page">
      <p className="breadcrumbs">
        <Link to="/account">{t('accounts.account.title')}</Link>
      </p>
      <h1>{t('accounts.tokens.title')}</h1>
      <p>{t('accounts.tokens.lead')}</p>
      {created ? (
        <section className="alert alert-success token-secret" aria-labelledby="secret-title">
          <h2 id="secret-title" className="banner-title">
            {t('accounts.tokens.createdTitle', { name: created.name })}
          </h2>
          <p>{t('accounts.tokens.createdLead')}</p>
          <label htmlFor="token-secret">{t('accounts.tokens.secret')}</label>
          <input
            id="token-secret"
            type="text"
            readOnly
            value={created.secret}
            className="token-secret-value"
          />
        </section>
      ) : null}
      {state && state.ok && 'revoked' in state ? (
        <div className="alert alert-success" role="status">
          {t('accounts.tokens.revoked')}
        </div>
      ) : null}
      <section aria-labelledby="tokens-list-title">
        <h2 id="tokens-list-title">{t('accounts.tokens.listTitle')}</h2>
        {loaderData.tokens.length === 0 ? (
          <p className="muted">{t('accounts.tokens.none')}</p>
        ) : (
          <table>
            <caption className="visually-hidden">{t('accounts.tokens.listTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('accounts.tokens.name')}</th>
                <th scope="col">{t('accounts.tokens.prefix')}</th>
                <th scope="col">{t('accounts.tokens.created')}</th>
                <th scope="col">{t('accounts.tokens.lastUsed')}</th>
                <th scope="col">{t('accounts.tokens.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {loaderData.tokens.map((token) => (
                <tr key={token.id}>
                  <td>{token.name}</td>
                  <td>
                    <code>{token.prefix}…</code>
                  </td>
                  <td>{formatDateTime(locale, token.createdAt)}</td>
                  <td>
                    {token.lastUsedAt
                      ? formatDateTime(locale, token.lastUsedAt)
                      : t('accounts.tokens.neverUsed')}
                  </td>
                  <td>
                    <RowActionForm
                      intent="revoke"
                      idName="tokenId"
                      id={token.id}
                      label={t('accounts.tokens.revoke')}
                      accessibleName={t('accounts.tokens.revokeNamed', { name: token.name })}
                      danger
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="new-token-title" className="narrow">
        <h2 id="new-token-title">{t('accounts.tokens.newTitle')}</h2>
        <FormErrorSummary state={failure} />
        <Form method="post" className="form">
          <CsrfInput />
          <input type="hidden" name="intent" value="create" />
          <Field
            name="name"
            label={t('accounts.tokens.name')}
            hint={t('accounts.tokens.nameHint')}
            state={failure}
            required
            maxLength={80}
          />
          <div>
            <button type="submit" className="button">
              {t('accounts.tokens.create')}
            </button>
          </div>
        </Form>
        <p className="muted small">
          {t('accounts.tokens.apiDocs')} <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>
        </p>
      </section>
    </div>
  );
}
