import type { Logger } from 'pino';

declare module 'express-serve-static-core' {
  interface Request {
    /** Request-scoped logger (carries the request id). */
    log: Logger;
  }
}
