/**
 * The Electron side of desktop notices, with a stand-in for the OS's notification centre (no
 * Electron binary here): plain text capped, and a click brings the window forward and opens the
 * notice's route through `notifications.open`. The browser host hands the notice to the page.
 */
import { expect, it } from 'vitest';
import type { DesktopNotice } from '../../../common/channels/notifications';
import { createEventBus } from '../event-bus';
import { createDesktopNotifier } from './desktop-notifier';

function osStandIn() {
  const shown: { title: string; body: string; click: () => void }[] = [];
  const window = { shown: 0, focused: 0, show: () => (window.shown += 1), focus: () => (window.focused += 1) };
  class Notification {
    static isSupported = () => true;
    private click = () => undefined as void;
    constructor(private readonly options: { title: string; body: string }) {}
    on(_event: 'click', listener: () => void) {
      this.click = listener;
    }
    show() {
      shown.push({ ...this.options, click: () => this.click() });
    }
  }
  return { shown, window, module: { Notification, BrowserWindow: { getAllWindows: () => [window] } } };
}

const notice: DesktopNotice = {
  accountId: 'a1',
  title: `Ticket #4711 answered ${'x'.repeat(200)}`,
  body: 'Staff replied',
  href: '#/a/a1/tickets/4711',
};

it('in Electron the OS shows it, and a click opens the ticket in the window', async () => {
  const events = createEventBus();
  const heard: { name: string; payload: unknown }[] = [];
  events.subscribe((name, payload) => heard.push({ name, payload }));
  const os = osStandIn();
  const notifier = createDesktopNotifier(events, { inElectron: true, loadElectron: async () => os.module });
  await new Promise((resolve) => setImmediate(resolve));
  notifier.show(notice);
  expect(os.shown).toHaveLength(1);
  expect(os.shown[0]!.title).toHaveLength(120);
  expect(heard).toEqual([]);
  os.shown[0]!.click();
  expect(os.window).toMatchObject({ shown: 1, focused: 1 });
  expect(heard).toEqual([{ name: 'notifications.open', payload: { href: '#/a/a1/tickets/4711' } }]);
});

it('in the browser host the page gets the notice to show', () => {
  const events = createEventBus();
  const heard: string[] = [];
  events.subscribe((name) => heard.push(name));
  createDesktopNotifier(events, { inElectron: false }).show(notice);
  expect(heard).toEqual(['notifications.desktop']);
});
