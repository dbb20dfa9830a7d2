import { failureRoles } from '../nodes/node-kind.ts';

/**
 * The exits by which a decision says no. Kept only for the linter's import (compiler/lint owns that file); read
 * `failureRoles` from compiler/nodes/node-kind.ts instead. The walk that lived here is gone: targets build their
 * units over the path analysis (target-units.ts).
 *
 * @deprecated Use `failureRoles`.
 */
export const failureExits: ReadonlySet<string> = failureRoles;
