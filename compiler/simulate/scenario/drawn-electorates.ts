import type { CharterConfig, ConfigElectorate } from '../../generated/charter-config.ts';

/**
 * The electorates whose voters a scenario draws (a weighted electorate reweighs another's voters, so it has no model
 * of its own), in config order.
 */
export function drawnElectorates(config: CharterConfig): ConfigElectorate[] {
  return config.electorates.filter((electorate) => electorate.kind !== 'weighted');
}
