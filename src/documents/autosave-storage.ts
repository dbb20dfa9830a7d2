import { createStore, del, get, keys, set } from 'idb-keyval';
import { type AutosaveRecord, checkAutosaveRecord } from './check-autosave-record.ts';
import type { LoadReason } from './load-reason.ts';

/**
 * The autosave's versions in IndexedDB. Each write goes to a new key (`version:<n>`) and only then moves the `head`
 * pointer to it, so a write that fails (storage full, the tab closed mid-way) leaves the last good copy as it was;
 * the newest {@link keptVersions} are kept. A record that cannot be read is copied aside under `damaged:<its key>`
 * and never written over. The one record of earlier Charters (`current`) is read as the oldest version and never
 * written.
 */
export const keptVersions = 5;

const headKey = 'head';
const legacyKey = 'current';
const versionPattern = /^version:(\d+)$/;
let database: ReturnType<typeof createStore> | undefined;
/** The next version's number; read again from the database whenever this tab starts writing. */
let nextVersion: number | undefined;

function store() {
  database ??= createStore('charter', 'autosave');
  return database;
}

/** A stored record that cannot be opened: where it is, what it holds, and the loader's reason. */
export interface DamagedAutosave {
  key: string;
  stored: unknown;
  reason: LoadReason;
}

/** The newest record that opens, and the newest record if it does not. */
export interface ReadAutosaveResult {
  record: AutosaveRecord | undefined;
  damaged: DamagedAutosave | undefined;
}

/** The versions' numbers, newest first. */
async function versionNumbers(): Promise<number[]> {
  return (await keys(store()))
    .map((key) => versionPattern.exec(String(key)))
    .filter((match) => match !== null)
    .map((match) => Number(match[1]))
    .sort((a, b) => b - a);
}

async function headVersion(): Promise<number | undefined> {
  const head = await get<unknown>(headKey, store());
  const seq = (head as { seq?: unknown } | undefined)?.seq;
  return typeof seq === 'number' && Number.isSafeInteger(seq) && seq > 0 ? seq : undefined;
}

/**
 * Reads the newest version that opens: the head, else older versions, else the earlier Charters' record. When the
 * newest one does not open, it is copied aside (once) and returned as `damaged` with the loader's reason.
 */
export async function readNewestAutosave(): Promise<ReadAutosaveResult> {
  const [numbers, head] = await Promise.all([versionNumbers(), headVersion()]);
  const order = head === undefined ? numbers : [head, ...numbers.filter((n) => n < head)];
  const candidates = [...order.map((n) => `version:${n}`), legacyKey];
  let damaged: DamagedAutosave | undefined;
  for (const key of candidates) {
    const stored = await get<unknown>(key, store());
    if (stored === undefined) continue;
    const checked = checkAutosaveRecord(stored);
    if (checked.ok) return { record: checked.record, damaged };
    const found = { key, stored, reason: checked.reason };
    await keepAside(found);
    damaged ??= found;
  }
  return { record: undefined, damaged };
}

/** Copies a damaged record to `damaged:<key>` unless a copy is there already: a kept copy is never written over. */
async function keepAside(damaged: DamagedAutosave): Promise<void> {
  const asideKey = `damaged:${damaged.key}`;
  try {
    if ((await get(asideKey, store())) !== undefined) return;
    await set(asideKey, { stored: damaged.stored, reason: damaged.reason, keptAt: Date.now() }, store());
  } catch {
    // Storage full: the record itself is still where it was, and versions are never written over.
  }
}

/** Makes the next write start after every version in the database (another tab may have written meanwhile). */
export function forgetNextVersion(): void {
  nextVersion = undefined;
}

/**
 * Writes a record as a new version, then moves the head to it, then drops versions older than the newest
 * {@link keptVersions}. Throws when the browser refuses the write; the last good copy is then untouched.
 */
export async function writeAutosaveVersion(record: AutosaveRecord): Promise<void> {
  if (nextVersion === undefined) {
    const [numbers, head] = await Promise.all([versionNumbers(), headVersion()]);
    nextVersion = Math.max(numbers[0] ?? 0, head ?? 0) + 1;
  }
  const seq = nextVersion;
  await set(`version:${seq}`, record, store());
  await set(headKey, { seq }, store());
  nextVersion = seq + 1;
  try {
    const old = (await versionNumbers()).filter((n) => n <= seq - keptVersions);
    await Promise.all(old.map((n) => del(`version:${n}`, store())));
  } catch {
    // Old versions left behind take room but lose nothing.
  }
}
