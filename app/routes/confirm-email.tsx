import { Form, Link } from 'react-router';
import { confirmEmail } from '#src/domain/accounts/confirm-email';
import { isAppError } from '#src/lib/errors';
import { CsrfInput } from '~/components/form';
import { getActor } from '~/lib/auth.server';
import { useT } from '~/lib/i18n';
import { pageMeta } from '~/lib/meta';
import type { Route } from './+types/confirm-email';

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, { titleKey: 'accounts.confirm.title' });

type Outcome = 'confirmed' | 'alreadyConfirmed' | 'gone' | 'missing';

/** The link in the confirmation e-mail: following it confirms the address (the token is single-use). */
export async function loader({ request, context }: Route.LoaderArgs) {
  const token = new URL(request.url).searchParams.get('token');
  const actor = await getActor(context);
  let outcome: Outcome = 'missing';
  if (token) {
    try {
      const result = await confirmEmail({ db: context.runtime.db, token });
      outcome = result.alreadyConfirmed ? 'alreadyConfirmed' : 'confirmed';
    } catch (error) {
      if (!isAppError(error) || error.code !== 'GONE') throw error;
      outcome = 'gone';
    }
  }
  return {
    outcome,
    signedIn: actor !== null,
    // Whether the signed-in account still needs a link (it may be another account than the token's).
    canResend: actor !== null && !actor.emailVerified && outcome !== 'confirmed',
  };
}

export default function ConfirmEmail({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const { outcome, signedIn, canResend } = loaderData;
  const ok = outcome === 'confirmed' || outcome === 'alreadyConfirmed';
  return (
    <div className="container page narrow">
      <h1>{t('accounts.confirm.title')}</h1>
      <div className={`alert ${ok ? 'alert-success' : 'alert-error'}`} role={ok ? 'status' : 'alert'}>
        {t(`accounts.confirm.${outcome}`)}
      </div>
      {ok ? (
        <p>
          <Link to={signedIn ? '/account' : '/sign-in?redirectTo=%2Faccount'} className="button">
            {signedIn ? t('accounts.confirm.toAccount') : t('nav.signIn')}
          </Link>
        </p>
      ) : canResend ? (
        <Form method="post" action="/account">
          <CsrfInput />
          <input type="hidden" name="intent" value="resendConfirmation" />
          <button type="submit" className="button">
            {t('accounts.confirm.resend')}
          </button>
        </Form>
      ) : signedIn ? (
        <p>
          <Link to="/account">{t('accounts.confirm.toAccount')}</Link>
        </p>
      ) : (
        <p>
          {t('accounts.confirm.signInToResend')}{' '}
          <Link to="/sign-in?redirectTo=%2Faccount">{t('nav.signIn')}</Link>
        </p>
      )}
    </div>
  );
}
