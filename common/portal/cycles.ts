/** HostBill's billing-cycle symbols in words; an unknown symbol is shown as it comes. */
const CYCLE_LABELS: Readonly<Record<string, string>> = {
  h: 'Hourly',
  d: 'Daily',
  w: 'Weekly',
  m: 'Monthly',
  q: 'Quarterly',
  s: 'Semi-annually',
  a: 'Annually',
  b: 'Biennially',
  t: 'Triennially',
  p4: 'Every 4 years',
  p5: 'Every 5 years',
  free: 'Free',
  once: 'One time',
};

export function cycleLabel(code: string): string {
  return CYCLE_LABELS[code.trim().toLowerCase()] ?? code;
}
