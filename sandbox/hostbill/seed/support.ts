/** Seeds tickets with replies and attachments, portal notifications and network status entries. */
import { addDays, ymdhms, DAY_MS, type Rng } from '../rng';
import type { AttachmentRecord, HostbillState, TicketRecord, TicketReply } from '../state';
import { STAFF } from './names';
import { sampleFiles, type SampleFile } from './support-files';

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
  const files = sampleFiles();
  const file = (sample: SampleFile): AttachmentRecord => ({ id: rng.hex(16), ...sample });
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
        attachments: !admin && rng.chance(0.3) ? [file(files.png)] : [],
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
    addTicket(state, rng, {
      deptId,
      subject,
      body: `Hello,\r\n\r\n${subject}. ${rng.pick(CLIENT_LINES)}\r\n\r\nBest regards,\r\n${clientName}`,
      status,
      date: ymdhms(opened),
      lastreply: last?.date ?? ymdhms(opened),
      clientRead: status === 'Closed' || last?.type !== 'Admin' || rng.chance(0.5),
      attachments: rng.chance(0.2) ? [file(files.log)] : [],
      replies,
    });
  }
  seedShowcaseTickets(state, rng, anchor, file);
}

function addTicket(state: HostbillState, rng: Rng, ticket: Omit<TicketRecord, 'number'>): TicketRecord {
  let number = String(rng.int(100000, 999999));
  while (state.tickets.has(number)) number = String(rng.int(100000, 999999));
  const record = { number, ...ticket };
  state.tickets.set(number, record);
  return record;
}

/** A body as a careless or hostile portal user could send it: markup that must stay text. */
export const HOSTILE_BODY = [
  'Hello,',
  '',
  'Since yesterday our shop shows this when the page loads:',
  '<script>window.__ticketPwned = "script"</script>',
  '<img src="x" onerror="window.__ticketPwned = \'onerror\'">',
  '<a href="javascript:window.__ticketPwned = \'link\'">Click to verify your account</a>',
  '',
  'The status page https://status.example.com/incidents/42 says nothing about it.',
  'Regards',
].join('\r\n');

/** Fixed tickets the journeys rely on: an unread hostile one, a long thread with every kind of file. */
function seedShowcaseTickets(
  state: HostbillState,
  rng: Rng,
  anchor: Date,
  file: (sample: SampleFile) => AttachmentRecord,
): void {
  const clientName = `${state.client.firstname} ${state.client.lastname}`;
  const files = sampleFiles();
  const at = (daysAgo: number, minutes = 0) => ymdhms(new Date(anchor.getTime() - daysAgo * DAY_MS + minutes * 60_000));
  addTicket(state, rng, {
    deptId: '4',
    subject: 'Strange pop-up on shop.example.com',
    body: HOSTILE_BODY,
    status: 'Answered',
    date: at(2),
    lastreply: at(1),
    clientRead: false,
    attachments: [file({ ...files.pdf, filename: '..\\..\\report:final?.pdf' })],
    replies: [
      {
        id: rng.hex(6),
        name: rng.pick(STAFF),
        date: at(1),
        body: '<b>Thanks</b> for the report.\r\nWe removed the injected file; see https://docs.example.com/security/cleanup for details.\r\n\r\n-- Demo Hosting Abuse Team --',
        type: 'Admin',
        attachments: [file(files.zip)],
      },
    ],
  });
  const replies: TicketReply[] = [];
  for (let r = 0; r < 60; r += 1) {
    const admin = r % 2 === 1;
    replies.push({
      id: String(20_000 + r),
      name: admin ? rng.pick(STAFF) : clientName,
      date: at(30, (r + 1) * 90),
      body: admin
        ? `Batch ${Math.ceil(r / 2)} is done.\r\n${rng.pick(STAFF_LINES)}\r\n\r\n-- Demo Hosting Support --`
        : `Please move the next batch.\r\n${rng.pick(CLIENT_LINES)}`,
      type: admin ? 'Admin' : 'Client',
      attachments: r === 4 ? [file(files.png)] : r === 9 ? [file(files.zip)] : [],
    });
  }
  addTicket(state, rng, {
    deptId: '2',
    subject: 'Migration of 30 sites to the new cluster',
    body: `Hello,\r\n\r\nWe would like to move 30 sites in batches.\r\nThe list is attached.\r\n\r\n${clientName}`,
    status: 'In-Progress',
    date: at(30),
    lastreply: replies.at(-1)!.date,
    clientRead: false,
    attachments: [file(files.log), file(files.png)],
    replies,
  });
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
