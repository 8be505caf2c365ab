import { z } from 'zod';
import { ApiErrorSchema, type ApiRoute } from './framework';

type JsonSchema = Record<string, unknown>;

function toSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as JsonSchema;
  delete json.$schema;
  return json;
}

function parametersOf(schema: z.ZodObject | undefined, location: 'path' | 'query') {
  if (!schema) return [];
  const json = toSchema(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: location,
    required: location === 'path' || (json.required ?? []).includes(name),
    schema: property,
    ...(typeof property.description === 'string' ? { description: property.description } : {}),
  }));
}

/** The OpenAPI 3.1 document, generated from the same zod schemas that validate each request. */
export function buildOpenApiDocument(routes: ApiRoute[], serverUrl = '/api/v1') {
  const paths: Record<string, Record<string, unknown>> = {};
  const errorResponse = (description: string) => ({
    description,
    content: { 'application/json': { schema: toSchema(ApiErrorSchema, 'output') } },
  });
  for (const route of routes) {
    const responses: Record<string, unknown> = {
      [String(route.status ?? 200)]: route.rawContentType
        ? { description: 'OK', content: { [route.rawContentType]: { schema: { type: 'string' } } } }
        : {
            description: 'OK',
            content: { 'application/json': { schema: toSchema(route.response, 'output') } },
          },
      '422': errorResponse('Invalid input'),
    };
    if (route.auth === 'required') {
      responses['401'] = errorResponse('Not signed in or invalid token');
      responses['403'] = errorResponse('Not allowed for this account or organisation');
    }
    if (route.path.includes('{')) responses['404'] = errorResponse('Not found');
    paths[route.path] ??= {};
    paths[route.path]![route.method.toLowerCase()] = {
      operationId: route.operationId,
      summary: route.summary,
      tags: route.tags,
      parameters: [...parametersOf(route.params, 'path'), ...parametersOf(route.query, 'query')],
      ...(route.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: toSchema(route.body, 'input') } },
            },
          }
        : {}),
      responses,
      ...(route.auth === 'required' ? { security: [{ bearerAuth: [] }, { sessionCookie: [] }] } : {}),
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Tsunagu API',
      version: '1.0.0',
      description:
        'REST API of Tsunagu. Authenticate with a personal API token (Authorization: Bearer tsg_…) created on your account page, or with the browser session. The same permission checks apply as in the web pages.',
    },
    servers: [{ url: serverUrl }],
    paths,
    components: {
      securitySchemes: {
        bearerAuth: { type: 'http', scheme: 'bearer' },
        sessionCookie: { type: 'apiKey', in: 'cookie', name: 'tsunagu_session' },
      },
    },
  };
}
