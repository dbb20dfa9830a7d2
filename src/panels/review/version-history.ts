import { createStore, get, set } from 'idb-keyval';
import { type CharterDocument, canonicalJson } from '../../../compiler/index.ts';
import { useModeStore } from '../../app/mode-store.ts';
import { useDocumentStore } from '../../store/document-store.ts';

/** One earlier version of the user's work: the document and when it was recorded (ms since the epoch). */
export interface SavedVersion {
  savedAt: number;
  document: CharterDocument;
}

/** How many versions are kept; the oldest goes first. */
export const maxVersions = 20;
/** How long the document must rest before it is recorded, in ms, so a burst of edits is one version. */
const restMs = 2000;
const key = 'versions';
let database: ReturnType<typeof createStore> | undefined;

// A database of its own: adding a store to the autosave's `charter` database would need a version upgrade there.
function store() {
  database ??= createStore('charter-review', 'history');
  return database;
}

/** The recorded versions, newest first; none when IndexedDB cannot be read. */
export async function readVersions(): Promise<SavedVersion[]> {
  try {
    const versions = await get<SavedVersion[]>(key, store());
    return Array.isArray(versions) ? versions.filter((v) => Array.isArray(v?.document?.nodes)) : [];
  } catch {
    return [];
  }
}

async function record(document: CharterDocument): Promise<void> {
  const versions = await readVersions();
  const text = canonicalJson(document);
  if (versions[0] && canonicalJson(versions[0].document) === text) return;
  const next = [{ savedAt: Date.now(), document }, ...versions].slice(0, maxVersions);
  try {
    await set(key, next, store());
  } catch {
    // A private window may refuse IndexedDB: the history is a convenience, the autosave keeps the work.
  }
}

/**
 * Records the user's work as it changes, once it has rested, keeping the last {@link maxVersions} distinct
 * documents for the diff view. Never records a read-only shared copy. Returns the function that stops recording.
 */
export function startVersionHistory(): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const unsubscribe = useDocumentStore.subscribe((state, previous) => {
    if (state.document === previous.document || useModeStore.getState().readOnly) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (!useModeStore.getState().readOnly) void record(useDocumentStore.getState().document);
    }, restMs);
  });
  return () => {
    clearTimeout(timer);
    unsubscribe();
  };
}
