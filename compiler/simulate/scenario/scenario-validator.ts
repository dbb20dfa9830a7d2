import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { scenarioSchema } from './scenario-schema.ts';

let compiled: ValidateFunction | undefined;

/**
 * The ajv validator of {@link scenarioSchema}, compiled on first use: every error (`allErrors`), each with its
 * schema (`verbose`, whose descriptions word the messages); `discriminator` reports only the errors of the
 * distribution a model names.
 */
export function scenarioValidator(): ValidateFunction {
  compiled ??= new Ajv2020({
    allErrors: true,
    verbose: true,
    discriminator: true,
    strict: true,
    strictRequired: false,
  }).compile(scenarioSchema);
  return compiled;
}
