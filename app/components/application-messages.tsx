import { Form, useLocation, useSearchParams } from 'react-router';
import type { ApplicationMessageView } from '#src/domain/applications/list-application-messages';
import { formatDateTime } from '#src/i18n/format';
import { CsrfInput, Field, FormErrorSummary } from '~/components/form';
import { useLocale, useT } from '~/lib/i18n';
import { returnPath } from '~/lib/return-path';
import '~/styles/applications.css';

export interface ApplicationFormState {
  formError?: string;
  formErrorParams?: Record<string, string | number>;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
  intent?: string;
  interviewId?: string;
}

/**
 * The conversation on an application, oldest first, with a form to write. Embeddable on the
 * applicant's page (`viewer="applicant"`) and the host's (`viewer="host"`): the form posts to
 * /applications/:id/messages, which comes back here afterwards (?notice=messageSent#messages), or
 * shows the form again with what was typed when something is wrong.
 */
export function ApplicationMessages({
  applicationId,
  messages,
  viewer,
  state,
  headingLevel = 2,
}: {
  applicationId: string;
  messages: ApplicationMessageView[];
  viewer: 'applicant' | 'host';
  state?: ApplicationFormState;
  headingLevel?: 2 | 3;
}) {
  const t = useT();
  const locale = useLocale();
  const location = useLocation();
  const [searchParams] = useSearchParams();
  const Heading = `h${headingLevel}` as const;
  const author = (message: ApplicationMessageView) => {
    if (message.isMine) return t('apply.messages.you');
    if (message.side === 'host') return message.authorName ?? t('apply.messages.host');
    return message.authorName ?? t('apply.messages.applicant');
  };
  return (
    <section id="messages" aria-labelledby="messages-title">
      <Heading id="messages-title">{t('apply.messages.title')}</Heading>
      {searchParams.get('notice') === 'messageSent' ? (
        <div className="alert alert-success" role="status">
          {t('apply.messages.sent')}
        </div>
      ) : null}
      {messages.length === 0 ? (
        <p className="muted">{t('apply.messages.empty')}</p>
      ) : (
        <ol className="message-thread">
          {messages.map((message) => (
            <li key={message.id} className={`message${message.isMine ? ' message-mine' : ''}`}>
              <p className="message-meta">
                <strong>{author(message)}</strong>
                {!message.isMine && message.authorName
                  ? ` (${t(message.side === 'host' ? 'apply.messages.host' : 'apply.messages.applicant')})`
                  : ''}{' '}
                · <time dateTime={message.createdAt}>{formatDateTime(locale, message.createdAt)}</time>
              </p>
              <p className="message-body">{message.body}</p>
            </li>
          ))}
        </ol>
      )}
      <FormErrorSummary state={state} />
      <Form method="post" action={`/applications/${applicationId}/messages`} className="form">
        <CsrfInput />
        <input type="hidden" name="redirectTo" value={returnPath(location)} />
        <Field
          name="body"
          label={t('apply.messages.new')}
          hint={t(viewer === 'applicant' ? 'apply.messages.hintApplicant' : 'apply.messages.hintHost')}
          multiline
          rows={5}
          maxLength={2000}
          required
          state={state}
        />
        <div>
          <button type="submit" className="button">
            {t('apply.messages.send')}
          </button>
        </div>
      </Form>
    </section>
  );
}
