import { create } from 'zustand';
import type { LoadReason } from './load-reason.ts';

/** The newest autosave could not be read: the loader's reason, the record as stored, and what opened instead. */
export interface DamagedAutosaveNotice {
  reason: LoadReason;
  stored: unknown;
  /** When the older version that opened instead was saved; undefined when a template opened. */
  olderSavedAt: number | undefined;
}

/** What the autosave has to tell the user when the app opens. */
export const useAutosaveNotice = create<{ damaged: DamagedAutosaveNotice | undefined }>()(() => ({
  damaged: undefined,
}));
