/**
 * Keeps the main process (Electron or the browser host) alive when a promise rejects unhandled or
 * an exception escapes: one failed background task must not end the app and every open window.
 * Only the error's name and the first frame of its stack are logged: messages can carry secrets.
 */
import type { Logger } from './logger';

type GuardedProcess = Pick<NodeJS.Process, 'on' | 'off'>;

/** Installs the handlers; the returned function removes them again. */
export function installProcessGuards(logger: Logger, target: GuardedProcess = process): () => void {
  const onRejection = (reason: unknown) => logger.error('process', `unhandled rejection: ${describe(reason)}`);
  const onException = (error: unknown) => logger.error('process', `uncaught exception: ${describe(error)}`);
  target.on('unhandledRejection', onRejection);
  target.on('uncaughtException', onException);
  return () => {
    target.off('unhandledRejection', onRejection);
    target.off('uncaughtException', onException);
  };
}

function describe(thrown: unknown): string {
  if (!(thrown instanceof Error)) return typeof thrown;
  const frame = thrown.stack
    ?.split('\n')
    .find((line) => line.trim().startsWith('at '))
    ?.trim();
  return frame ? `${thrown.name} ${frame}` : thrown.name;
}
