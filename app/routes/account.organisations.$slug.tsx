import { data, Form, Link, redirect, useActionData } from 'react-router';
import { changeMemberRole } from '#src/domain/organisations/change-member-role';
import { getManagedOrganisation } from '#src/domain/organisations/get-managed-organisation';
import { inviteMember } from '#src/domain/organisations/invite-member';
import { listOrganisationInvitations } from '#src/domain/organisations/list-organisation-invitations';
import { listOrganisationMembers } from '#src/domain/organisations/list-organisation-members';
import { removeMember } from '#src/domain/organisations/remove-member';
import { revokeInvitation } from '#src/domain/organisations/revoke-invitation';
import { updateOrganisationProfile } from '#src/domain/organisations/update-organisation-profile';
import { listPrefectures } from '#src/domain/regions/data';
import { formatDate } from '#src/i18n';
import { AppError } from '#src/lib/errors';
import { CsrfInput, Field, FormErrorSummary, SelectField } from '~/components/form';
import { RowActionForm } from '~/components/row-action-form';
import { requireActorOrRedirect } from '~/lib/auth.server';
import { domainFailure, readForm } from '~/lib/forms.server';
import { useLocale, useT } from '~/lib/i18n';
import { pageMeta } from '~/lib/meta';
import { loadOrThrow } from '~/lib/route-errors.server';
import { emailBaseUrl } from './auth-session.server';
import type { Route } from './+types/account.organisations.$slug';
import '~/styles/accounts.css';

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  pageMeta(matches, {
    titleKey: 'accounts.org.membersTitle',
    ...(loaderData ? { title: loaderData.organisation.name } : {}),
  });

const notices = [
  'created',
  'joined',
  'invited',
  'invitationRevoked',
  'roleChanged',
  'removed',
  'profileUpdated',
] as const;

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const actor = await requireActorOrRedirect(context, request);
  const db = context.runtime.db;
  const organisation = await loadOrThrow(() => getManagedOrganisation({ db, actor, slug: params.slug }));
  const members = await listOrganisationMembers({ db, actor, slug: params.slug });
  const invitations = organisation.canInvite
    ? await listOrganisationInvitations({ db, actor, slug: params.slug })
    : [];
  const url = new URL(request.url);
  const notice = url.searchParams.get('notice');
  const removeId = url.searchParams.get('remove');
  return {
    organisation,
    members,
    invitations,
    actorAccountId: actor.accountId,
    profile: organisation.profile,
    prefectures: organisation.profile ? listPrefectures().map((p) => ({ value: p.code, label: p.name })) : [],
    notice: notices.find((known) => known === notice) ?? null,
    confirmRemove: organisation.canRemoveMembers
      ? (members.find((m) => m.accountId === removeId) ?? null)
      : null,
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const actor = await requireActorOrRedirect(context, request);
  const form = await readForm(request, context);
  const db = context.runtime.db;
  const slug = params.slug;
  const intent = String(form.get('intent') ?? '');
  const here = `/account/organisations/${encodeURIComponent(slug)}`;
  try {
    switch (intent) {
      case 'invite':
        await inviteMember({
          db,
          mailer: context.runtime.mailer,
          actor,
          slug,
          input: { email: form.get('email'), role: form.get('role') },
          baseUrl: emailBaseUrl(context, request),
          locale: context.locale,
        });
        return redirect(`${here}?notice=invited`);
      case 'updateProfile':
        await updateOrganisationProfile({
          db,
          actor,
          slug,
          input: {
            organisationName: form.get('organisationName'),
            organisationNameEn: form.get('organisationNameEn') ?? undefined,
            prefectureCode: form.get('prefectureCode'),
            municipality: form.get('municipality') ?? undefined,
            description: form.get('description') ?? undefined,
            websiteUrl: form.get('websiteUrl') ?? undefined,
          },
        });
        return redirect(`${here}?notice=profileUpdated`);
      case 'revokeInvitation':
        await revokeInvitation({ db, actor, slug, invitationId: String(form.get('invitationId') ?? '') });
        return redirect(`${here}?notice=invitationRevoked`);
      case 'changeRole':
        await changeMemberRole({
          db,
          actor,
          slug,
          accountId: String(form.get('accountId') ?? ''),
          input: { role: form.get('role') },
        });
        return redirect(`${here}?notice=roleChanged`);
      case 'removeMember': {
        const accountId = String(form.get('accountId') ?? '');
        await removeMember({ db, actor, slug, accountId });
        return accountId === actor.accountId
          ? redirect('/account?notice=leftOrganisation')
          : redirect(`${here}?notice=removed`);
      }
      default:
        throw new AppError('INVALID_INPUT');
    }
  } catch (error) {
    const failure = domainFailure(error, form);
    return data({ ...failure.data, intent }, failure.init ?? undefined);
  }
}

export default function OrganisationMembers({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const state = useActionData<typeof action>();
  const { organisation, members, invitations, confirmRemove, notice } = loaderData;
  const inviteState = state?.intent === 'invite' ? state : undefined;
  const profileState = state?.intent === 'updateProfile' ? state : undefined;
  const otherFailure =
    state && state.intent !== 'invite' && state.intent !== 'updateProfile' ? state : undefined;
  const here = `/account/organisations/${organisation.slug}`;
  return (
    <div className="container page">
      <p className="breadcrumbs">
        <Link to="/account">{t('accounts.account.title')}</Link>
      </p>
      <h1>{organisation.name}</h1>
      <p className="muted">
        {t(`accounts.orgKind.${organisation.kind}`)} ・{' '}
        {t('accounts.org.yourRoleIs', { role: t(`accounts.membershipRole.${organisation.actorRole}`) })}
      </p>
      {notice ? (
        <div className="alert alert-success" role="status">
          {t(`accounts.org.notice.${notice}`)}
        </div>
      ) : null}
      <FormErrorSummary state={otherFailure} />

      {confirmRemove ? (
        <section className="alert alert-error confirm-box" aria-labelledby="confirm-remove-title">
          <h2 id="confirm-remove-title" className="banner-title">
            {t('accounts.org.confirmRemoveTitle')}
          </h2>
          <p>
            {t('accounts.org.confirmRemoveLead', {
              name: confirmRemove.displayName,
              email: confirmRemove.email,
            })}
          </p>
          <div className="row">
            <Form method="post" className="inline-form">
              <CsrfInput />
              <input type="hidden" name="intent" value="removeMember" />
              <input type="hidden" name="accountId" value={confirmRemove.accountId} />
              <button type="submit" className="button button-danger">
                {t('accounts.org.confirmRemove')}
              </button>
            </Form>
            <Link to={here}>{t('common.cancel')}</Link>
          </div>
        </section>
      ) : null}

      <section aria-labelledby="members-title">
        <h2 id="members-title">{t('accounts.org.members', { count: members.length })}</h2>
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">
              {t('accounts.org.membersCaption', { name: organisation.name })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('accounts.displayName')}</th>
                <th scope="col">{t('accounts.email')}</th>
                <th scope="col">{t('accounts.org.role')}</th>
                <th scope="col">{t('accounts.org.joined')}</th>
                {organisation.canRemoveMembers || organisation.canManageRoles ? (
                  <th scope="col">{t('accounts.org.actions')}</th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {members.map((member) => (
                <tr key={member.accountId}>
                  <th scope="row">
                    {member.displayName}
                    {member.accountId === loaderData.actorAccountId ? (
                      <span className="muted small"> {t('accounts.org.you')}</span>
                    ) : null}
                  </th>
                  <td>{member.email}</td>
                  <td>{t(`accounts.membershipRole.${member.role}`)}</td>
                  <td>{formatDate(locale, member.joinedAt)}</td>
                  {organisation.canRemoveMembers || organisation.canManageRoles ? (
                    <td>
                      <div className="row member-actions">
                        {organisation.canManageRoles ? (
                          <Form method="post" className="inline-form role-form">
                            <CsrfInput />
                            <input type="hidden" name="intent" value="changeRole" />
                            <input type="hidden" name="accountId" value={member.accountId} />
                            <label className="visually-hidden" htmlFor={`role-${member.accountId}`}>
                              {t('accounts.org.roleFor', { name: member.displayName })}
                            </label>
                            <select id={`role-${member.accountId}`} name="role" defaultValue={member.role}>
                              {(['owner', 'admin', 'member'] as const).map((role) => (
                                <option key={role} value={role}>
                                  {t(`accounts.membershipRole.${role}`)}
                                </option>
                              ))}
                            </select>
                            <button
                              type="submit"
                              className="button button-small button-secondary"
                              aria-label={t('accounts.org.changeRoleFor', { name: member.displayName })}
                            >
                              {t('accounts.org.changeRole')}
                            </button>
                          </Form>
                        ) : null}
                        {organisation.canRemoveMembers &&
                        (member.role !== 'owner' || organisation.actorRole === 'owner') ? (
                          <Link
                            to={`?remove=${member.accountId}`}
                            className="button button-small button-secondary"
                            aria-label={t('accounts.org.removeNamed', { name: member.displayName })}
                          >
                            {t('accounts.org.remove')}
                          </Link>
                        ) : null}
                      </div>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      {loaderData.profile ? (
        <section aria-labelledby="profile-title" className="narrow">
          <h2 id="profile-title">{t('accounts.org.profileTitle')}</h2>
          <p className="muted">{t('accounts.org.profileLead')}</p>
          <FormErrorSummary state={profileState} />
          <Form method="post" className="form">
            <CsrfInput />
            <input type="hidden" name="intent" value="updateProfile" />
            <Field
              name="organisationName"
              label={t('accounts.org.name')}
              state={profileState}
              defaultValue={loaderData.profile.name}
              required
              autoComplete="organization"
              maxLength={120}
            />
            <Field
              name="organisationNameEn"
              label={t('accounts.org.nameEn')}
              hint={t('accounts.org.nameEnHint')}
              state={profileState}
              defaultValue={loaderData.profile.nameEn}
              maxLength={120}
            />
            <SelectField
              name="prefectureCode"
              label={t('accounts.org.prefecture')}
              state={profileState}
              defaultValue={loaderData.profile.prefectureCode}
              options={loaderData.prefectures}
              required
              requiredInBrowser
            />
            <Field
              name="municipality"
              label={t('accounts.org.municipality')}
              hint={t('accounts.org.municipalityHint')}
              state={profileState}
              defaultValue={loaderData.profile.municipality}
              maxLength={60}
            />
            <Field
              name="description"
              label={t('accounts.org.description')}
              state={profileState}
              defaultValue={loaderData.profile.description}
              multiline
              rows={5}
              maxLength={2000}
            />
            <Field
              name="websiteUrl"
              label={t('accounts.org.websiteUrl')}
              hint={t('accounts.org.websiteUrlHint')}
              type="url"
              inputMode="url"
              state={profileState}
              defaultValue={loaderData.profile.websiteUrl}
              maxLength={300}
            />
            <div>
              <button type="submit" className="button">
                {t('accounts.org.saveProfile')}
              </button>
            </div>
          </Form>
        </section>
      ) : null}

      {organisation.canInvite ? (
        <>
          <section aria-labelledby="invitations-title">
            <h2 id="invitations-title">{t('accounts.org.pendingInvitations')}</h2>
            {invitations.length === 0 ? (
              <p className="muted">{t('accounts.org.noInvitations')}</p>
            ) : (
              <table>
                <caption className="visually-hidden">{t('accounts.org.pendingInvitations')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('accounts.email')}</th>
                    <th scope="col">{t('accounts.org.role')}</th>
                    <th scope="col">{t('accounts.org.invitedBy')}</th>
                    <th scope="col">{t('accounts.org.expires')}</th>
                    <th scope="col">{t('accounts.org.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {invitations.map((invitation) => (
                    <tr key={invitation.id}>
                      <td>{invitation.email}</td>
                      <td>{t(`accounts.membershipRole.${invitation.role}`)}</td>
                      <td>{invitation.invitedByName ?? '—'}</td>
                      <td>{formatDate(locale, invitation.expiresAt)}</td>
                      <td>
                        <RowActionForm
                          intent="revokeInvitation"
                          idName="invitationId"
                          id={invitation.id}
                          label={t('accounts.org.revokeInvitation')}
                          accessibleName={t('accounts.org.revokeInvitationFor', { email: invitation.email })}
                        />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
          <section aria-labelledby="invite-title" className="narrow">
            <h2 id="invite-title">{t('accounts.org.inviteTitle')}</h2>
            <p className="muted">{t('accounts.org.inviteLead')}</p>
            <FormErrorSummary state={inviteState} />
            <Form method="post" className="form">
              <CsrfInput />
              <input type="hidden" name="intent" value="invite" />
              <Field
                name="email"
                label={t('accounts.org.inviteEmail')}
                type="email"
                state={inviteState}
                required
                autoComplete="off"
              />
              <Field name="role" label={t('accounts.org.role')} state={inviteState}>
                <select
                  id="field-role"
                  name="role"
                  defaultValue={inviteState?.values?.role ?? 'member'}
                  aria-describedby={inviteState?.fieldErrors?.role ? 'field-role-error' : undefined}
                >
                  {organisation.invitableRoles.map((role) => (
                    <option key={role} value={role}>
                      {t(`accounts.membershipRole.${role}`)}
                    </option>
                  ))}
                </select>
              </Field>
              <div>
                <button type="submit" className="button">
                  {t('accounts.org.sendInvitation')}
                </button>
              </div>
            </Form>
          </section>
        </>
      ) : null}
    </div>
  );
}
