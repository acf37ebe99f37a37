/** Mounts whichever keyboard dialog is open (command palette or shortcut list); nothing otherwise. */
import type { ReactElement } from 'react';
import { PaletteDialog } from './palette-dialog';
import { usePaletteStore } from './palette-store';
import { ShortcutsDialog } from './shortcuts-dialog';

export function PaletteHost(): ReactElement | null {
  const open = usePaletteStore((s) => s.open);
  const close = usePaletteStore((s) => s.close);
  if (open === 'palette') return <PaletteDialog onClose={close} />;
  if (open === 'shortcuts') return <ShortcutsDialog onClose={close} />;
  return null;
}
