import type { Address } from 'viem';
import { type CharterConfig, compile, deploymentPlan, importContracts } from '../../../compiler/index.ts';
import { differences, type WalletPlan } from './wallet-plan.ts';

interface GovernorUnit {
  vote: string;
  governor: Record<string, unknown>;
  timelockController?: Record<string, unknown>;
  /** Present instead of `timelockController` when the timelock has a grace period (Compound's Timelock). */
  compoundTimelock?: Record<string, unknown>;
}

const unitsOf = (config: CharterConfig) =>
  (config.targets.openzeppelin?.parameters.governors ?? []) as GovernorUnit[];

/**
 * One Governor path as the wallet sends it (the library's deploymentPlan from the account's nonce), read back with
 * the importer and compared, Governor and timelock (TimelockController or Compound's Timelock), with what the drawing
 * compiles to.
 */
export function openzeppelinWalletPlan(
  config: CharterConfig,
  vote: string,
  account: Address,
  nonce: number,
): WalletPlan | undefined {
  const plan = deploymentPlan(config, { deployer: account, nonce, vote });
  if (!plan) return undefined;
  return {
    chainId: plan.chainId,
    steps: plan.steps,
    newToken: plan.newToken,
    mustExist: plan.newToken ? [] : [{ address: plan.token, name: 'token' }],
    async readBack(client) {
      const imported = await importContracts(client, plan.governor);
      if (!imported.ok) return { error: imported.reason.en };
      const compiled = compile(imported.document);
      if (!compiled.ok)
        return { error: compiled.diagnostics[0]?.message ?? 'the rules read back do not compile' };
      const drawn = unitsOf(config).find((unit) => unit.vote === vote);
      const [onChain] = unitsOf(compiled.config);
      return {
        differences: [
          ...differences('governor', drawn?.governor, onChain?.governor),
          ...differences('timelockController', drawn?.timelockController, onChain?.timelockController),
          ...differences('compoundTimelock', drawn?.compoundTimelock, onChain?.compoundTimelock),
        ],
      };
    },
  };
}
