import { type Address, decodeEventLog, getAddress } from 'viem';
import { type CharterConfig, compile, deploymentPlan, importContracts } from '../../../compiler/index.ts';
import { createdSafe } from './created-safe.ts';
import { differences, type WalletPlan } from './wallet-plan.ts';

interface GovernorUnit {
  vote: string;
  governor: Record<string, unknown>;
  timelockController?: Record<string, unknown>;
  /** Present instead of `timelockController` when the timelock has a grace period (Compound's Timelock). */
  compoundTimelock?: Record<string, unknown>;
  vetoSafe?: Record<string, unknown>;
}

const unitsOf = (config: CharterConfig) =>
  (config.targets.openzeppelin?.parameters.governors ?? []) as GovernorUnit[];
const safesOf = (config: CharterConfig) =>
  (config.targets.safe?.parameters.safes ?? []) as Record<string, unknown>[];
const safeFields = (unit?: Record<string, unknown>) =>
  unit && { owners: unit.owners, threshold: unit.threshold, setupCalldata: unit.setupCalldata };

/**
 * One Governor path as the wallet sends it (the library's deploymentPlan from the account's nonce), read back with
 * the importer and compared, Governor and timelock (TimelockController or Compound's Timelock), with what the drawing
 * compiles to. A veto of k > 1 adds its Safe, created through the canonical SafeProxyFactory with `salt` (so that
 * deploying the same rules again does not collide; under Compound's Timelock, whose cancellers the Governor is
 * created with, the config's salt) and read back too: its owners, threshold and setup against the drawing's.
 */
export function openzeppelinWalletPlan(
  config: CharterConfig,
  vote: string,
  account: Address,
  nonce: number,
  salt?: bigint,
): WalletPlan | undefined {
  const plan = deploymentPlan(config, {
    deployer: account,
    nonce,
    vote,
    ...(salt === undefined ? {} : { saltNonce: salt }),
  });
  if (!plan) return undefined;
  const safe = plan.safe;
  return {
    chainId: plan.chainId,
    steps: plan.steps,
    newToken: plan.newToken,
    mustExist: [
      ...(plan.newToken ? [] : [{ address: plan.token, name: 'token' }]),
      ...(safe === undefined
        ? []
        : [
            { address: safe.factory, name: 'SafeProxyFactory v1.4.1' },
            { address: safe.singleton, name: plan.steps.find((step) => step.id === 'safe')!.contractName },
          ]),
    ],
    createdBy(step, logs) {
      if (safe === undefined || step.kind !== 'create-safe') return undefined;
      return createdSafe(safe.factory, logs);
    },
    async readBack(client) {
      const imported = await importContracts(client, plan.governor);
      if (!imported.ok) return { error: imported.reason.en };
      const compiled = compile(imported.document);
      if (!compiled.ok)
        return { error: compiled.diagnostics[0]?.message ?? 'the rules read back do not compile' };
      const drawn = unitsOf(config).find((unit) => unit.vote === vote);
      const [onChain] = unitsOf(compiled.config);
      // The drawing names its Safe at the config's salt; this deployment's salt put it where the plan says.
      const drawnTimelock = drawn?.timelockController && {
        ...drawn.timelockController,
        ...(safe === undefined
          ? {}
          : {
              cancellers: plan.steps
                .filter((step) => step.kind === 'grant-canceller')
                .map((step) => step.account),
            }),
      };
      const found = [
        ...differences('governor', drawn?.governor, onChain?.governor),
        ...differences('timelockController', drawnTimelock, onChain?.timelockController),
        ...differences('compoundTimelock', drawn?.compoundTimelock, onChain?.compoundTimelock),
      ];
      if (safe !== undefined) {
        const importedSafe = await importContracts(client, safe.address);
        if (!importedSafe.ok) return { error: importedSafe.reason.en };
        const compiledSafe = compile(importedSafe.document);
        if (!compiledSafe.ok)
          return { error: compiledSafe.diagnostics[0]?.message ?? 'the Safe read back does not compile' };
        found.push(
          ...differences(
            'vetoSafe',
            safeFields(drawn?.vetoSafe),
            safeFields(safesOf(compiledSafe.config)[0]),
          ),
        );
      }
      return { differences: found };
    },
  };
}
