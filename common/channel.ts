import type { z } from 'zod';

/** One IPC channel: a zod schema for its arguments and (as a phantom) the type of its result. */
export interface ChannelSpec<A extends z.ZodType, R> {
  readonly args: A;
  readonly result?: R;
}

/** `channel<Result>()(argsSchema)`: curried so the result type is written and the args inferred. */
export const channel =
  <R>() =>
  <A extends z.ZodType>(args: A): ChannelSpec<A, R> => ({ args });

/** An event main pushes to the renderer; only the payload crosses. */
export interface EventSpec<P> {
  readonly payload?: P;
}
export const event = <P>(): EventSpec<P> => ({});
