import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { isAddress } from 'viem';
import schema from '../../rules-schema/charter.schema.json' with { type: 'json' };
import { unixSeconds } from '../units/unix-seconds.ts';

let compiled: ValidateFunction | undefined;

/**
 * The ajv validator of rules-schema/charter.schema.json, compiled on first use. `discriminator` makes ajv report
 * only the errors of the node kind a node names; `verbose` keeps each error's schema, whose titles and units the
 * messages use. `evm-address` checks EIP-55 checksums with viem; `utc-date-time` that a moment's day and time exist.
 */
export function documentSchemaValidator(): ValidateFunction {
  if (!compiled) {
    const ajv = new Ajv2020({
      allErrors: true,
      verbose: true,
      discriminator: true,
      strict: true,
      strictRequired: false,
    });
    ajv.addVocabulary(['x-unit', 'x-ko', 'x-enum-titles']);
    ajv.addFormat('evm-address', {
      type: 'string',
      validate: (value: string) => isAddress(value, { strict: true }),
    });
    ajv.addFormat('utc-date-time', {
      type: 'string',
      validate: (value: string) => unixSeconds(value) !== undefined,
    });
    compiled = ajv.compile(schema);
  }
  return compiled;
}
