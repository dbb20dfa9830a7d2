import { type FieldSchema, subschema } from './field-schema.ts';
import { widgetFor } from './widget-for.ts';

const nodeFields = new Set(['id', 'label', 'description']);

/**
 * The dotted path of the field in the inspector that shows a diagnostic about `field` of a node: the field
 * itself, or the widget holding it (`params.quorum.percent` is shown by the quorum widget, `params.signers.3`
 * by the address list). Undefined when no field shows it (the kind, the position, a parameter the kind lacks):
 * the inspector lists those at the top.
 */
export function fieldOwner(field: string, paramsSchema: FieldSchema | undefined): string | undefined {
  const segments = field.split('.');
  if (segments.length === 1 && nodeFields.has(field)) return field;
  if (segments[0] !== 'params' || segments.length < 2 || !paramsSchema) return undefined;
  let schema: FieldSchema = paramsSchema;
  const path = ['params'];
  for (const segment of segments.slice(1)) {
    const widget = path.length === 1 ? 'object' : widgetFor(schema);
    let next: FieldSchema | undefined;
    if (widget === 'object') next = subschema(subschema(schema, 'properties') ?? {}, segment);
    else if (widget === 'list' && /^\d+$/.test(segment)) next = subschema(schema, 'items');
    else return path.length === 1 ? undefined : path.join('.');
    if (!next) return path.length === 1 ? undefined : path.join('.');
    schema = next;
    path.push(segment);
  }
  return path.join('.');
}
