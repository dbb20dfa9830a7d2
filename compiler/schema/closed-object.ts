import type { JsonSchema } from '../nodes/node-kind.ts';

/**
 * The schema of an object with exactly these `properties`, `required` of them, and no others: the keywords in the
 * order the published schemas write them. Each call gives a new object (schema tools may annotate what they read).
 */
export function closedObject(
  required: readonly string[],
  properties: Record<string, JsonSchema>,
  description?: string,
): JsonSchema {
  return {
    type: 'object',
    ...(description === undefined ? {} : { description }),
    additionalProperties: false,
    required: [...required],
    properties,
  };
}
