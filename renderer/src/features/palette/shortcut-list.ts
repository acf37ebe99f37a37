/** Every keyboard shortcut of the app, as the "?" dialog and the user guide list them. */
export interface ShortcutGroup {
  readonly title: string;
  readonly keys: readonly { readonly keys: string; readonly what: string }[];
}

const mod = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl';

export const SHORTCUT_GROUPS: readonly ShortcutGroup[] = [
  {
    title: 'Everywhere',
    keys: [
      { keys: `${mod}+K`, what: 'Open the command palette' },
      { keys: '/', what: "Focus the current list's search" },
      { keys: '?', what: 'Show this list of shortcuts' },
      { keys: 'Escape', what: 'Close the topmost dialog' },
    ],
  },
  {
    title: 'In the command palette',
    keys: [
      { keys: '↑ ↓', what: 'Move between results' },
      { keys: 'Enter', what: 'Open the result or run the command' },
      { keys: 'Escape', what: 'Close the palette' },
    ],
  },
  {
    title: 'In a list',
    keys: [
      { keys: '↑ ↓ Home End', what: 'Move between rows' },
      { keys: 'Enter', what: 'Open the row' },
    ],
  },
  {
    title: 'App menu (desktop app)',
    keys: [
      { keys: `${mod}+K`, what: 'Edit › Command Palette…' },
      { keys: `${mod}+F`, what: 'Edit › Find in List' },
      { keys: `${mod}+R`, what: 'View › Refresh' },
      { keys: `${mod}+1 … ${mod}+9`, what: "View › the current account's areas, in sidebar order" },
      { keys: `${mod}+Shift+A`, what: 'File › Accounts' },
      { keys: `${mod}+,`, what: 'Settings' },
      { keys: `${mod}+0 / ${mod}++ / ${mod}+-`, what: 'View › Actual size, zoom in, zoom out' },
    ],
  },
];
