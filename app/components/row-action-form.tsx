import { Form } from 'react-router';
import { CsrfInput } from '~/components/form';

/**
 * A one-button POST form in a table row (revoke a token, delete a document, …): posts `intent` and
 * the row's id as `idName`; `accessibleName` names the row the button acts on for screen readers.
 */
export function RowActionForm({
  intent,
  idName,
  id,
  label,
  accessibleName,
  danger = false,
}: {
  intent: string;
  idName: string;
  id: string;
  label: string;
  accessibleName: string;
  danger?: boolean;
}) {
  return (
    <Form method="post" className="inline-form">
      <CsrfInput />
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name={idName} value={id} />
      <button
        type="submit"
        className={`button button-small ${danger ? 'button-danger' : 'button-secondary'}`}
        aria-label={accessibleName}
      >
        {label}
      </button>
    </Form>
  );
}
