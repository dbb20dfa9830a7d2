import type { Stats } from 'node:fs';

/** What a path that is not a regular file is, in words ("a named pipe (FIFO)"), or undefined for a regular file. */
export function fileKind(info: Stats): string | undefined {
  if (info.isFile()) return undefined;
  if (info.isDirectory()) return 'a folder';
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  if (info.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** The error a command reports when a path it reads or writes is not a regular file (code ENOTREG), with a hint. */
export function notRegularFile(kind: string, hint?: string): NodeJS.ErrnoException {
  const message = `it is ${kind}, not a regular file${hint === undefined ? '' : `; ${hint}`}`;
  return Object.assign(new Error(message), { code: 'ENOTREG' });
}

/** The error for input over the cap (code EFBIG). */
export function tooBig(limit: number): NodeJS.ErrnoException {
  return Object.assign(new Error(`it is larger than ${limit / 1024 / 1024} MB`), { code: 'EFBIG' });
}
