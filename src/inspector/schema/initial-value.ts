import { type FieldSchema, subschema } from './field-schema.ts';
import { widgetFor } from './widget-for.ts';

/**
 * The value a new list row starts with: the schema's default, else something valid where one can be made up
 * (an unused id such as "band-2", named after the row's title unless `idBase` says otherwise, "0", the lowest number, the first choice), with an object's required
 * properties filled the same way. An address cannot be made up: it is left out for the founder to type.
 */
export function initialValue(
  schema: FieldSchema,
  taken: ReadonlySet<string> = new Set(),
  idBase?: string,
): unknown {
  if (schema.default !== undefined) return structuredClone(schema.default);
  switch (widgetFor(schema)) {
    case 'id': {
      const base = idBase ?? slug(typeof schema.title === 'string' ? schema.title : 'item');
      let n = 1;
      while (taken.has(`${base}-${n}`)) n += 1;
      return `${base}-${n}`;
    }
    case 'percent':
    case 'amount':
      return '0';
    case 'count':
    case 'duration':
    case 'number':
      return typeof schema.minimum === 'number' ? schema.minimum : 0;
    case 'choice':
      return (schema.enum as string[])[0];
    case 'flag':
      return false;
    case 'text':
      return '';
    case 'list':
    case 'address-list':
      return [];
    case 'object': {
      const properties = subschema(schema, 'properties') ?? {};
      const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
      const value: Record<string, unknown> = {};
      for (const key of required) {
        const property = subschema(properties, key);
        if (!property || widgetFor(property) === 'address') continue;
        const start = initialValue(
          property,
          taken,
          slug(typeof schema.title === 'string' ? schema.title : 'item'),
        );
        if (start !== undefined) value[key] = start;
      }
      return value;
    }
    default:
      return undefined;
  }
}

function slug(title: string): string {
  return (
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'item'
  );
}
