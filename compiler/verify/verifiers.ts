import type { TargetName } from '../nodes/target-name.ts';
import type { Verifier } from './verifier.ts';

/**
 * The verifier of each target, loaded when asked for (each pulls in Hardhat or a target's tools). A target absent
 * here is not verified yet: `charter verify --target NAME` says so and fails, never reporting "0 mismatches" for
 * nothing checked. Registering one is one line.
 */
export const verifiers: Partial<Record<TargetName, () => Promise<Verifier>>> = {
  openzeppelin: () => import('./verify-openzeppelin.ts').then((module) => module.verifyOpenZeppelin),
  // On Aragon OSx's own contracts when their sources are fetched (scripts/fetch-aragon-sources.js), else on the port.
  aragon: async () => {
    const { aragonSourcesFetched } = await import('./aragon/aragon-artifacts.ts');
    if (aragonSourcesFetched())
      return (await import('./aragon/verify-aragon-contracts.ts')).verifyAragonContracts;
    const { verifyAragon } = await import('./aragon/verify-aragon.ts');
    return async (config, options) => verifyAragon(config, options);
  },
  safe: () => import('./safe/verify-safes.ts').then((module) => module.verifySafes),
  snapshot: () =>
    import('./snapshot/verify-snapshot.ts').then(
      (module) => async (config, options) => module.verifySnapshotConfig(config, options),
    ),
  gardens: () =>
    import('./gardens/verify-gardens.ts').then(
      (module) => async (config, options) =>
        module.verifyGardens(config, { scenarios: options.scenarios, seed: options.seed }),
    ),
};

/** What `charter verify` says of a target with no verifier yet: what is not checked. */
export const notVerifiedYet: { [T in TargetName]: string } = {
  openzeppelin:
    "OpenZeppelin's contracts are not verified here yet: no Governor path is replayed, so nothing was checked.",
  aragon:
    "Aragon's contracts are not verified here yet: TokenVoting, AddresslistVoting and Multisig are not installed or voted on, so nothing was checked.",
  safe: "Safe's contracts are not verified here yet: no Safe is created or executed, so nothing was checked.",
  snapshot:
    "Snapshot is not verified here yet: the space is not checked against snapshot.js's schema and no ballot is scored by it, so nothing was checked.",
  gardens:
    "Gardens is not verified here yet: the pool's conviction and threshold functions are not run against the simulator, so nothing was checked.",
};
