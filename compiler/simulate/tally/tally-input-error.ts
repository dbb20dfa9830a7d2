import { CharterError } from '../../errors/charter-error.ts';

/** A field of a `charter tally` input that is missing or wrong; `field` is its path, such as `votes[2].weight`. */
export class TallyInputError extends CharterError {
  override name = 'TallyInputError';
  readonly field: string;

  constructor(field: string, message: string) {
    super(`${field || 'input'}: ${message}`);
    this.field = field;
  }
}
