import { data, Form, Link, redirect, useActionData } from 'react-router';
import { deleteTalentDocument } from '#src/domain/talent/delete-talent-document';
import { getOwnTalentProfile } from '#src/domain/talent/get-own-talent-profile';
import { DOCUMENT_KINDS, MAX_DOCUMENTS_PER_TALENT } from '#src/domain/talent/types';
import { uploadTalentDocument } from '#src/domain/talent/upload-talent-document';
import { formatDate } from '#src/i18n';
import { CsrfInput, Field, FormErrorSummary } from '~/components/form';
import { RowActionForm } from '~/components/row-action-form';
import { requireActorOrRedirect } from '~/lib/auth.server';
import { domainFailure, readForm, type FormFailure } from '~/lib/forms.server';
import { useLocale, useT } from '~/lib/i18n';
import { pageMeta } from '~/lib/meta';
import { loadOrThrow } from '~/lib/route-errors.server';
import { isUploadTooLarge, limitRequestBody, MAX_UPLOAD_REQUEST_BYTES } from './talent-profile.server';
import type { Route } from './+types/account.profile.documents';
import '~/styles/talent.css';

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, { titleKey: 'talent.documents.title' });

export async function loader({ request, context }: Route.LoaderArgs) {
  const actor = await requireActorOrRedirect(context, request);
  const own = await loadOrThrow(() => getOwnTalentProfile({ db: context.runtime.db, actor }));
  const search = new URL(request.url).searchParams;
  const uploaded = own.documents.find((document) => document.id === search.get('uploaded'));
  return {
    documents: own.documents.map((document) => ({
      id: document.id,
      kind: document.kind,
      originalName: document.originalName,
      sizeBytes: document.sizeBytes,
      createdAt: document.createdAt.toISOString(),
    })),
    notice: uploaded
      ? { key: 'talent.documents.uploaded', name: uploaded.originalName }
      : search.get('deleted') === '1'
        ? { key: 'talent.documents.deleted', name: '' }
        : null,
  };
}

function tooLarge() {
  return data<FormFailure>(
    {
      ok: false,
      formError: 'talent.documents.errors.tooLarge',
      formErrorParams: { max: 5 },
      fieldErrors: { file: 'talent.documents.errors.tooLarge' },
      values: {},
    },
    { status: 413 },
  );
}

export async function action({ request, context }: Route.ActionArgs) {
  const actor = await requireActorOrRedirect(context, request);
  let formData: FormData;
  try {
    // The size is checked before the multipart body is parsed (and while it is read, if undeclared).
    formData = await readForm(limitRequestBody(request, MAX_UPLOAD_REQUEST_BYTES), context);
  } catch (error) {
    if (isUploadTooLarge(error)) return tooLarge();
    throw error;
  }
  const uploadDir = context.runtime.config.uploadDir;
  try {
    if (formData.get('intent') === 'delete') {
      await deleteTalentDocument({
        db: context.runtime.db,
        actor,
        uploadDir,
        documentId: String(formData.get('documentId') ?? ''),
      });
      return redirect('/account/profile/documents?deleted=1');
    }
    const file = formData.get('file');
    const document = await uploadTalentDocument({
      db: context.runtime.db,
      actor,
      uploadDir,
      file:
        file instanceof File
          ? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }
          : { name: '', bytes: new Uint8Array() },
      kind: String(formData.get('kind') ?? 'resume'),
    });
    return redirect(`/account/profile/documents?uploaded=${document.id}`);
  } catch (error) {
    return domainFailure(error, formData);
  }
}

export default function Documents({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const state = useActionData<typeof action>();
  const { documents, notice } = loaderData;
  const full = documents.length >= MAX_DOCUMENTS_PER_TALENT;
  return (
    <div className="container page talent-page">
      <p>
        <Link to="/account/profile#documents">{t('talent.documents.backToProfile')}</Link>
      </p>
      <h1>{t('talent.documents.title')}</h1>
      <p>{t('talent.documents.lead', { max: MAX_DOCUMENTS_PER_TALENT })}</p>
      {notice ? (
        <div className="alert alert-success" role="status">
          {t(notice.key, { name: notice.name })}
        </div>
      ) : null}
      <FormErrorSummary state={state} />
      {documents.length === 0 ? (
        <p className="muted">{t('talent.documents.none')}</p>
      ) : (
        <table>
          <caption className="visually-hidden">{t('talent.documents.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('talent.documents.name')}</th>
              <th scope="col">{t('talent.documents.kind')}</th>
              <th scope="col">{t('talent.documents.size')}</th>
              <th scope="col">{t('talent.documents.uploadedAt')}</th>
              <th scope="col">{t('talent.documents.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {documents.map((document) => (
              <tr key={document.id}>
                <td>
                  <a
                    href={`/account/documents/${document.id}`}
                    aria-label={t('talent.documents.download', { name: document.originalName })}
                  >
                    {document.originalName}
                  </a>
                </td>
                <td>{t(`talent.documents.kind.${document.kind}`)}</td>
                <td>
                  {t('talent.documents.sizeKb', { size: Math.max(1, Math.round(document.sizeBytes / 1024)) })}
                </td>
                <td>{formatDate(locale, document.createdAt)}</td>
                <td>
                  <RowActionForm
                    intent="delete"
                    idName="documentId"
                    id={document.id}
                    label={t('talent.skills.remove')}
                    accessibleName={t('talent.documents.delete', { name: document.originalName })}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {full ? (
        <p className="alert alert-info">
          {t('talent.documents.errors.tooMany', { max: MAX_DOCUMENTS_PER_TALENT })}
        </p>
      ) : (
        <section className="card talent-section" aria-labelledby="upload-title">
          <h2 id="upload-title">{t('talent.documents.upload')}</h2>
          <Form method="post" encType="multipart/form-data" className="form" noValidate>
            <CsrfInput />
            <input type="hidden" name="intent" value="upload" />
            <Field
              name="file"
              label={t('talent.documents.file')}
              state={state}
              required
              hint={t('talent.documents.fileHint')}
            >
              <input
                id="field-file"
                name="file"
                type="file"
                accept="application/pdf,.pdf"
                required
                aria-invalid={state?.fieldErrors?.file ? true : undefined}
                aria-describedby={`field-file-hint${state?.fieldErrors?.file ? ' field-file-error' : ''}`}
              />
            </Field>
            <fieldset>
              <legend className="fieldset-legend">{t('talent.documents.kind')}</legend>
              {DOCUMENT_KINDS.map((kind) => (
                <label key={kind} className="talent-inline-check">
                  <input
                    type="radio"
                    name="kind"
                    value={kind}
                    defaultChecked={(state?.values?.kind ?? 'resume') === kind}
                  />
                  {t(`talent.documents.kind.${kind}`)}
                </label>
              ))}
            </fieldset>
            <div>
              <button type="submit" className="button">
                {t('talent.documents.upload')}
              </button>
            </div>
          </Form>
        </section>
      )}
    </div>
  );
}
