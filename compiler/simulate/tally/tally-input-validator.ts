import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { tallyInputSchemas } from './tally-input-schemas.ts';

const compiled = new Map<string, ValidateFunction>();

/**
 * The ajv validator of one mechanism's input schema ({@link tallyInputSchemas}), compiled on first use, with every
 * error (`allErrors`) and its schema (`verbose`, whose descriptions word the messages). Undefined for a name that
 * is not a mechanism.
 */
export function tallyInputValidator(mechanism: string): ValidateFunction | undefined {
  if (!Object.hasOwn(tallyInputSchemas, mechanism)) return undefined;
  let validate = compiled.get(mechanism);
  if (validate === undefined) {
    const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, strictRequired: false });
    validate = ajv.compile(tallyInputSchemas[mechanism]!);
    compiled.set(mechanism, validate);
  }
  return validate;
}
