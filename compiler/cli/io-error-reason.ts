/**
 * Why a file could not be read or written, in a few words and on one line: known system codes in words, any
 * other error by the first line of its message (never a stack trace, never a multi-line dump).
 */
export function ioErrorReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'it is a folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENXIO':
      return 'it is a named pipe (FIFO) or device that nobody is reading';
    case 'ENAMETOOLONG':
      return 'the name is too long';
    case 'ENOTDIR':
      return 'a folder in the path is a file';
    case 'ELOOP':
      return 'too many symbolic links';
  }
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n', 1)[0]!.trim() || 'unknown error';
}
