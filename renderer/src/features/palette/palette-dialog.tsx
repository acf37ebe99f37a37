/**
 * The command palette (Ctrl/Cmd+K): one box that finds any cached thing across every account (asked
 * of main's search index, so it works offline and nothing goes to a portal) and any command.
 * Keyboard only: ↑/↓ move, Enter opens, Escape closes. Stale answers (an earlier keystroke's) are
 * dropped so the list always matches the text.
 */
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactElement } from 'react';
import type { SearchResult } from '../../../../common/channels/search';
import { Icon } from '../../components/icons';
import { call } from '../../lib/api';
import { useNavigation } from '../../app/navigation-store';
import { focusFirstField, returnFocus } from '../../components/focus';
import { useAccountsStore } from '../accounts/accounts-store';
import { useSettingsStore } from '../settings/settings-store';
import { paletteCommands } from './palette-commands';
import { paletteGroups } from './palette-results';
import { usePaletteStore } from './palette-store';
import './palette.css';

const NO_RESULTS: readonly SearchResult[] = [];

function appliedTheme(): 'light' | 'dark' {
  const pinned = document.documentElement.dataset.theme;
  if (pinned === 'light' || pinned === 'dark') return pinned;
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function PaletteDialog({ onClose }: { onClose: () => void }): ReactElement {
  const ref = useRef<HTMLDialogElement>(null);
  const listId = useId();
  const [text, setText] = useState('');
  const [answer, setAnswer] = useState<{ text: string; results: readonly SearchResult[] }>({
    text: '',
    results: NO_RESULTS,
  });
  const [active, setActive] = useState(0);
  const latest = useRef(0);
  const route = useNavigation((s) => s.route);
  const open = useNavigation((s) => s.open);
  const accounts = useAccountsStore((s) => s.accounts);
  const setTheme = useSettingsStore((s) => s.setTheme);
  const show = usePaletteStore((s) => s.show);

  // The same focus rule as every Dialog: into the search box, back to where it was on close.
  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement;
    if (dialog && !dialog.open) dialog.showModal();
    if (dialog) focusFirstField(dialog);
    return () => {
      dialog?.close();
      returnFocus(opener);
    };
  }, []);

  const search = (value: string) => {
    setText(value);
    setActive(0);
    const ticket = ++latest.current;
    if (value.trim() === '') return setAnswer({ text: value, results: NO_RESULTS });
    void call((api) => api.search.query({ text: value.slice(0, 200) })).then((result) => {
      if (ticket !== latest.current) return;
      setAnswer({ text: value, results: result.ok ? result.value : NO_RESULTS });
    });
  };

  const commands = useMemo(
    () =>
      paletteCommands({
        route,
        accounts,
        appliedTheme: appliedTheme(),
        open,
        setTheme: (theme) => void setTheme(theme),
        showShortcuts: () => show('shortcuts'),
      }),
    [route, accounts, open, setTheme, show],
  );
  const labels = useMemo(() => new Map(accounts.map((a) => [a.id, a.label])), [accounts]);
  const groups = useMemo(
    () => paletteGroups(answer.text, answer.results, commands, labels, open),
    [answer, commands, labels, open],
  );
  const items = useMemo(() => groups.flatMap((group) => group.items), [groups]);
  const current = items[Math.min(active, items.length - 1)];

  const run = (index: number) => {
    const item = items[index];
    if (!item) return;
    onClose();
    item.run();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (items.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((index) => (Math.min(index, items.length - 1) + step + items.length) % items.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      run(Math.min(active, items.length - 1));
    }
  };
  useEffect(() => {
    if (current) document.getElementById(`${listId}-${current.id}`)?.scrollIntoView({ block: 'nearest' });
  }, [current, listId]);

  const starts = groups.map((_, at) => groups.slice(0, at).reduce((sum, group) => sum + group.items.length, 0));
  return (
    <dialog
      ref={ref}
      className="dialog palette"
      aria-label="Command palette"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => {
        if (event.target === ref.current) onClose();
      }}
    >
      <div className="palette-input">
        <Icon name="search" />
        <input
          type="text"
          role="combobox"
          aria-expanded="true"
          aria-controls={listId}
          aria-activedescendant={current ? `${listId}-${current.id}` : undefined}
          aria-autocomplete="list"
          aria-label="Search everything or run a command"
          placeholder="Contract number, IP, name… or a command"
          autoFocus
          autoComplete="off"
          spellCheck={false}
          value={text}
          maxLength={200}
          onChange={(event) => search(event.target.value)}
          onKeyDown={onKeyDown}
        />
      </div>
      <div className="palette-results" id={listId} role="listbox" aria-label="Results" data-query={answer.text}>
        {groups.map((group, groupAt) => (
          <div key={group.label} role="group" aria-label={group.label} className="palette-group">
            <div className="palette-group-label" aria-hidden="true">
              {group.label}
            </div>
            {group.items.map((item, itemAt) => {
              const at = starts[groupAt]! + itemAt;
              return (
                <div
                  key={item.id}
                  id={`${listId}-${item.id}`}
                  role="option"
                  aria-selected={item === current}
                  className={item === current ? 'palette-item palette-item-active' : 'palette-item'}
                  onMouseMove={() => setActive(at)}
                  onClick={() => run(at)}
                >
                  <span className="palette-item-text">
                    <span className="palette-item-title">{item.title}</span>
                    <span className="palette-item-subtitle">{item.subtitle}</span>
                  </span>
                  {item.account && <span className="palette-item-account">{item.account}</span>}
                </div>
              );
            })}
          </div>
        ))}
        {items.length === 0 && answer.text.trim() !== '' && answer.text === text && (
          <p className="palette-empty" role="status">
            Nothing cached matches “{text}”.
          </p>
        )}
      </div>
      <div className="palette-footer muted" aria-hidden="true">
        <kbd>↑</kbd> <kbd>↓</kbd> move · <kbd>Enter</kbd> open · <kbd>Esc</kbd> close · searches this computer’s cache
        only
      </div>
    </dialog>
  );
}
