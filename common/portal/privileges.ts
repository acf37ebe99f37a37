/**
 * A contact's privileges as a readable matrix, and back. The portal lists what can be granted
 * (`GET /contact/privileges`): account-wide groups as lists of right names (billing, support, misc),
 * and per-target scopes (services, domains) as `{full: 1, <id>: [rights]}`. A contact's grant has the
 * same shape with only what is granted; `full: 1` grants every right on every target of the scope.
 */
import { humanize, isObject, truthy } from './raw';

export interface PrivilegeRight {
  readonly key: string;
  readonly label: string;
}

export interface PrivilegeGroup {
  readonly key: string;
  readonly label: string;
  readonly rights: readonly PrivilegeRight[];
}

export interface PrivilegeTarget {
  readonly id: string;
  readonly label: string;
  readonly rights: readonly PrivilegeRight[];
}

export interface PrivilegeScope {
  readonly key: string;
  readonly label: string;
  /** The portal offers a "full control" shortcut for this scope. */
  readonly fullOffered: boolean;
  readonly targets: readonly PrivilegeTarget[];
}

export interface PrivilegeMatrix {
  readonly groups: readonly PrivilegeGroup[];
  readonly scopes: readonly PrivilegeScope[];
}

export interface PrivilegeGrants {
  readonly groups: Readonly<Record<string, readonly string[]>>;
  readonly scopes: Readonly<
    Record<string, { readonly full: boolean; readonly targets: Readonly<Record<string, readonly string[]>> }>
  >;
}

/** The documented meanings (seed 002); rights a portal adds fall back to their key. */
const RIGHT_LABELS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  billing: {
    emails: 'Receive billing notifications',
    payinvoice: 'View and pay invoices',
    orders: 'Place new orders',
    balance: 'View account balance',
    addfunds: 'Add account funds',
    creditcard: 'Edit credit card details',
  },
  support: {
    newticket: 'Open new tickets',
    tickets: 'View all tickets',
    closeticket: 'Close tickets',
    emails: 'Receive support notifications',
  },
  misc: {
    editmain: 'Modify main profile details',
    emails: 'View email history',
    editipaccess: 'Edit allowed IP access',
    manageprofiles: 'Add and edit contacts',
    affiliates: 'Access the affiliate section',
  },
  services: {
    basic: 'View basic details',
    billing: 'View billing info',
    cancelation: 'Request cancellation',
    upgrade: 'Upgrade or downgrade',
    notify: 'Receive related notifications',
  },
  domains: {
    basic: 'View basic details',
    renew: 'Renew domain',
    notify: 'Receive related notifications',
    contactinfo: 'Edit contact information',
    nameservers: 'Manage nameservers',
  },
};

const GROUP_LABELS: Readonly<Record<string, string>> = {
  billing: 'Billing',
  support: 'Support',
  misc: 'Account',
  services: 'Services',
  domains: 'Domains',
};

function rights(group: string, list: unknown): PrivilegeRight[] {
  if (!Array.isArray(list)) return [];
  return [...new Set(list.filter((r): r is string => typeof r === 'string' && r !== ''))].map((key) => ({
    key,
    label: RIGHT_LABELS[group]?.[key] ?? humanize(key),
  }));
}

/** `names` gives targets readable labels (service id → "VPS M — web1.example.com"). */
export function buildPrivilegeMatrix(catalog: unknown, names: Readonly<Record<string, string>> = {}): PrivilegeMatrix {
  const groups: PrivilegeGroup[] = [];
  const scopes: PrivilegeScope[] = [];
  for (const [key, value] of Object.entries(isObject(catalog) ? catalog : {})) {
    const label = GROUP_LABELS[key] ?? humanize(key);
    if (Array.isArray(value)) {
      groups.push({ key, label, rights: rights(key, value) });
    } else if (isObject(value)) {
      const targets = Object.entries(value)
        .filter(([id, list]) => id !== 'full' && Array.isArray(list))
        .map(([id, list]) => ({ id, label: names[id] ?? `#${id}`, rights: rights(key, list) }));
      scopes.push({ key, label, fullOffered: 'full' in value, targets });
    }
  }
  return { groups, scopes };
}

export function emptyGrants(matrix: PrivilegeMatrix): PrivilegeGrants {
  return {
    groups: Object.fromEntries(matrix.groups.map((g) => [g.key, []])),
    scopes: Object.fromEntries(matrix.scopes.map((s) => [s.key, { full: false, targets: {} }])),
  };
}

/**
 * A contact's wire privileges on the matrix. What the matrix does not offer (a right the portal no
 * longer lists, a removed service) is kept out and named in `dropped`, so saving shows what goes.
 */
export function grantsFromWire(matrix: PrivilegeMatrix, wire: unknown): { grants: PrivilegeGrants; dropped: string[] } {
  const source = isObject(wire) ? wire : {};
  const dropped: string[] = [];
  const groups: Record<string, string[]> = {};
  for (const group of matrix.groups) {
    const granted = Array.isArray(source[group.key]) ? (source[group.key] as unknown[]) : [];
    groups[group.key] = group.rights.filter((r) => granted.includes(r.key)).map((r) => r.key);
    for (const r of granted) if (!group.rights.some((x) => x.key === r)) dropped.push(`${group.label}: ${String(r)}`);
  }
  const scopes: Record<string, { full: boolean; targets: Record<string, string[]> }> = {};
  for (const scope of matrix.scopes) {
    const granted = isObject(source[scope.key]) ? (source[scope.key] as Record<string, unknown>) : {};
    const targets: Record<string, string[]> = {};
    for (const [id, list] of Object.entries(granted)) {
      if (id === 'full') continue;
      const target = scope.targets.find((t) => t.id === id);
      if (!target || !Array.isArray(list)) {
        dropped.push(`${scope.label}: #${id}`);
        continue;
      }
      targets[id] = target.rights.filter((r) => list.includes(r.key)).map((r) => r.key);
    }
    scopes[scope.key] = { full: scope.fullOffered && truthy(granted.full), targets };
  }
  for (const key of Object.keys(source)) {
    if (!matrix.groups.some((g) => g.key === key) && !matrix.scopes.some((s) => s.key === key))
      dropped.push(humanize(key));
  }
  return { grants: { groups, scopes }, dropped };
}

/** The grant in the portal's format: only what is granted; "full" stands alone for its scope. */
export function grantsToWire(matrix: PrivilegeMatrix, grants: PrivilegeGrants): Record<string, unknown> {
  const wire: Record<string, unknown> = {};
  for (const group of matrix.groups) {
    const granted = group.rights.filter((r) => grants.groups[group.key]?.includes(r.key)).map((r) => r.key);
    if (granted.length > 0) wire[group.key] = granted;
  }
  for (const scope of matrix.scopes) {
    const granted = grants.scopes[scope.key];
    if (!granted) continue;
    if (granted.full && scope.fullOffered) {
      wire[scope.key] = { full: 1 };
      continue;
    }
    const targets: Record<string, string[]> = {};
    for (const target of scope.targets) {
      const list = target.rights.filter((r) => granted.targets[target.id]?.includes(r.key)).map((r) => r.key);
      if (list.length > 0) targets[target.id] = list;
    }
    if (Object.keys(targets).length > 0) wire[scope.key] = targets;
  }
  return wire;
}

function toggled(list: readonly string[], key: string, on: boolean): string[] {
  return on ? [...new Set([...list, key])] : list.filter((k) => k !== key);
}

export function setGroupRight(grants: PrivilegeGrants, group: string, right: string, on: boolean): PrivilegeGrants {
  return { ...grants, groups: { ...grants.groups, [group]: toggled(grants.groups[group] ?? [], right, on) } };
}

export function setTargetRight(
  grants: PrivilegeGrants,
  scope: string,
  target: string,
  right: string,
  on: boolean,
): PrivilegeGrants {
  const current = grants.scopes[scope] ?? { full: false, targets: {} };
  const targets = { ...current.targets, [target]: toggled(current.targets[target] ?? [], right, on) };
  return { ...grants, scopes: { ...grants.scopes, [scope]: { ...current, targets } } };
}

export function setScopeFull(grants: PrivilegeGrants, scope: string, full: boolean): PrivilegeGrants {
  const current = grants.scopes[scope] ?? { full: false, targets: {} };
  return { ...grants, scopes: { ...grants.scopes, [scope]: { ...current, full } } };
}

/** One line per group for lists and summaries: "Billing: 3 of 6", "Services: full control". */
export function summarizeGrants(matrix: PrivilegeMatrix, grants: PrivilegeGrants): string[] {
  const lines: string[] = [];
  for (const group of matrix.groups) {
    const count = grants.groups[group.key]?.length ?? 0;
    if (count > 0) lines.push(`${group.label}: ${count} of ${group.rights.length}`);
  }
  for (const scope of matrix.scopes) {
    const granted = grants.scopes[scope.key];
    if (granted?.full) lines.push(`${scope.label}: full control`);
    else {
      const count = Object.values(granted?.targets ?? {}).filter((list) => list.length > 0).length;
      if (count > 0) lines.push(`${scope.label}: ${count} of ${scope.targets.length}`);
    }
  }
  return lines;
}
