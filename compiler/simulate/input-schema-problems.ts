import type { ErrorObject } from 'ajv';

type Schema = {
  description?: string;
  properties?: Record<string, Schema>;
  oneOf?: Schema[];
  const?: unknown;
};

/** How one kind of input words its problems; `path` is never empty (the caller names the whole input). */
export interface InputWords {
  /** What the whole input is called where a path would be ("the scenario", "input"). */
  whole: string;
  /** A field `key` the schema does not have, inside the object at `path` ('' at the top). */
  unknownField(path: string, key: string, known: readonly string[]): string;
  /** A required field left out; `description` is what it must be, when the schema says. */
  missing(path: string, description: string | undefined): string;
  /** A value that is not what `description` says. */
  mustBe(path: string, description: string, value: unknown): string;
}

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
 * Ajv's errors for an input file (a scenario, a tally input) as one sentence each, naming the field, in the words
 * of `words`. What a value must be comes from the schema: each field's `description`. An error inside a branch of
 * oneOf/anyOf that has no description of its own is left to the error of the branching schema, which has one. Ajv
 * must run with `verbose` (for the parent schema). Each distinct sentence once, in ajv's order; never empty.
 */
export function inputSchemaProblems(errors: readonly ErrorObject[], words: InputWords): string[] {
  const problems: string[] = [];
  for (const error of errors) {
    // Errors inside propertyNames repeat the propertyNames error itself.
    if ((error as { propertyName?: string }).propertyName !== undefined) continue;
    const path = inputPath(error.instancePath);
    const parent = (error.parentSchema ?? {}) as Schema;
    const params = error.params as Record<string, unknown>;
    const where = path || words.whole;
    let problem: string | undefined;
    switch (error.keyword) {
      case 'additionalProperties':
        problem = words.unknownField(
          path,
          String(params.additionalProperty),
          Object.keys(parent.properties ?? {}),
        );
        break;
      case 'required': {
        const key = String(params.missingProperty);
        problem = words.missing(join(path, key), parent.properties?.[key]?.description);
        break;
      }
      case 'propertyNames': {
        const description =
          (parent as { propertyNames?: Schema }).propertyNames?.description ?? 'a valid key';
        problem = words.mustBe(
          `${where} key ${JSON.stringify(params.propertyName)}`,
          description,
          params.propertyName,
        );
        break;
      }
      case 'discriminator': {
        const tag = String(params.tag);
        const values = (parent.oneOf ?? []).map((branch) => String(branch.properties?.[tag]?.const));
        problem = words.mustBe(join(path, tag), `one of ${values.join(', ')}`, params.tagValue);
        break;
      }
      default:
        if (parent.description !== undefined) problem = words.mustBe(where, parent.description, error.data);
        else if (!/\/(oneOf|anyOf)\//.test(error.schemaPath))
          problem = words.mustBe(where, error.message ?? 'something else', error.data);
    }
    if (problem !== undefined && !problems.includes(problem)) problems.push(problem);
  }
  if (problems.length === 0) problems.push(words.mustBe(words.whole, 'shaped as documented', undefined));
  return problems;
}
