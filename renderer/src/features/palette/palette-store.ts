/** Which of the keyboard dialogs is open: the command palette, the shortcut list, or neither. */
import { create } from 'zustand';

interface PaletteState {
  readonly open: 'palette' | 'shortcuts' | null;
  show(which: 'palette' | 'shortcuts'): void;
  close(): void;
}

export const usePaletteStore = create<PaletteState>((set) => ({
  open: null,
  show: (which) => set({ open: which }),
  close: () => set({ open: null }),
}));
