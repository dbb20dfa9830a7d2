import { createStore, delMany, get, getMany, set } from 'idb-keyval';
import type { CharterDocument } from '../../../compiler/index.ts';
import { useModeStore } from '../../app/mode-store.ts';
import { runWhenIdle } from '../../app/run-when-idle.ts';
import { documentKey } from '../../store/document-key.ts';
import { useDocumentStore } from '../../store/document-store.ts';

/** One earlier version of the user's work: the document and when it was recorded (ms since the epoch). */
export interface SavedVersion {
  savedAt: number;
  document: CharterDocument;
}

/** One entry of the index: where a version is stored, when it was recorded and its {@link documentKey}. */
interface IndexEntry {
  id: number;
  savedAt: number;
  key: string;
}

/** How many versions are kept; the oldest goes first. */
export const maxVersions = 20;
/** How long the document must rest before it is recorded, in ms, so a burst of edits is one version. */
const restMs = 2000;
/**
 * Each version is stored under its own key (`version:<id>`) beside a small index, so recording one reads and writes
 * one document, not all twenty: copying twenty 2,000-node documents in and out of IndexedDB held the page for about
 * 100 ms. Earlier Charters kept every version in one array under `versions`; it is moved over on the first record.
 */
const indexKey = 'index';
const legacyKey = 'versions';
let database: ReturnType<typeof createStore> | undefined;

// A database of its own: adding a store to the autosave's `charter` database would need a version upgrade there.
function store() {
  database ??= createStore('charter-review', 'history');
  return database;
}

function isIndex(value: unknown): value is IndexEntry[] {
  return (
    Array.isArray(value) &&
    value.every((entry) => typeof entry?.id === 'number' && typeof entry?.key === 'string')
  );
}

function isVersion(value: unknown): value is SavedVersion {
  return Array.isArray((value as SavedVersion | undefined)?.document?.nodes);
}

/** The index, newest first; the earlier Charters' array moved into it first when there is no index yet. */
async function readIndex(): Promise<IndexEntry[]> {
  const index = await get<unknown>(indexKey, store());
  if (isIndex(index)) return index;
  const legacy = await get<unknown>(legacyKey, store());
  const versions = Array.isArray(legacy) ? legacy.filter(isVersion).slice(0, maxVersions) : [];
  const entries = versions.map((version, i) => ({
    id: versions.length - i,
    savedAt: version.savedAt,
    key: documentKey(version.document),
  }));
  await Promise.all(entries.map((entry, i) => set(`version:${entry.id}`, versions[i]!.document, store())));
  await set(indexKey, entries, store());
  return entries;
}

/** The recorded versions, newest first; none when IndexedDB cannot be read. */
export async function readVersions(): Promise<SavedVersion[]> {
  try {
    const index = await readIndex();
    const documents = await getMany<unknown>(
      index.map((entry) => `version:${entry.id}`),
      store(),
    );
    return index
      .map((entry, i) => ({ savedAt: entry.savedAt, document: documents[i] as CharterDocument }))
      .filter(isVersion);
  } catch {
    return [];
  }
}

async function record(document: CharterDocument): Promise<void> {
  try {
    const index = await readIndex();
    const key = documentKey(document);
    if (index[0]?.key === key) return;
    const id = Math.max(0, ...index.map((entry) => entry.id)) + 1;
    await set(`version:${id}`, document, store());
    const next = [{ id, savedAt: Date.now(), key }, ...index];
    await set(indexKey, next.slice(0, maxVersions), store());
    await delMany(
      next.slice(maxVersions).map((entry) => `version:${entry.id}`),
      store(),
    );
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
  let waiting: (() => void) | undefined;
  const unsubscribe = useDocumentStore.subscribe((state, previous) => {
    if (state.document === previous.document || useModeStore.getState().readOnly) return;
    clearTimeout(timer);
    waiting?.();
    timer = setTimeout(() => {
      // Recorded when the user is not panning or dragging: storing a large document holds the page a moment.
      waiting = runWhenIdle(
        () => {
          if (!useModeStore.getState().readOnly) void record(useDocumentStore.getState().document);
        },
        { maxWaitMs: 60_000 },
      );
    }, restMs);
  });
  return () => {
    clearTimeout(timer);
    waiting?.();
    unsubscribe();
  };
}
