import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { fileKind, notRegularFile, tooBig } from './file-kind.ts';
import { maxInputBytes } from './max-input-bytes.ts';

/**
 * Reads a regular file as UTF-8, refusing folders, named pipes, devices and sockets before reading a byte (a FIFO
 * without a writer, /dev/zero or /dev/urandom would otherwise hang or fill memory), and stopping at `limit` bytes
 * even when the file grows while it is read. Rejects with the system error, or with code ENOTREG or EFBIG.
 */
export async function readRegularFile(path: string, limit: number = maxInputBytes): Promise<string> {
  // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer before fstat can refuse it.
  const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const info = await handle.stat();
    const kind = fileKind(info);
    if (kind !== undefined)
      throw notRegularFile(
        kind,
        info.isDirectory() ? undefined : 'send it to standard input and name the file -',
      );
    if (info.size > limit) throw tooBig(limit);
    const chunks: Buffer[] = [];
    let size = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1024 * 1024, limit + 1 - size));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      size += bytesRead;
      if (size > limit) throw tooBig(limit);
      chunks.push(chunk.subarray(0, bytesRead));
    }
    return Buffer.concat(chunks, size).toString('utf8');
  } finally {
    await handle.close();
  }
}
