/** Handlers for the desktop channels (diagnostics, updates), the same in Electron and the browser host. */
import type { UpdateChannelName } from '../../common/channels/updates';
import type { HandlerMap } from '../ipc/registry';
import type { UpdatesService } from '../updates/updates-service';

export type DesktopHandlers = Pick<HandlerMap, 'app.diagnostics' | UpdateChannelName>;

export function desktopHandlers(deps: { diagnostics: () => string; updates: UpdatesService }): DesktopHandlers {
  return {
    'app.diagnostics': () => deps.diagnostics(),
    'updates.status': () => deps.updates.status(),
    'updates.check': () => deps.updates.check(),
    'updates.restart': () => deps.updates.restart(),
  };
}
