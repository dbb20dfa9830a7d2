import { useEffect } from 'react';
import { useModeStore } from '../app/mode-store.ts';
import type { EditorActions } from '../app/use-editor-actions.ts';
import { shortcutList } from './shortcut-list.ts';

/** Whether a key press belongs to a text field (or other control) rather than to the canvas. */
function inField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Runs the editor's keyboard shortcuts, except while the user types in a field or a dialog is open. */
export function useShortcuts(actions: EditorActions): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (inField(event.target) || document.querySelector('dialog[open]')) return;
      const shortcut = shortcutList.find((candidate) => candidate.match?.(event));
      if (!shortcut?.action) return;
      // A shared link is read-only: only the commands that change nothing work.
      if (useModeStore.getState().readOnly && !['fit', 'help', 'exportFile'].includes(shortcut.action))
        return;
      event.preventDefault();
      actions[shortcut.action]();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [actions]);
}
