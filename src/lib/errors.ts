export type AppErrorCode =
  'NOT_FOUND' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'CONFLICT' | 'INVALID_INPUT' | 'RATE_LIMITED' | 'GONE';

const httpStatusByCode: Record<AppErrorCode, number> = {
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  UNAUTHENTICATED: 401,
  CONFLICT: 409,
  INVALID_INPUT: 422,
  RATE_LIMITED: 429,
  GONE: 410,
};

/**
 * The one error type for expected failures. `messageKey` is an i18n key shown to the user;
 * `fieldErrors` maps form field names to i18n keys.
 */
export class AppError extends Error {
  constructor(
    public readonly code: AppErrorCode,
    public readonly messageKey: string = `errors.${code}`,
    public readonly fieldErrors: Record<string, string> = {},
    public readonly params: Record<string, string | number> = {},
  ) {
    super(`${code}: ${messageKey}`);
    this.name = 'AppError';
  }

  get httpStatus(): number {
    return httpStatusByCode[this.code];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
