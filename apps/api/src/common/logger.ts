import pino from 'pino';

export type Logger = pino.Logger;

export function createLogger(level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({
    level,
    base: { service: 'luzhi-api' },
    redact: { paths: ['req.headers.authorization', 'password', 'variables.password', 'variables.*.password'], censor: '[redacted]' },
    // A failed query's parameters can hold password hashes, token hashes or personal data.
    serializers: { err: (err: unknown) => {
      const out = pino.stdSerializers.err(err as Error) as unknown as Record<string, unknown>;
      if (out && typeof out === 'object') delete out.parameters;
      return out;
    } },
  });
}
