import type { EditorActions } from '../app/use-editor-actions.ts';

/** One keyboard shortcut: `mod` is Ctrl, or ⌘ on a Mac. */
export interface Shortcut {
  keys: string;
  /** i18n key of what it does, under `shortcuts`. */
  does: string;
  /** The command it runs; absent for React Flow's own keys, which are listed for the help only. */
  action?: keyof EditorActions;
  match?: (event: KeyboardEvent) => boolean;
}

const mod = (event: KeyboardEvent) => event.ctrlKey || event.metaKey;
const key = (event: KeyboardEvent, k: string) => event.key.toLowerCase() === k;

/** Every shortcut, in the order the help lists them. */
export const shortcutList: readonly Shortcut[] = [
  { keys: 'mod+Z', does: 'undo', action: 'undo', match: (e) => mod(e) && !e.shiftKey && key(e, 'z') },
  {
    keys: 'mod+Shift+Z / mod+Y',
    does: 'redo',
    action: 'redo',
    match: (e) => mod(e) && ((e.shiftKey && key(e, 'z')) || key(e, 'y')),
  },
  { keys: 'mod+C', does: 'copy', action: 'copy', match: (e) => mod(e) && key(e, 'c') },
  { keys: 'mod+V', does: 'paste', action: 'paste', match: (e) => mod(e) && key(e, 'v') },
  { keys: 'mod+D', does: 'duplicate', action: 'duplicate', match: (e) => mod(e) && key(e, 'd') },
  { keys: 'mod+A', does: 'selectAll', action: 'selectAll', match: (e) => mod(e) && key(e, 'a') },
  { keys: 'Delete / Backspace', does: 'delete' },
  { keys: 'mod+S', does: 'export', action: 'exportFile', match: (e) => mod(e) && key(e, 's') },
  { keys: 'mod+O', does: 'import', action: 'importFile', match: (e) => mod(e) && key(e, 'o') },
  { keys: 'Shift+L', does: 'layout', action: 'layout', match: (e) => !mod(e) && e.shiftKey && key(e, 'l') },
  { keys: 'Shift+F', does: 'fit', action: 'fit', match: (e) => !mod(e) && e.shiftKey && key(e, 'f') },
  { keys: '?', does: 'help', action: 'help', match: (e) => !mod(e) && e.key === '?' },
  { keys: 'Tab / Shift+Tab', does: 'focus' },
  { keys: 'Enter', does: 'connect' },
  { keys: '← ↑ → ↓', does: 'move' },
];
