/** The Settings switch for desktop notifications (off by default). */
import { useState, type ReactElement } from 'react';
import { useSettingsStore } from './settings-store';

/**
 * In the browser host the page itself needs the user's permission to show notifications (Electron
 * grants it). Answers whether the page may show them.
 */
async function askDesktopPermission(): Promise<boolean> {
  if (typeof Notification === 'undefined') return false;
  if (Notification.permission === 'granted') return true;
  if (Notification.permission === 'denied') return false;
  return (await Notification.requestPermission()) === 'granted';
}

export function DesktopNotificationsSetting(): ReactElement {
  const on = useSettingsStore((state) => state.settings.desktopNotifications);
  const setOn = useSettingsStore((state) => state.setDesktopNotifications);
  const [blocked, setBlocked] = useState(false);
  const change = async (checked: boolean) => {
    setBlocked(false);
    await setOn(checked);
    if (checked) setBlocked(!(await askDesktopPermission()));
  };
  return (
    <fieldset className="field">
      <legend>Notifications</legend>
      <label className="row">
        <input type="checkbox" checked={on} onChange={(event) => void change(event.target.checked)} />
        Show a desktop notification for new portal notifications and staff replies
      </label>
      <span className="hint">
        Off by default. The app checks for news about once a minute while its window is visible.
        {blocked ? ' This browser does not allow notifications from this page, so none will show.' : ''}
      </span>
    </fieldset>
  );
}
