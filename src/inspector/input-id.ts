import type { FieldPath } from '../edits/set-node-field.ts';

/** The DOM id of a field's main control: unique per node and path, so labels and tests can name it. */
export function inputId(scope: string, path: FieldPath): string {
  return `inspector-${scope}-${path.join('.')}`.replace(/[^A-Za-z0-9_.:-]/g, '_');
}
