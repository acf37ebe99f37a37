/**
 * The change set being prepared for one zone: edits, additions and deletions wait here until the
 * user reviews the plan. Kept in a store so a half-made plan survives leaving the screen; failed
 * changes come back here after an apply, to fix and retry.
 */
import { create } from 'zustand';
import type { DnsChange, DnsRecordValue } from '../../../../common/dns/types';

export const draftKey = (accountId: string, serviceId: string, zoneId: string) => `${accountId}:${serviceId}:${zoneId}`;

interface DraftState {
  readonly drafts: Readonly<Record<string, readonly DnsChange[]>>;
  /** Adds a record to create, or replaces the pending create at `replacing`. */
  create(key: string, record: DnsRecordValue, replacing?: number): void;
  /** Changes a record of the zone (one pending change per record: a new edit replaces the old). */
  update(key: string, id: string, record: DnsRecordValue): void;
  remove(key: string, ids: readonly string[]): void;
  discard(key: string, index: number): void;
  set(key: string, changes: readonly DnsChange[]): void;
}

const targetOf = (change: DnsChange): string | null => (change.op === 'create' ? null : change.id);

export const useDraftStore = create<DraftState>((setState) => {
  const edit = (key: string, change: (list: readonly DnsChange[]) => readonly DnsChange[]) =>
    setState((state) => ({ drafts: { ...state.drafts, [key]: change(state.drafts[key] ?? []) } }));
  return {
    drafts: {},
    create: (key, record, replacing) =>
      edit(key, (list) =>
        replacing === undefined
          ? [...list, { op: 'create', record }]
          : list.map((c, i) => (i === replacing ? { op: 'create', record } : c)),
      ),
    update: (key, id, record) =>
      edit(key, (list) => [...list.filter((c) => targetOf(c) !== id), { op: 'update', id, record }]),
    remove: (key, ids) =>
      edit(key, (list) => [
        ...list.filter((c) => !ids.includes(targetOf(c) ?? '')),
        ...ids.map((id): DnsChange => ({ op: 'delete', id })),
      ]),
    discard: (key, index) => edit(key, (list) => list.filter((_, i) => i !== index)),
    set: (key, changes) => edit(key, () => changes),
  };
});

export const NO_CHANGES: readonly DnsChange[] = [];
