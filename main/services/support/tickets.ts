/**
 * Tickets over the encrypted cache: offline-first list, threads and departments; writes portal
 * first. A reply or a new ticket is a POST and is never repeated: when the answer is lost the
 * thread (or list) is re-read to find out whether it arrived, and the draft stays until it is known.
 */
import { ticketKeys, type ReplyOutcome, type TicketThread } from '../../../common/channels/tickets';
import { AppFailure, appError, fail, toAppError } from '../../../common/errors';
import { safeFileName } from '../../../common/file-name';
import type { Cached, SyncOutcome } from '../../../common/models/cached';
import type { Ticket, TicketDepartment, TicketSummary } from '../../../common/models/hostbill';
import type { FeatureDeps } from '../feature-deps';
import { cachedRead, clientFor, portalWrite, refreshNow } from '../kernel';
import type { SupportRepo } from './repo';

const KIND = 'hostbill' as const;
const LOST = new Set(['network', 'timeout']);
const sameText = (a: string, b: string) => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

export function createTicketService(deps: FeatureDeps, repo: SupportRepo) {
  const listKey = ticketKeys.key.list();
  const threadKey = (ticketNumber: string) => ticketKeys.key.thread({ ticketNumber });
  const now = () => new Date(deps.clock()).toISOString();
  const client = (accountId: string) => clientFor(deps, accountId, KIND);

  async function refreshList(accountId: string): Promise<TicketSummary[]> {
    const tickets = await (await client(accountId)).listTickets();
    if (repo.isOpen()) repo.replaceTickets(accountId, tickets);
    return tickets;
  }

  async function refreshThread(accountId: string, ticketNumber: string): Promise<Ticket> {
    const ticket = await (await client(accountId)).getTicket(ticketNumber);
    if (repo.isOpen()) repo.setThread(accountId, ticket);
    // Opening a ticket marks it read at the portal: the list row changed too.
    deps.events.emit('cache.changed', { accountId, resource: listKey });
    return ticket;
  }

  /** After a write: bring the thread up to date, without failing the write if that read fails. */
  async function settle(accountId: string, ticketNumber: string): Promise<void> {
    await deps.sync.refresh(accountId, threadKey(ticketNumber), async () => {
      await refreshThread(accountId, ticketNumber);
    });
  }

  function thread(accountId: string, ticketNumber: string): TicketThread | null {
    const ticket = repo.thread(accountId, ticketNumber);
    if (!ticket) return null;
    return { ...ticket, draft: repo.draft(accountId, ticketNumber)?.body ?? null };
  }

  async function reply(accountId: string, ticketNumber: string, body: string): Promise<{ outcome: ReplyOutcome }> {
    // The draft is kept first: if the app closes or the send fails, the text is not lost.
    repo.setDraft(accountId, ticketNumber, body, now());
    const before = new Set(repo.thread(accountId, ticketNumber)?.replies.map((r) => r.id) ?? []);
    try {
      await portalWrite(deps, {
        accountId,
        kind: KIND,
        send: (c) => c.replyTicket(ticketNumber, body),
        changed: [threadKey(ticketNumber), listKey],
        activity: {
          area: 'tickets',
          action: 'reply',
          target: `ticket #${ticketNumber}`,
          route: `tickets/${ticketNumber}`,
        },
      });
    } catch (thrown) {
      const error = toAppError(thrown);
      if (!LOST.has(error.kind)) throw thrown;
      return { outcome: await confirmReply(accountId, ticketNumber, body, before) };
    }
    repo.setDraft(accountId, ticketNumber, '', now());
    await settle(accountId, ticketNumber);
    return { outcome: 'sent' };
  }

  /** The answer was lost: re-read the thread and look for the reply before anyone sends it again. */
  async function confirmReply(
    accountId: string,
    ticketNumber: string,
    body: string,
    before: ReadonlySet<string>,
  ): Promise<ReplyOutcome> {
    let fresh: Ticket;
    try {
      fresh = await refreshThread(accountId, ticketNumber);
    } catch {
      fail(
        'network',
        'The connection dropped before the portal answered, and the ticket could not be re-read: the reply may or may not have arrived. Your draft is kept; check the ticket before sending it again.',
      );
    }
    deps.events.emit('cache.changed', { accountId, resource: threadKey(ticketNumber) });
    const arrived = fresh.replies.some((r) => !before.has(r.id) && r.type !== 'Admin' && sameText(r.body, body));
    if (!arrived) {
      fail(
        'network',
        'The connection dropped and the reply is not in the ticket: it was not sent. Your draft is kept; send it again when you are ready.',
      );
    }
    repo.setDraft(accountId, ticketNumber, '', now());
    return 'confirmed';
  }

  async function create(
    accountId: string,
    input: { departmentId: string; subject: string; body: string },
  ): Promise<{ ticketNumber: string }> {
    const before = new Set(repo.tickets(accountId).map((t) => t.number));
    try {
      const answer = await portalWrite(deps, {
        accountId,
        kind: KIND,
        send: (c) => c.createTicket(input),
        changed: [listKey],
        activity: {
          area: 'tickets',
          action: 'open ticket',
          target: input.subject,
          values: { department: input.departmentId },
        },
      });
      void deps.sync.refresh(accountId, listKey, async () => void (await refreshList(accountId)));
      if (!answer.number)
        fail('internal', 'The portal opened the ticket but did not say its number: see the ticket list.');
      return { ticketNumber: answer.number };
    } catch (thrown) {
      if (!LOST.has(toAppError(thrown).kind)) throw thrown;
      const found = await findCreated(accountId, input.subject, before);
      if (found) return { ticketNumber: found };
      throw new AppFailure(
        appError(
          'network',
          'The connection dropped and no new ticket with this subject is in the list: it was not opened. Nothing was sent twice; try again when you are ready.',
        ),
      );
    }
  }

  async function findCreated(accountId: string, subject: string, before: ReadonlySet<string>): Promise<string | null> {
    try {
      const list = await refreshList(accountId);
      deps.events.emit('cache.changed', { accountId, resource: listKey });
      return list.find((t) => !before.has(t.number) && sameText(t.subject, subject))?.number ?? null;
    } catch {
      fail(
        'network',
        'The connection dropped before the portal answered, and the ticket list could not be re-read: the ticket may or may not have been opened. Check the list before trying again.',
      );
    }
  }

  async function setOpen(accountId: string, ticketNumber: string, open: boolean): Promise<null> {
    await portalWrite(deps, {
      accountId,
      kind: KIND,
      send: (c) => (open ? c.reopenTicket(ticketNumber) : c.closeTicket(ticketNumber)),
      changed: [threadKey(ticketNumber), listKey],
      activity: {
        area: 'tickets',
        action: open ? 'reopen' : 'close',
        target: `ticket #${ticketNumber}`,
        route: `tickets/${ticketNumber}`,
      },
    });
    await settle(accountId, ticketNumber);
    await deps.sync.refresh(accountId, listKey, async () => void (await refreshList(accountId)));
    return null;
  }

  async function attachment(
    accountId: string,
    ticketNumber: string,
    fileId: string,
  ): Promise<{ path: string; bytes: number } | null> {
    const cached = repo.thread(accountId, ticketNumber);
    const listed =
      cached && [...cached.attachments, ...cached.replies.flatMap((r) => r.attachments)].find((f) => f.id === fileId);
    if (cached && !listed) fail('not-found', 'That file is not attached to this ticket.');
    const file = await (await client(accountId)).getTicketAttachment(fileId);
    const suggestedName = safeFileName(file.name ?? listed?.name ?? '', `attachment-${fileId}`);
    const saved = await deps.files.save({ folder: 'downloads', suggestedName, bytes: file.bytes });
    return saved ? { path: saved.path, bytes: file.bytes.length } : null;
  }

  return {
    list: (accountId: string): Cached<readonly TicketSummary[]> =>
      cachedRead(deps, {
        accountId,
        kind: KIND,
        resource: listKey,
        read: () => repo.tickets(accountId),
        refresh: async () => void (await refreshList(accountId)),
      }),
    refresh: (accountId: string): Promise<SyncOutcome> =>
      refreshNow(deps, {
        accountId,
        kind: KIND,
        resource: listKey,
        refresh: async () => void (await refreshList(accountId)),
      }),
    refreshThread: (accountId: string, ticketNumber: string): Promise<SyncOutcome> =>
      refreshNow(deps, {
        accountId,
        kind: KIND,
        resource: threadKey(ticketNumber),
        refresh: async () => void (await refreshThread(accountId, ticketNumber)),
      }),
    get: (accountId: string, ticketNumber: string): Cached<TicketThread | null> =>
      cachedRead(deps, {
        accountId,
        kind: KIND,
        resource: threadKey(ticketNumber),
        read: () => thread(accountId, ticketNumber),
        refresh: async () => void (await refreshThread(accountId, ticketNumber)),
      }),
    departments: (accountId: string): Cached<readonly TicketDepartment[]> =>
      cachedRead(deps, {
        accountId,
        kind: KIND,
        resource: ticketKeys.key.departments(),
        read: () => repo.departments(accountId) ?? [],
        refresh: async () => {
          const departments = await (await client(accountId)).listTicketDepartments();
          if (repo.isOpen()) repo.setDepartments(accountId, departments);
        },
      }),
    reply,
    create,
    close: (accountId: string, ticketNumber: string) => setOpen(accountId, ticketNumber, false),
    reopen: (accountId: string, ticketNumber: string) => setOpen(accountId, ticketNumber, true),
    attachment,
    saveDraft(accountId: string, ticketNumber: string, body: string): null {
      deps.requireAccount(accountId, KIND);
      repo.setDraft(accountId, ticketNumber, body, now());
      return null;
    },
  };
}
