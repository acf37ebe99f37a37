/** The admin users of a contract: list, add, edit, and delete behind a typed confirmation. */
import { useState, type ReactElement } from 'react';
import type { ContractAdmin } from '../../../../common/models/contract';
import { CopyButton } from '../../components/copy-button';
import { Button } from '../../components/button';
import { EmptyState } from '../../components/empty-state';
import { ErrorNotice } from '../../components/error-notice';
import { SyncStatus, isOffline } from '../../components/sync-status';
import { AdminDialog } from './admin-dialog';
import type { CachedResource } from '../../lib/use-cached-resource';
import { useOpenContract } from './contract-context';
import { DeleteAdminDialog } from './delete-admin-dialog';

type Editing = { mode: 'create' } | { mode: 'edit'; admin: ContractAdmin } | null;

export function AdminsSection({
  admins: resource,
  disabledReason,
}: {
  admins: CachedResource<readonly ContractAdmin[]>;
  disabledReason: string | null;
}): ReactElement {
  const { contractId } = useOpenContract();
  const admins = resource.cached ? { ...resource.cached, data: resource.data ?? [] } : null;
  const refreshing = resource.refreshing;
  const refresh = resource.refresh;
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<ContractAdmin | null>(null);
  const list = admins?.data ?? [];
  const loading = !admins || (admins.syncedAt === null && (admins.refreshing || refreshing));

  return (
    <section className="stack" aria-labelledby="admins-title">
      <div className="card-title" style={{ marginBottom: 0 }}>
        <h2 id="admins-title">Admin users</h2>
        <div className="page-actions">
          {admins && <SyncStatus cached={admins} onRefresh={() => void refresh()} refreshing={refreshing} />}
          <Button
            icon="plus"
            onClick={() => setEditing({ mode: 'create' })}
            disabled={disabledReason !== null}
            title={disabledReason ?? undefined}
          >
            Add admin
          </Button>
        </div>
      </div>
      {admins?.lastError && !isOffline(admins) && <ErrorNotice error={admins.lastError} />}
      {list.length === 0 ? (
        <EmptyState icon="account" title={loading ? 'Loading admin users…' : 'No admin users'}>
          {loading ? undefined : 'Admin users sign in to the IONOS Cloud console of this contract.'}
        </EmptyState>
      ) : (
        <table className="table admins-table" aria-label="Admin users">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col" className="col-actions">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.map((admin) => {
              const name = `${admin.firstName} ${admin.lastName}`.trim() || admin.email;
              return (
                <tr key={admin.id}>
                  <td>{name}</td>
                  <td className="mono">
                    {admin.email}
                    {admin.email && <CopyButton value={admin.email} label={`login ${admin.email}`} compact />}
                  </td>
                  <td className="col-actions">
                    <div className="row" style={{ justifyContent: 'flex-end', gap: 6 }}>
                      <Button
                        size="small"
                        onClick={() => setEditing({ mode: 'edit', admin })}
                        disabled={disabledReason !== null}
                        title={disabledReason ?? undefined}
                        aria-label={`Edit ${name}`}
                      >
                        Edit
                      </Button>
                      <Button
                        size="small"
                        variant="ghost"
                        onClick={() => setDeleting(admin)}
                        disabled={disabledReason !== null}
                        title={disabledReason ?? undefined}
                        aria-label={`Delete ${name}`}
                      >
                        Delete
                      </Button>
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {editing && (
        <AdminDialog
          contractId={contractId}
          admin={editing.mode === 'edit' ? editing.admin : null}
          onDone={() => setEditing(null)}
        />
      )}
      {deleting && <DeleteAdminDialog admin={deleting} onDone={() => setDeleting(null)} />}
    </section>
  );
}
