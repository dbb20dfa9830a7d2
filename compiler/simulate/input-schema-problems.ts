import type { ErrorObject } from 'ajv';

type Schema = {
  description?: string;
  properties?: Record<string, Schema>;
  oneOf?: Schema[];
  const?: unknown;
};

/** `/proposals/0/amount` as people write it: `proposals[0].amount`. */
export function inputPath(pointer: string): string {
  let path = '';
  for (const part of pointer.split('/').slice(1)) {
    const key = part.replaceAll('~1', '/').replaceAll('~0', '~');
    path += /^(0|[1-9][0-9]*)$/.test(key) ? `[${key}]` : path === '' ? key : `.${key}`;
  }
  return path;
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

/**
 * Ajv's errors for an input file (a scenario, a tally input) as one sentence each, naming the field: "turnout must
 * be a number from 0 to 1". The words come from the schema: each field's `description` finishes "must be ...".
 * `what` names the input ("scenario") for unknown fields and the whole input. Ajv must run with `verbose` (for the
 * parent schema). Each distinct sentence once, in ajv's order.
 */
export function inputSchemaProblems(errors: readonly ErrorObject[], what: string): string[] {
  const problems: string[] = [];
  for (const error of errors) {
    // Errors inside propertyNames repeat the propertyNames error itself.
    if ((error as { propertyName?: string }).propertyName !== undefined) continue;
    const path = inputPath(error.instancePath);
    const parent = (error.parentSchema ?? {}) as Schema;
    const params = error.params as Record<string, unknown>;
    const where = path || `the ${what}`;
    let problem: string;
    switch (error.keyword) {
      case 'additionalProperties': {
        const key = String(params.additionalProperty);
        const known = Object.keys(parent.properties ?? {});
        problem = `${path === '' ? `${what}.${key}` : join(path, key)} is not a ${what} field${known.length ? ` (expected ${known.join(', ')})` : ''}`;
        break;
      }
      case 'required': {
        const key = String(params.missingProperty);
        const description = parent.properties?.[key]?.description;
        problem = `${join(path, key)} is required${description ? `: ${description}` : ''}`;
        break;
      }
      case 'propertyNames': {
        const description =
          (parent as { propertyNames?: Schema }).propertyNames?.description ?? 'a valid key';
        problem = `${where} has the key ${JSON.stringify(params.propertyName)}, which must be ${description}`;
        break;
      }
      case 'discriminator': {
        const tag = String(params.tag);
        const values = (parent.oneOf ?? []).map((branch) => String(branch.properties?.[tag]?.const));
        problem = `${join(path, tag)} must be one of ${values.join(', ')}`;
        break;
      }
      default:
        problem = `${where} must be ${parent.description ?? error.message ?? 'something else'}`;
    }
    if (!problems.includes(problem)) problems.push(problem);
  }
  return problems;
}
