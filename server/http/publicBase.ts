import type { Request } from 'express';

/** The address people open: this server as the caller reached it. */
export function publicBase(req: Request): string {
  return `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}
