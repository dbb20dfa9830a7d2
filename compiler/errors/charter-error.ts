import type { Said } from '../diagnostics/say.ts';

/** Parameters of {@link CharterError}. */
export interface CharterErrorParameters {
  /** Further lines that explain the error. */
  details?: string[];
  /** The error that caused this one. */
  cause?: unknown;
  /** The first line as a message template and its arguments, for a user in another language. */
  said?: Said;
}

/**
 * The one base class for exceptions in Charter. Exceptions are for programmer errors and I/O only: every
 * mistake a user can make in a document comes back as a {@link Diagnostic} instead.
 */
export class CharterError extends Error {
  override name = 'CharterError';
  /** The first line of the message, without details. */
  readonly shortMessage: string;
  readonly details: string[];
  /** The first line as data, when it has a template: shown in the interface's language. */
  readonly said: Said | undefined;

  constructor(shortMessage: string, parameters: CharterErrorParameters = {}) {
    const details = parameters.details ?? [];
    super([shortMessage, ...details].join('\n'), { cause: parameters.cause });
    this.shortMessage = shortMessage;
    this.details = details;
    this.said = parameters.said;
  }
}
