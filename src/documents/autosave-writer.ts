import { create } from 'zustand';

/**
 * One tab writes the autosave at a time: the one holding the Web Lock `charter:autosave-writer`. Another tab is told
 * (`other-tab`) and may take over; the tab that was writing hears it on the BroadcastChannel `charter:autosave`,
 * writes its last edit, lets go of the lock and is told in turn (`moved`). No tab ever writes without the lock, so
 * no tab silently overwrites another's work.
 */
export const useAutosaveWriter = create<{
  writer: boolean;
  notice: 'other-tab' | 'moved' | undefined;
}>()(() => ({ writer: false, notice: undefined }));

const lockName = 'charter:autosave-writer';
const channelName = 'charter:autosave';
let release: (() => void) | undefined;
let channel: BroadcastChannel | undefined;
let claiming: Promise<boolean> | undefined;

/** Holds the lock until {@link stepDown}: the lock's callback resolves when `release` is called. */
function hold(): Promise<void> {
  return new Promise<void>((done) => {
    release = done;
  });
}

/**
 * Tries to become the writer at once, without waiting for another tab; resolves whether this tab is. A browser
 * without Web Locks has one writer per tab, as before. `onTakeOver` runs when another tab asks to write: it must
 * finish this tab's writing; then the lock is let go.
 */
export function claimWriter(onTakeOver: () => Promise<void>): Promise<boolean> {
  if (claiming) return claiming;
  if (!('locks' in navigator) || typeof BroadcastChannel === 'undefined') {
    useAutosaveWriter.setState({ writer: true });
    claiming = Promise.resolve(true);
    return claiming;
  }
  channel = new BroadcastChannel(channelName);
  channel.onmessage = (event: MessageEvent) => {
    if ((event.data as { type?: unknown })?.type !== 'take-over' || !release) return;
    void onTakeOver().finally(() => {
      stepDown();
      useAutosaveWriter.setState({ notice: 'moved' });
    });
  };
  claiming = new Promise<boolean>((resolve) => {
    void navigator.locks.request(lockName, { ifAvailable: true }, (lock) => {
      if (!lock) {
        resolve(false);
        useAutosaveWriter.setState({ writer: false, notice: 'other-tab' });
        return;
      }
      useAutosaveWriter.setState({ writer: true });
      resolve(true);
      return hold();
    });
  });
  return claiming;
}

/** Stops writing and lets another tab have the lock. */
function stepDown(): void {
  useAutosaveWriter.setState({ writer: false });
  release?.();
  release = undefined;
}

/** Asks the writing tab to let go, and resolves once this tab holds the lock (at once if no tab is writing). */
export function takeOver(): Promise<void> {
  if (!('locks' in navigator) || !channel) return Promise.resolve();
  channel.postMessage({ type: 'take-over' });
  return new Promise<void>((resolve) => {
    void navigator.locks.request(lockName, () => {
      useAutosaveWriter.setState({ writer: true, notice: undefined });
      resolve();
      return hold();
    });
  });
}
