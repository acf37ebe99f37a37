/**
 * Logging for main. Callers pass a scope and a short message they composed themselves: never an
 * argument object, a request body or a caught error's text, which is how secrets leak into logs.
 * Every implementation passes its lines through redactSecrets (main/logging/redact.ts) as the net
 * under that rule.
 */
import { redactSecrets } from './logging/redact';

export interface Logger {
  info(scope: string, message: string): void;
  warn(scope: string, message: string): void;
  error(scope: string, message: string): void;
}

export function createConsoleLogger(
  write: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): Logger {
  const at = (level: string) => (scope: string, message: string) =>
    write(redactSecrets(`${new Date().toISOString()} ${level} [${scope}] ${message}`));
  return { info: at('info'), warn: at('warn'), error: at('error') };
}

export const silentLogger: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };
