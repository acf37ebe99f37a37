/**
 * Transport-agnostic IPC: look the channel up in the contract, parse its arguments with zod,
 * run the handler, answer a Result. Used by the Electron transport and the browser host alike.
 */
import { channels, isChannelName, type ChannelName, type ParsedArgsOf, type ResultOf } from '../../common/contract';
import { appError, toAppError } from '../../common/errors';
import { err, ok, type Result } from '../../common/result';
import { fieldErrors } from '../../common/validation';

export type Handler<C extends ChannelName> = (args: ParsedArgsOf<C>) => Promise<ResultOf<C>> | ResultOf<C>;

/** Must name every channel with the right types: a missing or mistyped handler does not compile. */
export type HandlerMap = { readonly [C in ChannelName]: Handler<C> };

export type Dispatch = (channel: string, rawArgs: unknown) => Promise<Result<unknown>>;

export interface DispatcherOptions {
  /** Told about internal failures (never their arguments, which may hold secrets). */
  readonly onInternalError?: (channel: string, thrown: unknown) => void;
}

export function createDispatcher(handlers: HandlerMap, options: DispatcherOptions = {}): Dispatch {
  return async (channel, rawArgs) => {
    if (typeof channel !== 'string' || !isChannelName(channel)) {
      return err(appError('validation', `There is no channel named "${String(channel).slice(0, 64)}".`));
    }
    const parsed = channels[channel].args.safeParse(rawArgs);
    if (!parsed.success) {
      const details = fieldErrors(parsed.error);
      const first = Object.entries(details)[0];
      const summary = first ? (first[0] === '_' ? first[1] : `${first[0]}: ${first[1]}`) : 'invalid arguments';
      return err(appError('validation', `Invalid request to ${channel}: ${summary}`, { details }));
    }
    try {
      const handler = handlers[channel] as (args: unknown) => unknown;
      return ok(await handler(parsed.data));
    } catch (thrown) {
      const error = toAppError(thrown);
      if (error.kind === 'internal') options.onInternalError?.(channel, thrown);
      return err(error);
    }
  };
}
