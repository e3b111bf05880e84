import pino from 'pino';

export type Logger = pino.Logger;

export function createLogger(level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({
    level,
    base: { service: 'luzhi-api' },
    redact: { paths: ['req.headers.authorization', 'password', 'variables.password', 'variables.*.password'], censor: '[redacted]' },
  });
}
