/** The Settings switch for desktop notifications (off by default). */
import { useState, type ReactElement } from 'react';
import { useSettingsStore } from '../settings/settings-store';
import { askDesktopPermission } from './notifications-api';

export function DesktopNotificationsSetting(): ReactElement {
  const on = useSettingsStore((state) => state.settings.desktopNotifications);
  const setOn = useSettingsStore((state) => state.setDesktopNotifications);
  const [blocked, setBlocked] = useState(false);
  const change = async (checked: boolean) => {
    setBlocked(false);
    await setOn(checked);
    // In the browser host the page itself needs the user's permission (Electron grants it).
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
