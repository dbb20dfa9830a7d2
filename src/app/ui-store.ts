import { create } from 'zustand';

/** The theme the user chose; `system` follows the operating system's light or dark setting. */
export type ThemeChoice = 'system' | 'light' | 'dark';

/** A short message at the bottom of the window. */
export interface Toast {
  id: number;
  kind: 'info' | 'error';
  text: string;
}

/** A question that needs an answer before work could be lost. */
export interface Confirmation {
  title: string;
  body: string;
  confirm: string;
  onConfirm: () => void;
}

/** State of the window around the canvas: theme, dialogs and messages. None of it is ever an undo step. */
export interface UiState {
  theme: ThemeChoice;
  toasts: Toast[];
  dialog: 'none' | 'gallery' | 'chain-import' | 'shortcuts';
  confirmation: Confirmation | undefined;
  setTheme(theme: ThemeChoice): void;
  toast(kind: Toast['kind'], text: string): void;
  dismiss(id: number): void;
  openDialog(dialog: UiState['dialog']): void;
  ask(confirmation: Confirmation | undefined): void;
}

const themeKey = 'charter:theme';
let nextToast = 1;

function storedTheme(): ThemeChoice {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(themeKey);
  return stored === 'light' || stored === 'dark' ? stored : 'system';
}

export const useUiStore = create<UiState>()((set, get) => ({
  theme: storedTheme(),
  toasts: [],
  dialog: 'none',
  confirmation: undefined,
  setTheme(theme) {
    localStorage.setItem(themeKey, theme);
    set({ theme });
  },
  toast(kind, text) {
    const id = nextToast++;
    set({ toasts: [...get().toasts.slice(-3), { id, kind, text }] });
    setTimeout(() => get().dismiss(id), kind === 'error' ? 9000 : 4000);
  },
  dismiss(id) {
    set({ toasts: get().toasts.filter((toast) => toast.id !== id) });
  },
  openDialog(dialog) {
    set({ dialog });
  },
  ask(confirmation) {
    set({ confirmation });
  },
}));
