import { CharterError } from '../errors/charter-error.ts';

/** The address does not answer as a Governor Charter can read (or its token or timelock as theirs). */
export class GovernorReadError extends CharterError {
  override name = 'GovernorReadError';
  constructor(message: string, cause: unknown) {
    super(message, { cause });
  }
}
