import type { RouteByTypeParams } from '../../../generated/charter-document.ts';
import type { KindChecks } from '../../checks.ts';

/** Each type a route by type names must be one a proposal node accepts. */
export const routeByTypeChecks: KindChecks<RouteByTypeParams> = {
  namesTypes: (p) =>
    p.routes.map((route, index) => ({
      field: `params.routes.${index}.types`,
      port: route.port,
      types: route.types,
    })),
};
