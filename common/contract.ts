/**
 * THE typed IPC contract. Every channel the renderer may call, with its argument schema and result
 * type, and every event main pushes. main/ipc, preload and the browser host are all derived from it.
 * Feature channels live in common/channels/<feature>.ts and are merged here.
 */
import type { z } from 'zod';
import { event } from './channel';
import { accountChannels } from './channels/accounts';
import { activityChannels } from './channels/activity';
import { appChannels, menuEvents } from './channels/app';
import { contractChannels } from './channels/contracts';
import { exportChannels } from './channels/exports';
import { dnsChannels } from './channels/dns';
import { hostingChannels } from './channels/hosting';
import { searchChannels } from './channels/search';
import { updateChannels, updateEvents } from './channels/updates';
import { notificationChannels, notificationEvents } from './channels/notifications';
import { ticketChannels } from './channels/tickets';
import { invoiceChannels } from './channels/invoices';
import { portalChannels } from './channels/portal';
import type { CacheChange } from './models/cached';
import type { Result } from './result';

export const channels = {
  ...appChannels,
  ...accountChannels,
  ...exportChannels,
  ...contractChannels,
  ...hostingChannels,
  ...activityChannels,
  ...searchChannels,
  ...updateChannels,
  ...ticketChannels,
  ...notificationChannels,
  ...invoiceChannels,
  ...portalChannels,
  ...dnsChannels,
};

export const events = {
  /** Fresh data for `resource` has landed in the cache: re-read it. */
  'cache.changed': event<CacheChange>(),
  /** The set of accounts changed (added, edited, removed, demo started). */
  'accounts.changed': event<null>(),
  ...menuEvents,
  ...updateEvents,
  ...notificationEvents,
};

export type Channels = typeof channels;
export type ChannelName = keyof Channels & string;
export type EventName = keyof typeof events & string;

/** What the caller passes (before zod defaults and transforms). */
export type ArgsOf<C extends ChannelName> = z.input<Channels[C]['args']>;
/** What the handler receives (after parsing). */
export type ParsedArgsOf<C extends ChannelName> = z.output<Channels[C]['args']>;
export type ResultOf<C extends ChannelName> =
  NonNullable<Channels[C]['result']> extends never ? null : Exclude<Channels[C]['result'], undefined>;
export type PayloadOf<E extends EventName> = Exclude<(typeof events)[E]['payload'], undefined>;

export const channelNames = Object.keys(channels) as ChannelName[];
export const eventNames = Object.keys(events) as EventName[];

export function isChannelName(name: string): name is ChannelName {
  return Object.hasOwn(channels, name);
}
export function isEventName(name: string): name is EventName {
  return Object.hasOwn(events, name);
}

export type ChannelCall<C extends ChannelName> =
  undefined extends ArgsOf<C>
    ? (args?: ArgsOf<C>) => Promise<Result<ResultOf<C>>>
    : (args: ArgsOf<C>) => Promise<Result<ResultOf<C>>>;
