import { type Address, decodeEventLog, getAddress } from 'viem';
import { type CharterConfig, compile, importContracts, safeDeploymentPlan } from '../../../compiler/index.ts';
import { createdSafe } from './created-safe.ts';
import { differences, type WalletPlan } from './wallet-plan.ts';

const safesOf = (config: CharterConfig) =>
  (config.targets.safe?.parameters.safes ?? []) as ({ decision: string } & Record<string, unknown>)[];

/**
 * One multisig's Safe as the wallet creates it: a call to the canonical SafeProxyFactory with the target's setup. The
 * new Safe's address comes from the factory's ProxyCreation event; it is then read back with the importer and its
 * owners, threshold and setup compared with the drawing's.
 */
export function safeWalletPlan(
  config: CharterConfig,
  decision: string,
  salt: bigint,
): WalletPlan | undefined {
  const plan = safeDeploymentPlan(config, { decision, saltNonce: salt });
  if (!plan) return undefined;
  return {
    chainId: plan.chainId,
    steps: [
      {
        id: 'safe',
        kind: 'create-safe',
        contractName: `${plan.singletonName} v1.4.1`,
        address: plan.factory,
        to: plan.factory,
        data: plan.data,
      },
    ],
    mustExist: [
      { address: plan.factory, name: 'SafeProxyFactory v1.4.1' },
      { address: plan.singleton, name: `${plan.singletonName} v1.4.1` },
    ],
    createdBy(_step, logs) {
      return createdSafe(plan.factory, logs);
    },
    async readBack(client, created) {
      const safe = created.safe;
      if (!safe) return { error: 'the factory reported no new Safe' };
      const imported = await importContracts(client, safe);
      if (!imported.ok) return { error: imported.reason.en };
      const compiled = compile(imported.document);
      if (!compiled.ok)
        return { error: compiled.diagnostics[0]?.message ?? 'the rules read back do not compile' };
      const drawn = safesOf(config).find((unit) => unit.decision === decision);
      const [onChain] = safesOf(compiled.config);
      const pick = (unit?: Record<string, unknown>) =>
        unit && { owners: unit.owners, threshold: unit.threshold, setupCalldata: unit.setupCalldata };
      return { differences: differences('safe', pick(drawn), pick(onChain)) };
    },
  };
}
