/**
 * The app's keyboard shortcuts: Ctrl/Cmd+K opens the command palette (also from a field: it has a
 * modifier), `/` focuses the current list's search, `?` lists every shortcut, Escape closes the
 * topmost dialog. Single-key shortcuts never fire while the user types in a field.
 */
import { useEffect } from 'react';
import { usePaletteStore } from '../features/palette/palette-store';
import { COMMAND_PALETTE_EVENT } from './use-menu-commands';

const TEXT_INPUTS = new Set(['text', 'search', 'email', 'url', 'password', 'number', 'tel', 'date', 'time']);

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && TEXT_INPUTS.has(target.type);
}

/** The search box of the list on screen (the first visible one in the main content). */
function focusListSearch(): boolean {
  const boxes = document.querySelectorAll<HTMLInputElement>('#content input[type="search"]');
  const box = [...boxes].find((input) => input.offsetParent !== null && !input.disabled);
  box?.focus();
  box?.select();
  return box !== undefined;
}

/** Escape for a dialog the browser does not close itself (a modal <dialog> closes natively). */
function closeTopmostDialog(): boolean {
  const open = [...document.querySelectorAll<HTMLDialogElement>('dialog[open]')];
  const top = open.at(-1);
  if (!top || top.matches(':modal')) return false;
  top.dispatchEvent(new Event('cancel', { cancelable: true }));
  return true;
}

export function useShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const palette = usePaletteStore.getState();
      const mod = event.ctrlKey || event.metaKey;
      if (mod && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        if (palette.open === 'palette') palette.close();
        else palette.show('palette');
        return;
      }
      if (event.defaultPrevented || mod || event.altKey) return;
      if (event.key === 'Escape') {
        if (closeTopmostDialog()) event.preventDefault();
        return;
      }
      if (isTyping(event.target) || document.querySelector('dialog[open]')) return;
      if (event.key === '/' && focusListSearch()) event.preventDefault();
      else if (event.key === '?') {
        event.preventDefault();
        palette.show('shortcuts');
      }
    };
    // The desktop menu's Command Palette item (and its accelerator, which Electron takes first).
    const fromMenu = () => usePaletteStore.getState().show('palette');
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener(COMMAND_PALETTE_EVENT, fromMenu);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener(COMMAND_PALETTE_EVENT, fromMenu);
    };
  }, []);
}
