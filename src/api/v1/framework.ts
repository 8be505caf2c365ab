import { z } from 'zod';
import type { Db } from '#src/db/client';
import type { Actor } from '#src/domain/accounts/actor';
import type { Locale } from '#src/i18n';
import type { Runtime } from '#src/runtime';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface ApiContext {
  db: Db;
  runtime: Runtime;
  actor: Actor | null;
  locale: Locale;
  requestId: string;
  request: Request;
}

type Infer<T> = T extends z.ZodType ? z.infer<T> : undefined;

/**
 * One REST operation. Its zod schemas validate the request, shape the response (unknown fields
 * are stripped, so nothing leaks that the schema does not name) and produce the OpenAPI document.
 */
export interface ApiRoute<
  P extends z.ZodObject | undefined = z.ZodObject | undefined,
  Q extends z.ZodObject | undefined = z.ZodObject | undefined,
  B extends z.ZodType | undefined = z.ZodType | undefined,
  R extends z.ZodType = z.ZodType,
> {
  method: HttpMethod;
  /** OpenAPI-style path below /api/v1, e.g. `/organisations/{slug}`. */
  path: string;
  operationId: string;
  summary: string;
  tags: string[];
  /** 'public' routes work without credentials; 'required' answers 401 without them. */
  auth: 'public' | 'required';
  params?: P;
  query?: Q;
  body?: B;
  response: R;
  status?: number;
  /**
   * For non-JSON responses (CSV, iCalendar): the content type documented; the handler then
   * returns a Response, and `response` documents nothing.
   */
  rawContentType?: string;
  handler(input: {
    ctx: ApiContext;
    params: Infer<P>;
    query: Infer<Q>;
    body: Infer<B>;
  }): Promise<z.input<R> | Response>;
}

export function defineRoute<
  P extends z.ZodObject | undefined = undefined,
  Q extends z.ZodObject | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
  R extends z.ZodType = z.ZodType,
>(route: ApiRoute<P, Q, B, R>): ApiRoute {
  return route as unknown as ApiRoute;
}

export const ApiErrorSchema = z
  .object({
    error: z.object({
      code: z.string().meta({ example: 'NOT_FOUND' }),
      message: z.string(),
      fields: z.record(z.string(), z.string()).optional(),
      requestId: z.string(),
    }),
  })
  .meta({ id: 'Error' });

/** Query strings arrive as text: booleans and numbers are coerced by these helpers. */
export const queryBoolean = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');
export const queryInt = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
