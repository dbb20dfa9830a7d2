/** A threshold given as a share of total supply (decimal percent text) or as an amount in base units. */
export type SupplyShare = { percent: string } | { absolute: bigint };
