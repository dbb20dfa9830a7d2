// snapshot.js's own `validateSchema` on its own space schema (src/schemas/space.json of the installed
// @snapshot-labs/snapshot.js), loaded with the Ajv it pins: see compiler/verify/snapshot/snapshot-js.ts for why the
// plain import throws.
import { snapshotJs } from '../../../compiler/verify/snapshot/snapshot-js.ts';

/** Validates space settings with snapshot.js's `validateSchema`; returns true, or its errors. */
export function validateSpace(space: unknown): true | unknown[] {
  const snapshot = snapshotJs();
  return snapshot.utils.validateSchema(snapshot.schemas.space, space);
}
