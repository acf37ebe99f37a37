/** The "?" dialog: every shortcut, including the menu's accelerators. */
import type { ReactElement } from 'react';
import { Button } from '../../components/button';
import { Dialog } from '../../components/dialog';
import { SHORTCUT_GROUPS } from './shortcut-list';
import './palette.css';

export function ShortcutsDialog({ onClose }: { onClose: () => void }): ReactElement {
  return (
    <Dialog
      title="Keyboard shortcuts"
      description="Shortcuts without Ctrl or ⌘ never fire while you type in a field."
      onClose={onClose}
      footer={
        <Button variant="primary" onClick={onClose}>
          Close
        </Button>
      }
    >
      <div className="shortcut-groups">
        {SHORTCUT_GROUPS.map((group) => (
          <section key={group.title} aria-label={group.title}>
            <h3>{group.title}</h3>
            <dl className="shortcut-list">
              {group.keys.map((entry) => (
                <div key={`${group.title}-${entry.keys}`} className="shortcut-row">
                  <dt>
                    <kbd>{entry.keys}</kbd>
                  </dt>
                  <dd>{entry.what}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </Dialog>
  );
}
