import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { fileKind, notRegularFile } from './file-kind.ts';

/**
 * Writes UTF-8 text to a regular file, creating it if need be. Refuses an existing folder, named pipe, device or
 * socket (a FIFO nobody reads would block the write forever). Rejects with the system error or code ENOTREG.
 */
export async function writeRegularFile(path: string, text: string): Promise<void> {
  const before = await stat(path).catch(() => undefined);
  const kind = before && fileKind(before);
  if (kind !== undefined) throw notRegularFile(kind);
  // O_NONBLOCK: should a FIFO appear at the path in between, opening it fails (ENXIO) instead of waiting.
  const handle = await open(
    path,
    constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | (constants.O_NONBLOCK ?? 0),
    0o666,
  );
  try {
    const after = fileKind(await handle.stat());
    if (after !== undefined) throw notRegularFile(after);
    await handle.writeFile(text, 'utf8');
  } finally {
    await handle.close();
  }
}
