import { useEffect } from 'react';
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
      event.preventDefault();
      actions[shortcut.action]();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [actions]);
}
