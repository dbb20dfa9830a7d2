import type { CharterConfig, ConfigElectorate } from '../../generated/charter-config.ts';

/**
 * The electorates whose voters a scenario draws, in config order: all but those that reweigh another electorate's
 * voters (they name it as their `source`, and have no model of their own).
 */
export function drawnElectorates(config: CharterConfig): ConfigElectorate[] {
  return config.electorates.filter((electorate) => electorate.source === undefined);
}
