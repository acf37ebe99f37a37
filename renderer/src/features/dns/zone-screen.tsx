/**
 * One zone: the records table with search and a type filter, the pending changes (nothing is sent
 * until the plan is reviewed and applied), the record form, import and export.
 */
import { useDeferredValue, useMemo, useState, type ReactElement } from 'react';
import { dnsKeys } from '../../../../common/channels/dns';
import type { DnsRecordValue, DnsZoneView } from '../../../../common/dns/types';
import type { AppError } from '../../../../common/errors';
import { safeFileName } from '../../../../common/file-name';
import { accountHref } from '../../app/navigation-store';
import { Button } from '../../components/button';
import { ErrorNotice } from '../../components/error-notice';
import { Link } from '../../components/link';
import { Page } from '../../components/page';
import { call } from '../../lib/api';
import { useCachedResource } from '../../lib/use-cached-resource';
import { changesOf, exportZoneFile, type ZoneRef } from './dns-calls';
import { draftKey, NO_CHANGES, useDraftStore } from './draft-store';
import { ImportDialog } from './import-dialog';
import { PlanDialog } from './plan-dialog';
import { filterRows, toRecordRows, typesOf, type RecordRow } from './record-rows';
import { RecordForm } from './record-form';
import { RecordsTable } from './records-table';
import type { DnsPlan } from '../../../../common/dns/types';

type Editing = { readonly record: DnsRecordValue | null; readonly id: string | null } | null;

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ZoneScreen({
  accountId,
  serviceId,
  zoneId,
}: {
  accountId: string;
  serviceId: string;
  zoneId: string;
}): ReactElement {
  const ref: ZoneRef = useMemo(() => ({ accountId, serviceId, zoneId }), [accountId, serviceId, zoneId]);
  const zone = useCachedResource({
    accountId,
    keys: [dnsKeys.key.zone({ serviceId, zoneId })],
    read: () => call((api) => api.dns.zone.get(ref)),
    refresh: () => call((api) => api.dns.zones.refresh({ accountId })),
    select: (data: DnsZoneView | null) => (data ? { zone: data, rows: toRecordRows(data) } : null),
  });
  const key = draftKey(accountId, serviceId, zoneId);
  const pending = useDraftStore((s) => s.drafts[key] ?? NO_CHANGES);
  const draft = useDraftStore();
  const [query, setQuery] = useState('');
  const [type, setType] = useState<string | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [editing, setEditing] = useState<Editing>(null);
  const [planning, setPlanning] = useState<{ planned: DnsPlan | null } | null>(null);
  const [importing, setImporting] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const deferredQuery = useDeferredValue(query);
  const rows = useMemo(() => zone.data?.rows ?? [], [zone.data]);
  const shown = useMemo(() => filterRows(rows, deferredQuery, type), [rows, deferredQuery, type]);
  const shownSet = useMemo(() => (shown.length === rows.length ? null : new Set(shown)), [shown, rows]);
  const types = useMemo(() => typesOf(rows), [rows]);
  const pendingIds = useMemo(() => new Set(pending.flatMap((c) => (c.op === 'create' ? [] : [c.id]))), [pending]);
  const name = zone.data?.zone.name ?? '';

  async function exportFile() {
    const answer = await exportZoneFile(ref);
    if (!answer.ok) return setError(answer.error);
    download(safeFileName(`${name}.zone`, 'zone.zone'), answer.value.text);
  }

  const planChanges = planning?.planned ? changesOf(planning.planned) : pending;
  return (
    <Page
      className="dns-page"
      titleId="dns-zone-title"
      title={name || 'Zone'}
      subtitle={zone.data ? `${rows.length} records` : undefined}
      before={
        <Link className="back-link button button-ghost button-small" href={accountHref(accountId, 'dns')}>
          ← All zones
        </Link>
      }
      resource={zone}
      actions={
        <>
          <Button
            icon="plus"
            variant="primary"
            disabled={!zone.data}
            onClick={() => setEditing({ record: null, id: null })}
          >
            Add record
          </Button>
          <Button disabled={!zone.data} onClick={() => setImporting(true)}>
            Import…
          </Button>
          <Button disabled={!zone.data} onClick={() => void exportFile()}>
            Export
          </Button>
        </>
      }
    >
      {error && <ErrorNotice error={error} />}
      {zone.data === null && !zone.error && zone.cached && (
        <p className="muted">This zone is not on the portal any more.</p>
      )}
      {pending.length > 0 && (
        <div className="dns-pending" role="region" aria-label="Pending changes">
          <strong>
            {pending.length} pending change{pending.length === 1 ? '' : 's'}
          </strong>
          <span className="muted">nothing is sent until you apply the plan</span>
          <Button variant="primary" size="small" onClick={() => setPlanning({ planned: null })}>
            Review plan
          </Button>
          <Button size="small" variant="ghost" onClick={() => draft.set(key, [])}>
            Discard all
          </Button>
        </div>
      )}
      {zone.data && (
        <div className="dns-toolbar">
          <input
            type="search"
            aria-label="Search records"
            placeholder="Search names and contents"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
          <select aria-label="Type filter" value={type ?? ''} onChange={(e) => setType(e.target.value || null)}>
            <option value="">All types</option>
            {types.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
          {selected.size > 0 && (
            <Button
              size="small"
              variant="danger"
              onClick={() => {
                draft.remove(key, [...selected]);
                setSelected(new Set());
              }}
            >
              Delete {selected.size} selected
            </Button>
          )}
          <span className="dns-count" data-testid="record-count">
            {shown.length === rows.length ? `${rows.length} records` : `${shown.length} of ${rows.length} records`}
          </span>
        </div>
      )}
      {zone.data && (
        <RecordsTable
          rows={rows}
          shown={shownSet}
          selected={selected}
          onSelect={setSelected}
          pendingIds={pendingIds}
          onEdit={(row: RecordRow) => setEditing({ record: row.record, id: row.id })}
          onDelete={(row: RecordRow) => draft.remove(key, [row.id])}
        />
      )}
      {editing && (
        <RecordForm
          zone={name}
          record={editing.record}
          onClose={() => setEditing(null)}
          onSubmit={(record) => {
            if (editing.id) draft.update(key, editing.id, record);
            else draft.create(key, record);
            setEditing(null);
          }}
        />
      )}
      {importing && (
        <ImportDialog
          zoneRef={ref}
          zone={name}
          onClose={() => setImporting(false)}
          onPlanned={(plan) => {
            setImporting(false);
            setPlanning({ planned: plan });
          }}
        />
      )}
      {planning && (
        <PlanDialog
          zoneRef={ref}
          zone={name}
          changes={planChanges}
          planned={planning.planned}
          onClose={() => setPlanning(null)}
          onApplied={(failed) => draft.set(key, failed)}
        />
      )}
    </Page>
  );
}
