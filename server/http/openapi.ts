import { z } from 'zod';
import { apiErrorSchema } from '../../shared/api/errors';
import { API, type RouteDef } from '../../shared/api/routes';

const json = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' });
const jsonInput = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });

/** `/api/werkgroepen/:werkgroepId` → `/api/werkgroepen/{werkgroepId}` */
export const openApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}');

/** The OpenAPI 3.1 document of the HTTP API, generated from the shared route registry and its zod schemas. */
export function openApiDocument(version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  const error = { description: 'Error', content: { 'application/json': { schema: json(apiErrorSchema) } } };
  for (const [name, def] of Object.entries(API) as [string, RouteDef][]) {
    const params = def.params ? (json(def.params) as { properties?: Record<string, unknown> }) : null;
    const query = def.query
      ? (jsonInput(def.query) as { properties?: Record<string, unknown>; required?: string[] })
      : null;
    const operation: Record<string, unknown> = {
      operationId: name,
      summary: def.summary,
      security: def.auth === 'none' ? [] : [{ session: [] }, { bearer: [] }],
      parameters: Object.entries(params?.properties ?? {})
        .map(([key, schema]) => ({
          name: key,
          in: 'path',
          required: true,
          schema,
        }))
        .concat(
          Object.entries(query?.properties ?? {}).map(([key, schema]) => ({
            name: key,
            in: 'query',
            required: query?.required?.includes(key) ?? false,
            schema,
          })),
        ),
      responses: {
        [String(def.status ?? 200)]: def.response
          ? { description: 'OK', content: { 'application/json': { schema: json(def.response) } } }
          : def.produces
            ? {
                description: 'A file',
                content: Object.fromEntries(
                  def.produces.map((type) => [type, { schema: { type: 'string', format: 'binary' } }]),
                ),
              }
            : { description: 'No content' },
        default: error,
      },
    };
    if (def.body) {
      operation.requestBody = {
        required: true,
        content: { 'application/json': { schema: jsonInput(def.body) } },
      };
    }
    const path = openApiPath(def.path);
    paths[path] = { ...paths[path], [def.method]: operation };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Wijkatelier API',
      version,
      description:
        'Werkgroepen, members, invites and documents. Errors are JSON with a stable `code` and a message in Dutch and English. ' +
        'Documents sync over the y-websocket protocol at /collab/<room> (room names are in the responses).',
    },
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'wa_session' },
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description: 'A session token (from accepting an invite) or ADMIN_TOKEN',
        },
      },
    },
    paths,
  };
}
