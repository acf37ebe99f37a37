/**
 * A contact's privileges as a readable matrix: account-wide groups as checklists, services and
 * domains as a table of targets × rights with the portal's "full control" shortcut.
 */
import type { ReactElement } from 'react';
import {
  setGroupRight,
  setScopeFull,
  setTargetRight,
  type PrivilegeGrants,
  type PrivilegeMatrix,
  type PrivilegeScope,
} from '../../../../common/portal/privileges';

interface MatrixProps {
  readonly matrix: PrivilegeMatrix;
  readonly grants: PrivilegeGrants;
  readonly onChange: (grants: PrivilegeGrants) => void;
  readonly disabled?: boolean;
}

function ScopeTable({ scope, grants, onChange, disabled }: Omit<MatrixProps, 'matrix'> & { scope: PrivilegeScope }) {
  const granted = grants.scopes[scope.key] ?? { full: false, targets: {} };
  const rights = [...new Map(scope.targets.flatMap((t) => t.rights).map((r) => [r.key, r])).values()];
  return (
    <fieldset className="privileges-scope" disabled={disabled}>
      <legend>{scope.label}</legend>
      {scope.fullOffered && (
        <label className="check">
          <input
            type="checkbox"
            checked={granted.full}
            onChange={(e) => onChange(setScopeFull(grants, scope.key, e.target.checked))}
          />
          Full control over all {scope.label.toLowerCase()} (including new ones)
        </label>
      )}
      {!granted.full && scope.targets.length > 0 && (
        <div className="table-scroll">
          <table className="privileges-table" aria-label={`${scope.label} privileges`}>
            <thead>
              <tr>
                <th scope="col">{scope.label}</th>
                {rights.map((right) => (
                  <th key={right.key} scope="col">
                    {right.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {scope.targets.map((target) => (
                <tr key={target.id}>
                  <th scope="row">{target.label}</th>
                  {rights.map((right) => {
                    const offered = target.rights.some((r) => r.key === right.key);
                    return (
                      <td key={right.key}>
                        {offered && (
                          <input
                            type="checkbox"
                            aria-label={`${target.label}: ${right.label}`}
                            checked={granted.targets[target.id]?.includes(right.key) ?? false}
                            onChange={(e) =>
                              onChange(setTargetRight(grants, scope.key, target.id, right.key, e.target.checked))
                            }
                          />
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {!granted.full && scope.targets.length === 0 && <p className="muted small">None on this account.</p>}
    </fieldset>
  );
}

export function PrivilegesMatrix({ matrix, grants, onChange, disabled }: MatrixProps): ReactElement {
  return (
    <div className="stack privileges" role="group" aria-label="Privileges">
      <div className="privileges-groups">
        {matrix.groups.map((group) => (
          <fieldset key={group.key} className="privileges-group" disabled={disabled}>
            <legend>{group.label}</legend>
            {group.rights.map((right) => (
              <label key={right.key} className="check">
                <input
                  type="checkbox"
                  aria-label={`${group.label}: ${right.label}`}
                  checked={grants.groups[group.key]?.includes(right.key) ?? false}
                  onChange={(e) => onChange(setGroupRight(grants, group.key, right.key, e.target.checked))}
                />
                {right.label}
              </label>
            ))}
          </fieldset>
        ))}
      </div>
      {matrix.scopes.map((scope) => (
        <ScopeTable key={scope.key} scope={scope} grants={grants} onChange={onChange} disabled={disabled} />
      ))}
    </div>
  );
}
