/** The portal's price for an upgrade, part by part: each line, setup fees, credit, discount, tax, total. */
import type { ReactElement } from 'react';
import type { UpgradeEstimate } from '../../../../common/models/hostbill';
import { cycleText, formatMoney } from './format';

/** A sum the portal gave, shown when it says something (a zero discount or credit is left out). */
const shown = (amount: number | null, zeroToo = false): amount is number =>
  amount !== null && (zeroToo || amount !== 0);

export function UpgradeEstimateView({
  estimate,
  currency,
}: {
  estimate: UpgradeEstimate;
  currency: string | null;
}): ReactElement {
  const money = (amount: number | null) => formatMoney(amount, currency);
  const per = estimate.cycle ? ` per ${cycleText(estimate.cycle)}` : '';
  const withSetup = estimate.items.some((item) => shown(item.setup));
  const withRecurring = estimate.items.some((item) => item.recurring !== null);
  return (
    <div className="notice notice-info" role="status" aria-label="Estimate">
      <div className="stack" style={{ gap: 8, flex: 1 }}>
        <span className="notice-title">Estimate</span>
        {estimate.items.length > 0 && (
          <table className="table" aria-label="Price lines">
            <thead>
              <tr>
                <th scope="col">Change</th>
                <th scope="col" className="num">
                  Now
                </th>
                {withSetup && (
                  <th scope="col" className="num">
                    Setup fee
                  </th>
                )}
                {withRecurring && (
                  <th scope="col" className="num">
                    Then{per}
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {estimate.items.map((item) => (
                <tr key={item.name}>
                  <td>{item.name}</td>
                  <td className="num">{money(item.price)}</td>
                  {withSetup && <td className="num">{money(item.setup)}</td>}
                  {withRecurring && <td className="num">{money(item.recurring)}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <dl className="definition-list" aria-label="Price summary">
          {shown(estimate.setup) && (
            <>
              <dt>Setup fees</dt>
              <dd>{money(estimate.setup)}</dd>
            </>
          )}
          {shown(estimate.credit) && (
            <>
              <dt>Credit</dt>
              <dd>{money(-Math.abs(estimate.credit))}</dd>
            </>
          )}
          {shown(estimate.discount) && (
            <>
              <dt>Discount</dt>
              <dd>{money(-Math.abs(estimate.discount))}</dd>
            </>
          )}
          {shown(estimate.subtotal, true) && (
            <>
              <dt>Subtotal</dt>
              <dd>{money(estimate.subtotal)}</dd>
            </>
          )}
          {estimate.tax.map((tax) => (
            <TaxLine key={tax.name} name={tax.name} rate={tax.rate} amount={money(tax.amount)} />
          ))}
          <dt>Due now</dt>
          <dd>
            <strong>{money(estimate.charge)}</strong>
          </dd>
          {estimate.recurring !== null && (
            <>
              <dt>Then</dt>
              <dd>
                {money(estimate.recurring)}
                {per}
              </dd>
            </>
          )}
        </dl>
      </div>
    </div>
  );
}

function TaxLine({ name, rate, amount }: { name: string; rate: number | null; amount: string }): ReactElement {
  return (
    <>
      <dt>{rate !== null ? `${name} ${rate.toLocaleString()} %` : name}</dt>
      <dd>{amount}</dd>
    </>
  );
}
