import type { Address } from 'viem';

/** Where Aragon deployed a PluginSetupProcessor on a chain, and the block it was deployed in (no install is older). */
export interface KnownPluginSetupProcessor {
  address: Address;
  deployedAt: bigint;
}

/**
 * Aragon OSx's PluginSetupProcessor on each chain Aragon deploys to, by chain id, from Aragon's own deployment
 * records: aragon/osx-commons, configs/src/deployments/json/<network>.json (commit 6627101992f2d41db2be7eee1696eb3fa81eed02),
 * entry `PluginSetupProcessor` of every version listed there (v1.0.0, v1.3.0, v1.4.0; one address per chain except
 * Base Sepolia, where v1.3.0 and v1.4.0 have their own), with chain ids from configs/src/networks/networks.ts.
 * Retired testnets (Goerli, Mumbai, Base Goerli) are left out. On any other chain the user names it (`--psp`).
 */
export const knownPluginSetupProcessors: Readonly<Record<number, readonly KnownPluginSetupProcessor[]>> = {
  1: [{ address: '0xE978942c691e43f65c1B7c7F8f1dc8cDF061B13f', deployedAt: 16721862n }],
  10: [{ address: '0x2379Dc18B4A939a2B76F5c79f58aa49193DA56C2', deployedAt: 135600981n }],
  56: [{ address: '0xddCc39a2a0047Eb47EdF94180452cbaB14d426EF', deployedAt: 47580073n }],
  97: [{ address: '0x5dA356d7945B1A81F61a748ed85448c7cFB9d712', deployedAt: 49173666n }],
  137: [{ address: '0x879D9dfe3F36d7684BeC1a2bB4Aa8E8871A7245B', deployedAt: 40830341n }],
  300: [{ address: '0xe2Ef39f1be2269644cBfa9b70003A143bF1fdf4d', deployedAt: 2441215n }],
  324: [{ address: '0x8E3e98ECF5CdBF2bEcCD91d3BA580D472df5A0cB', deployedAt: 37460792n }],
  3338: [{ address: '0x08633901DdF9cD8e2DC3a073594d0A7DaD6f3f57', deployedAt: 4032431n }],
  8453: [{ address: '0x91a851E9Ed7F2c6d41b15F76e4a88f5A37067cC9', deployedAt: 2094737n }],
  9990: [{ address: '0xc7A9951D9229445D7Eb00450aeb7D08BC2f5a73c', deployedAt: 0n }],
  17000: [{ address: '0xCe0B4124dea6105bfB85fB4461c4D39f360E9ef3', deployedAt: 1842643n }],
  34443: [{ address: '0x308a1DC5020c4B5d992F5543a7236c465997fecB', deployedAt: 13626979n }],
  42161: [{ address: '0x308a1DC5020c4B5d992F5543a7236c465997fecB', deployedAt: 145462184n }],
  42220: [{ address: '0x7B3AE6671F50Ab8B428664550dA754054106ff3C', deployedAt: 32905911n }],
  43113: [{ address: '0xf8331adc10021caC53349Fd2Aa5B83E9d5EF68F6', deployedAt: 40859690n }],
  43114: [{ address: '0x95902780BD390A32f2E1EDf02623F8e636CEE518', deployedAt: 63340982n }],
  59141: [{ address: '0x74a4b164008381637927282EAd471E73e6853Cac', deployedAt: 6435245n }],
  59144: [{ address: '0x8d6726Fe85Caa585d88FD8342ebEEE88d703E754', deployedAt: 12678770n }],
  84532: [
    { address: '0xC24188a73dc09aA7C721f96Ad8857B469C01dC9f', deployedAt: 3654401n },
    { address: '0xd97D409Ca645b108468c26d8506f3a4Bf9D0BE81', deployedAt: 26674094n },
  ],
  421614: [{ address: '0xC24188a73dc09aA7C721f96Ad8857B469C01dC9f', deployedAt: 2827173n }],
  11155111: [{ address: '0xC24188a73dc09aA7C721f96Ad8857B469C01dC9f', deployedAt: 4421516n }],
  21000000: [{ address: '0x63054EbE143cFaa5e463256462a6FC56C6fc56d4', deployedAt: 562238n }],
};
