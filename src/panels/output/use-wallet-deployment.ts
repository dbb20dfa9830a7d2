import { useCallback, useEffect, useRef, useState } from 'react';
import { type Address, createPublicClient, custom, getAddress, type Hex } from 'viem';
import type { CharterConfig } from '../../../compiler/index.ts';
import {
  type DeploymentRecord,
  deploymentKey,
  readDeploymentRecord,
  writeDeploymentRecord,
} from './deployment-record.ts';
import { openzeppelinWalletPlan } from './openzeppelin-wallet-plan.ts';
import { safeWalletPlan } from './safe-wallet-plan.ts';
import type { Created, ReadBack, WalletPlan } from './wallet-plan.ts';

/** An injected EIP-1193 provider (a browser wallet). */
export interface Eip1193Provider {
  request(args: { method: string; params?: unknown[] }): Promise<unknown>;
}

/** Why a deployment stopped or could not start: a key under `output.wallet.problems`, with its arguments. */
export interface DeploymentProblem {
  code:
    | 'no-wallet'
    | 'no-account'
    | 'wrong-chain'
    | 'missing-contract'
    | 'rejected'
    | 'failed'
    | 'nonce-moved'
    | 'wallet-error'
    | 'not-saved';
  args?: Record<string, string | number>;
}

/** The targets a wallet can deploy, and how each plans: from the account's nonce, or from a saved salt. */
const planners = {
  openzeppelin: (config: CharterConfig, unit: string, account: Address, record: DeploymentRecord) =>
    openzeppelinWalletPlan(
      config,
      unit,
      account,
      record.nonce,
      record.salt === undefined ? undefined : BigInt(record.salt),
    ),
  safe: (config: CharterConfig, unit: string, _account: Address, record: DeploymentRecord) =>
    safeWalletPlan(config, unit, BigInt(record.salt ?? record.nonce)),
};
export type WalletTarget = keyof typeof planners;

export interface WalletDeployment {
  account?: Address;
  plan?: WalletPlan;
  record?: DeploymentRecord;
  running: boolean;
  problem?: DeploymentProblem;
  /** After the last step: what the contracts read back say, against what was drawn. */
  readBack?: ReadBack;
  connect(): Promise<void>;
  run(): Promise<void>;
  /** Forgets the saved progress and plans again from the account's current nonce. */
  startOver(): Promise<void>;
}

type State = Omit<WalletDeployment, 'connect' | 'run' | 'startOver'>;

const walletOf = (): Eip1193Provider | undefined => (globalThis as { ethereum?: Eip1193Provider }).ethereum;
const isRejection = (error: unknown) => (error as { code?: number }).code === 4001;
const firstLine = (error: unknown) =>
  String((error as { message?: string }).message ?? error).split('\n', 1)[0]!;

/**
 * Deploying one unit of a target (a Governor path, a Safe) from the browser's wallet: connect (the wallet's chain must
 * be the document's, and what the plan builds on must exist there), plan (or resume the saved plan), send each step in
 * order and wait for its receipt, stop at the first refusal or failure and say which, then read the contracts back and
 * compare them with the drawing.
 */
export function useWalletDeployment(
  config: CharterConfig,
  target: WalletTarget,
  unit: string,
): WalletDeployment {
  const [state, setState] = useState<State>({ running: false });
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);
  const update = useCallback((change: Partial<State>) => {
    if (live.current) setState((previous) => ({ ...previous, ...change }));
  }, []);

  const connect = useCallback(
    async (fresh: boolean) => {
      const wallet = walletOf();
      if (!wallet) return update({ problem: { code: 'no-wallet' } });
      try {
        const accounts = (await wallet.request({ method: 'eth_requestAccounts' })) as string[];
        if (!accounts?.[0]) return update({ problem: { code: 'no-account' } });
        const account = getAddress(accounts[0]);
        const chainId = Number(await wallet.request({ method: 'eth_chainId' }));
        if (chainId !== config.chain.chainId)
          return update({
            account,
            problem: { code: 'wrong-chain', args: { wallet: chainId, document: config.chain.chainId } },
          });
        const key = deploymentKey(`${target}:${config.hash}`, unit, chainId, account);
        if (fresh) localStorage.removeItem(key);
        const record = readDeploymentRecord(key) ?? {
          nonce: Number(
            await wallet.request({ method: 'eth_getTransactionCount', params: [account, 'pending'] }),
          ),
          salt: String(Date.now()),
          steps: {},
        };
        const plan = planners[target](config, unit, account, record);
        // The panel is shown only for a unit the config has; if it is gone, say so rather than do nothing.
        if (!plan)
          return update({
            problem: {
              code: 'wallet-error',
              args: { detail: `no ${target} unit "${unit}" in the compiled rules` },
            },
          });
        for (const needed of plan.mustExist) {
          const code = (await wallet.request({
            method: 'eth_getCode',
            params: [needed.address, 'latest'],
          })) as Hex;
          if (!code || code === '0x')
            return update({
              account,
              plan,
              problem: {
                code: 'missing-contract',
                args: { name: needed.name, address: needed.address, chain: chainId },
              },
            });
        }
        update({ account, plan, record, problem: undefined });
      } catch (error) {
        update({
          problem: {
            code: isRejection(error) ? 'no-account' : 'wallet-error',
            args: { detail: firstLine(error) },
          },
        });
      }
    },
    [config, target, unit, update],
  );

  const run = useCallback(async () => {
    const wallet = walletOf();
    const { plan, account } = state;
    if (!wallet || !plan || !account || !state.record) return;
    const key = deploymentKey(`${target}:${config.hash}`, unit, plan.chainId, account);
    const record: DeploymentRecord = structuredClone(state.record);
    const save = () => {
      const saved = writeDeploymentRecord(key, record);
      update({ record: structuredClone(record), ...(saved ? {} : { problem: { code: 'not-saved' } }) });
    };
    update({ running: true, problem: undefined, readBack: undefined });
    try {
      for (const [index, step] of plan.steps.entries()) {
        const done = record.steps[step.id];
        if (done?.status === 'confirmed') continue;
        const number = index + 1;
        let hash = done?.status === 'sent' ? done.hash : undefined;
        if (!hash) {
          if (step.nonce !== undefined) {
            const pending = Number(
              await wallet.request({ method: 'eth_getTransactionCount', params: [account, 'pending'] }),
            );
            if (pending !== step.nonce)
              return update({
                problem: {
                  code: 'nonce-moved',
                  args: { step: number, expected: step.nonce, actual: pending },
                },
              });
          }
          try {
            hash = (await wallet.request({
              method: 'eth_sendTransaction',
              params: [
                {
                  from: account,
                  ...(step.to ? { to: step.to } : {}),
                  data: step.data,
                  ...(step.nonce === undefined ? {} : { nonce: `0x${step.nonce.toString(16)}` }),
                },
              ],
            })) as Hex;
          } catch (error) {
            if (isRejection(error))
              return update({
                problem: { code: 'rejected', args: { step: number, contract: step.contractName } },
              });
            throw error;
          }
          record.steps[step.id] = { status: 'sent', hash };
          save();
        }
        const receipt = await waitForReceipt(wallet, hash, () => live.current);
        if (!receipt) return;
        const ok = receipt.status === '0x1';
        const created = ok ? plan.createdBy?.(step, receipt.logs) : undefined;
        record.steps[step.id] = {
          status: ok ? 'confirmed' : 'failed',
          hash,
          gasUsed: BigInt(receipt.gasUsed).toString(),
          ...(created ? { created } : {}),
        };
        save();
        if (!ok)
          return update({ problem: { code: 'failed', args: { step: number, contract: step.contractName } } });
      }
      const created: Created = Object.fromEntries(
        Object.entries(record.steps).map(([id, step]) => [id, step.created]),
      );
      const client = createPublicClient({ transport: custom(wallet) });
      update({ readBack: await plan.readBack(client, created) });
    } catch (error) {
      update({ problem: { code: 'wallet-error', args: { detail: firstLine(error) } } });
    } finally {
      update({ running: false });
    }
  }, [state, config, target, unit, update]);

  return { ...state, connect: () => connect(false), run, startOver: () => connect(true) };
}

interface Receipt {
  status: Hex;
  gasUsed: Hex;
  logs: { address: Address; topics: Hex[]; data: Hex }[];
}

/** Polls the wallet for a receipt once a second until there is one (or the panel closes: then undefined). */
async function waitForReceipt(
  wallet: Eip1193Provider,
  hash: Hex,
  alive: () => boolean,
): Promise<Receipt | undefined> {
  while (alive()) {
    const receipt = (await wallet.request({
      method: 'eth_getTransactionReceipt',
      params: [hash],
    })) as Receipt | null;
    if (receipt) return receipt;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  return undefined;
}
