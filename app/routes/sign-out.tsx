import { Form, redirect } from 'react-router';
import { CsrfInput } from '~/components/form';
import { endSessionHeaders, getActor } from '~/lib/auth.server';
import { readForm } from '~/lib/forms.server';
import { useT } from '~/lib/i18n';
import { pageMeta } from '~/lib/meta';
import type { Route } from './+types/sign-out';

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, { titleKey: 'accounts.signOut.title' });

/** Signing out is a POST (with the CSRF token); a plain visit asks first. */
export async function loader({ context }: Route.LoaderArgs) {
  if (!(await getActor(context))) throw redirect('/');
  return null;
}

export async function action({ request, context }: Route.ActionArgs) {
  await readForm(request, context);
  return redirect('/', { headers: { 'Set-Cookie': await endSessionHeaders(context) } });
}

export default function SignOut() {
  const t = useT();
  return (
    <div className="container page narrow">
      <h1>{t('accounts.signOut.title')}</h1>
      <p>{t('accounts.signOut.lead')}</p>
      <Form method="post">
        <CsrfInput />
        <button type="submit" className="button">
          {t('nav.signOut')}
        </button>
      </Form>
    </div>
  );
}
