import { CharterError } from '../../errors/charter-error.ts';

/**
 * A field of a `charter tally` input that is missing or wrong; `field` is its path, such as `votes[2].weight`. The
 * message is English; `korean` says the same in Korean (`charter tally --lang ko`), or is the English where a
 * reader has no Korean words yet.
 */
export class TallyInputError extends CharterError {
  override name = 'TallyInputError';
  readonly field: string;
  readonly korean: string;

  constructor(field: string, message: string, korean?: string) {
    super(`${field || 'input'}: ${message}`);
    this.field = field;
    this.korean = `${field || '입력'}: ${korean ?? message}`;
  }
}
