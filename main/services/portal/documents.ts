/** The portal areas' cache: one JSON document per (account, `portalKeys` resource). */
import type { ResourceKey } from '../../../common/resource-keys';
import type { CacheDb } from '../../cache/database';

export interface PortalDocuments {
  get<T>(accountId: string, resource: ResourceKey): T | null;
  put(accountId: string, resource: ResourceKey, value: unknown): void;
  /** False once the cache has closed (shutdown, account removal): writes are then skipped. */
  isOpen(): boolean;
}

export function createPortalDocuments(db: CacheDb): PortalDocuments {
  const select = db.prepare<[string, string], { json: string }>(
    'SELECT json FROM portal_documents WHERE account_id = ? AND resource = ?',
  );
  const upsert = db.prepare<[string, string, string]>(
    `INSERT INTO portal_documents (account_id, resource, json) VALUES (?, ?, ?)
     ON CONFLICT (account_id, resource) DO UPDATE SET json = excluded.json`,
  );
  return {
    get<T>(accountId: string, resource: ResourceKey): T | null {
      const row = select.get(accountId, resource);
      return row ? (JSON.parse(row.json) as T) : null;
    },
    put(accountId, resource, value) {
      if (db.open) upsert.run(accountId, resource, JSON.stringify(value));
    },
    isOpen: () => db.open,
  };
}
