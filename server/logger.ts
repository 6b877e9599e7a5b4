import pino, { type Logger } from 'pino';

export type { Logger };

/** Structured JSON logs on stdout. No personal data: rooms and connection ids, never names or addresses. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'wijkatelier' } });
}
