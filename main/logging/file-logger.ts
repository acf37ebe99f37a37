/**
 * The Electron app's log: a file in `<userData>/logs/` through electron-log (its Node build, so it
 * adds no IPC handler or preload of its own), rotated at `maxBytes` to `main.old.log`. Every line
 * goes through redactSecrets in a hook, which electron-log runs before any transport writes.
 */
import { join } from 'node:path';
import log from 'electron-log/node';
import type { Logger } from '../logger';
import { redactSecrets } from './redact';

export const LOG_FILE_NAME = 'main.log';

export interface FileLoggerOptions {
  /** The folder for main.log and main.old.log (created when missing). */
  readonly dir: string;
  readonly maxBytes?: number;
  /** Also write to stderr (development). */
  readonly console?: boolean;
}

export interface FileLogger extends Logger {
  readonly file: string;
}

let instances = 0;

export function createFileLogger(options: FileLoggerOptions): FileLogger {
  const file = join(options.dir, LOG_FILE_NAME);
  const instance = log.create({ logId: `reseller-console-${++instances}` });
  instance.transports.file.resolvePathFn = () => file;
  instance.transports.file.maxSize = options.maxBytes ?? 1024 * 1024;
  instance.transports.file.format = '{iso} {level} {text}';
  instance.transports.console.level = options.console ? 'silly' : false;
  instance.transports.console.format = '{iso} {level} {text}';
  // electron-log has its own IPC and remote transports; neither may ever see a line.
  for (const name of ['ipc', 'remote'] as const) {
    const transport = instance.transports[name] as { level: unknown } | undefined;
    if (transport) transport.level = false;
  }
  instance.hooks.push((message) => ({
    ...message,
    data: message.data.map((part: unknown) => redactSecrets(typeof part === 'string' ? part : String(part))),
  }));
  const at = (level: 'info' | 'warn' | 'error') => (scope: string, message: string) =>
    instance[level](`[${scope}] ${message}`);
  return { file, info: at('info'), warn: at('warn'), error: at('error') };
}
