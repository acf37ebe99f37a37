/** Seeds tickets with replies and attachments, portal notifications and network status entries. */
import { addDays, ymdhms, DAY_MS, type Rng } from '../rng';
import type { HostbillState, TicketReply } from '../state';
import { STAFF } from './names';

const SUBJECTS: readonly [dept: string, subject: string][] = [
  ['1', 'Question about invoice'],
  ['1', 'Refund for cancelled domain'],
  ['1', 'Change billing address'],
  ['2', 'Server unreachable after reboot'],
  ['2', 'Mail delivery delayed'],
  ['2', 'SSL certificate not renewing'],
  ['2', 'DNS changes not propagating'],
  ['2', 'High load on web-01'],
  ['3', 'Volume discount for cloud pools'],
  ['4', 'Phishing page on a customer site'],
];
const CLIENT_LINES = [
  'Could you please have a look?',
  'This is urgent for us.',
  'Thanks in advance.',
  'It still happens today.',
];
const STAFF_LINES = [
  'Thank you for contacting us.',
  'We have looked into this and fixed it.',
  'Could you send us a screenshot?',
  'Our engineers are investigating.',
];

export function seedTickets(state: HostbillState, rng: Rng, count: number, anchor: Date): void {
  const clientName = `${state.client.firstname} ${state.client.lastname}`;
  for (let i = 0; i < count; i += 1) {
    const [deptId, subject] = rng.pick(SUBJECTS);
    let when = anchor.getTime() - rng.int(1, 700) * DAY_MS - rng.int(0, DAY_MS);
    const opened = new Date(when);
    const replies: TicketReply[] = [];
    const replyCount = rng.int(0, 5);
    for (let r = 0; r < replyCount; r += 1) {
      when += rng.int(600_000, 2 * DAY_MS);
      const admin = r % 2 === 0;
      const id = String(900 + state.tickets.size * 6 + r);
      replies.push({
        id,
        name: admin ? rng.pick(STAFF) : clientName,
        date: ymdhms(new Date(when)),
        body: admin ? `${rng.pick(STAFF_LINES)}\r\n\r\n-- Demo Hosting Support --` : rng.pick(CLIENT_LINES),
        type: admin ? 'Admin' : 'Client',
        attachments:
          !admin && rng.chance(0.3)
            ? [{ id: rng.hex(16), filename: 'screenshot.png', content: 'PNG placeholder' }]
            : [],
      });
    }
    const last = replies.at(-1);
    const status = rng.chance(0.4)
      ? 'Closed'
      : !last
        ? 'Open'
        : last.type === 'Admin'
          ? rng.pick(['Answered', 'In-Progress'])
          : 'Client-Reply';
    let number = String(rng.int(100000, 999999));
    while (state.tickets.has(number)) number = String(rng.int(100000, 999999));
    state.tickets.set(number, {
      number,
      deptId,
      subject,
      body: `Hello,\r\n\r\n${subject}. ${rng.pick(CLIENT_LINES)}\r\n\r\nBest regards,\r\n${clientName}`,
      status,
      date: ymdhms(opened),
      lastreply: last?.date ?? ymdhms(opened),
      clientRead: status === 'Closed' || last?.type !== 'Admin' || rng.chance(0.5),
      attachments: rng.chance(0.2)
        ? [{ id: rng.hex(16), filename: 'error-log.txt', content: 'Nov 19 10:22:01 web-01 nginx: 502 Bad Gateway\n' }]
        : [],
      replies,
    });
  }
}

export function seedNotifications(state: HostbillState, rng: Rng, anchor: Date): void {
  const invoices = [...state.invoices.values()].slice(-6);
  const services = [...state.services.values()];
  const tickets = [...state.tickets.values()].slice(0, 4);
  const entries: [string, string, string, string][] = [
    ...invoices.map((inv): [string, string, string, string] => [
      'Invoice',
      inv.id,
      `Invoice #${inv.number} issued`,
      `A new invoice of ${inv.currency} is available.`,
    ]),
    ...services
      .slice(0, 5)
      .map((s): [string, string, string, string] => [
        'Service',
        s.id,
        `${s.name} renewal`,
        `Your service renews on ${s.nextDue}.`,
      ]),
    ...tickets.map((t): [string, string, string, string] => [
      'Ticket',
      t.number,
      `Ticket #${t.number} updated`,
      `There is a new reply to "${t.subject}".`,
    ]),
  ];
  entries.forEach(([relType, relId, subject, message], index) => {
    const id = String(700 + index);
    const date = ymdhms(addDays(anchor, -rng.int(0, 40)));
    state.notifications.set(id, { id, relType, relId, subject, message, date, read: rng.chance(0.5) });
  });
  state.sequences['notification'] = 700 + entries.length;
}

export function seedStatuses(state: HostbillState, anchor: Date): void {
  const services = [...state.services.values()];
  const ids = (kind: string): string[] => services.filter((s) => s.kind === kind).map((s) => s.id);
  const list = [
    [
      'Scheduled',
      'Network maintenance in AMS-1',
      'Core router firmware upgrade; expect two short interruptions.',
      5,
      ids('cloud'),
    ],
    ['In Progress', 'Degraded mail delivery', 'Outbound mail to some providers is delayed.', 0, ids('hosting')],
    ['Resolved', 'DNS resolution delays', 'Anycast node in FRA-2 was withdrawn and repaired.', -12, ids('dns')],
    [
      'Resolved',
      'Hypervisor reboot host-kvm-14',
      'Kernel security update; VMs restarted automatically.',
      -30,
      ids('vps'),
    ],
  ] as const;
  list.forEach(([status, title, description, offset, serviceIds], index) => {
    const id = String(31 + index);
    const date = ymdhms(addDays(anchor, offset));
    state.statuses.set(id, {
      id,
      title,
      description,
      status,
      date,
      updated: date,
      serviceIds: [...serviceIds],
      seen: false,
    });
  });
}
