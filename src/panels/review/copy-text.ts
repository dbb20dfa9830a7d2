import { useUiStore } from '../../app/ui-store.ts';

/**
 * Copies text to the clipboard and says so in a toast; when the browser refuses (no permission, no secure
 * context), says that instead, since the text is also shown for copying by hand.
 */
export async function copyText(text: string, done: string, failed: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    useUiStore.getState().toast('info', done);
    return true;
  } catch {
    useUiStore.getState().toast('error', failed);
    return false;
  }
}
