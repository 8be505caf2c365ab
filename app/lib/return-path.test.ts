import { describe, expect, it } from 'vitest';
import { redirectBack } from '~/routes/application-actions.server';
import { returnPath } from './return-path';

describe('coming back to the page a form was on', () => {
  it('keeps the pipeline filters and order, drops an old notice', () => {
    expect(
      returnPath({ pathname: '/manage/applications/a1', search: '?stage=screening&sort=fit&notice=moved' }),
    ).toBe('/manage/applications/a1?stage=screening&sort=fit');
    expect(returnPath({ pathname: '/account/applications/a1', search: '' })).toBe('/account/applications/a1');
  });

  it('redirects back with the query kept and the new notice and anchor added', () => {
    const form = new FormData();
    form.set('redirectTo', '/manage/applications/a1?stage=screening&sort=fit');
    const response = redirectBack(form, '/fallback', 'messageSent', 'messages');
    expect(response.headers.get('Location')).toBe(
      '/manage/applications/a1?stage=screening&sort=fit&notice=messageSent#messages',
    );
  });

  it('never leaves the site', () => {
    for (const target of ['//evil.example/x', 'https://evil.example/', '/\\evil.example']) {
      const form = new FormData();
      form.set('redirectTo', target);
      expect(redirectBack(form, '/fallback', 'messageSent', 'messages').headers.get('Location')).toBe(
        '/fallback?notice=messageSent#messages',
      );
    }
  });
});
