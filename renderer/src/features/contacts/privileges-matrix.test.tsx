// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  buildPrivilegeMatrix,
  emptyGrants,
  grantsToWire,
  type PrivilegeGrants,
} from '../../../../common/portal/privileges';
import { PrivilegesMatrix } from './privileges-matrix';

afterEach(cleanup);

const matrix = buildPrivilegeMatrix(
  {
    support: ['newticket', 'tickets'],
    services: { full: 1, '332': ['basic', 'upgrade'] },
  },
  { '332': 'VPS M — web1.example.com' },
);

function Harness({ onWire }: { onWire: (wire: unknown) => void }) {
  const [grants, setGrants] = useState<PrivilegeGrants>(emptyGrants(matrix));
  return (
    <PrivilegesMatrix
      matrix={matrix}
      grants={grants}
      onChange={(next) => {
        setGrants(next);
        onWire(grantsToWire(matrix, next));
      }}
    />
  );
}

describe('privileges matrix', () => {
  it('names rights in words and sends the wire format the portal reads', () => {
    let wire: unknown = null;
    render(<Harness onWire={(w) => (wire = w)} />);
    fireEvent.click(screen.getByLabelText('Support: Open new tickets'));
    fireEvent.click(screen.getByLabelText('VPS M — web1.example.com: Upgrade or downgrade'));
    expect(wire).toEqual({ support: ['newticket'], services: { '332': ['upgrade'] } });
    fireEvent.click(screen.getByLabelText(/Full control over all services/));
    expect(wire).toEqual({ support: ['newticket'], services: { full: 1 } });
    // With full control the per-service table is not offered.
    expect(screen.queryByLabelText('VPS M — web1.example.com: Upgrade or downgrade')).toBeNull();
  });
});
