import { type CharterConfig, getNodeKind } from '../../../compiler/index.ts';

/** What a proposal type's route makes of a sample proposal. */
export interface RouteTraits {
  /** The asset a router on the route counts amounts in, when there is one (so the amount matters). */
  asset?: { symbol: string; decimals: number };
  /** Whether a decision on the route chooses among options or splits a budget (so options matter). */
  options: boolean;
}

/** The traits of `type`'s route in `config` (no asset and no options for a type with no route). */
export function routeTraits(config: CharterConfig, type: string): RouteTraits {
  const route = config.routes.find((candidate) => candidate.proposalType === type);
  const traits: RouteTraits = { options: false };
  if (route === undefined) return traits;
  const concave = new Set(config.bodies.filter((b) => b.mechanism === 'concave').map((b) => b.id));
  for (const step of route.steps) {
    if (concave.has(step.node)) traits.options = true;
    const asset = step.rule?.asset as { symbol?: string; decimals?: number } | undefined;
    const routes = getNodeKind(step.kind)?.flow.role === 'route';
    if (routes && traits.asset === undefined && typeof asset?.decimals === 'number')
      traits.asset = { symbol: asset.symbol ?? '', decimals: asset.decimals };
  }
  return traits;
}
