import { useEffect } from 'react';
import { useAutosaveStatus } from '../documents/autosave.ts';

/** Asks the browser to warn before closing or reloading while the newest edit is not yet autosaved. */
export function useUnloadWarning(): void {
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!useAutosaveStatus.getState().pending) return;
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);
}
