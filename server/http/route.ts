import type { Request, Response, Router } from 'express';
import type { z } from 'zod';
import type { RouteDef } from '../../shared/api/routes';
import { ApiError } from './errors';

type Out<T> = T extends z.ZodType ? z.output<T> : undefined;

export interface Ctx<D extends RouteDef> {
  req: Request;
  res: Response;
  params: Out<D['params']>;
  body: Out<D['body']>;
  query: Out<D['query']>;
}

/** Responses are checked against their schema too (not in production): the OpenAPI document stays true. */
const CHECK_RESPONSES = process.env.NODE_ENV !== 'production';

/**
 * Mounts one route of the shared registry: validates path params and body with its schemas (a 400
 * naming the field), runs the handler, checks and sends the response with the route's status.
 */
export function mount<D extends RouteDef>(
  router: Router,
  def: D,
  handler: (ctx: Ctx<D>) => Promise<D['response'] extends z.ZodType ? z.input<D['response']> : undefined>,
): void {
  router[def.method](def.path, async (req, res) => {
    const params = def.params
      ? def.params.safeParse(req.params)
      : { success: true as const, data: undefined };
    if (!params.success) throw ApiError.fromZod(params.error, 'not_found');
    let query: unknown;
    if (def.query) {
      const parsed = def.query.safeParse(req.query);
      if (!parsed.success) throw ApiError.fromZod(parsed.error);
      query = parsed.data;
    }
    let body: unknown;
    if (def.body) {
      if (!req.is('application/json')) throw new ApiError('unsupported_media_type');
      const parsed = def.body.safeParse(req.body);
      if (!parsed.success) throw ApiError.fromZod(parsed.error);
      body = parsed.data;
    }
    const result = await handler({
      req,
      res,
      params: params.data as Out<D['params']>,
      body: body as Out<D['body']>,
      query: query as Out<D['query']>,
    });
    if (res.headersSent) return;
    if (!def.response) {
      res.status(def.status ?? 204).end();
      return;
    }
    if (CHECK_RESPONSES) {
      const check = def.response.safeParse(result);
      if (!check.success) {
        req.log.error({ route: def.path, issues: check.error.issues }, 'response does not match its schema');
        throw new Error('response does not match its schema');
      }
    }
    res.status(def.status ?? 200).json(result);
  });
}
