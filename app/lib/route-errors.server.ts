import { data } from 'react-router';
import { isAppError } from '#src/lib/errors';

/** Runs a domain call in a loader; expected failures become HTTP error responses for the ErrorBoundary. */
export async function loadOrThrow<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    if (isAppError(error)) {
      throw data({ code: error.code, messageKey: error.messageKey }, { status: error.httpStatus });
    }
    throw error;
  }
}

export function notFound(): never {
  throw data({ code: 'NOT_FOUND', messageKey: 'errors.NOT_FOUND' }, { status: 404 });
}
