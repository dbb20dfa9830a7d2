import { useCallback, useEffect, useRef, useState } from 'react';
import { type Address, createPublicClient, custom, getAddress, type Hex } from 'viem';
import {
  type CharterConfig,
  compile,
  type DeploymentPlan,
  deploymentPlan,
  importGovernor,
} from '../../../compiler/index.ts';
import {
  type DeploymentRecord,
  deploymentKey,
  readDeploymentRecord,
  writeDeploymentRecord,
} from './deployment-record.ts';

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
    | 'no-token'
    | 'rejected'
    | 'failed'
    | 'nonce-moved'
    | 'wallet-error'
    | 'not-saved';
  args?: Record<string, string | number>;
}

/** One field the chain holds differently from the drawing. */
export interface ReadBackDifference {
  field: string;
  drawn: string;
  onChain: string;
}

export interface WalletDeployment {
  account?: Address;
  plan?: DeploymentPlan;
  record?: DeploymentRecord;
  running: boolean;
  problem?: DeploymentProblem;
  /** After the last step: what the contracts read back say, against what was drawn. */
  readBack?: { differences: ReadBackDifference[] } | { error: string };
  connect(): Promise<void>;
  run(): Promise<void>;
  /** Forgets the saved progress and plans again from the account's current nonce. */
  startOver(): Promise<void>;
}

const walletOf = (): Eip1193Provider | undefined => (globalThis as { ethereum?: Eip1193Provider }).ethereum;

const isRejection = (error: unknown) => (error as { code?: number }).code === 4001;
const firstLine = (error: unknown) =>
  String((error as { message?: string }).message ?? error).split('\n', 1)[0]!;

/**
 * Deploying one Governor path from the browser's wallet: connect (the wallet's chain must be the document's), plan
 * from the account's nonce (or resume the saved plan), send each step in order and wait for its receipt, stop at the
 * first refusal or failure and say which, then read the contracts back and compare them with the drawing.
 */
export function useWalletDeployment(config: CharterConfig, vote: string): WalletDeployment {
  const [state, setState] = useState<Omit<WalletDeployment, 'connect' | 'run' | 'startOver'>>({
    running: false,
  });
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);
  const update = useCallback((change: Partial<Omit<WalletDeployment, 'connect' | 'run' | 'startOver'>>) => {
    if (live.current) setState((previous) => ({ ...previous, ...change }));
  }, []);

  const connect = useCallback(
    async (fresh = false) => {
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
        const key = deploymentKey(config.hash, vote, chainId, account);
        if (fresh) localStorage.removeItem(key);
        const saved = readDeploymentRecord(key);
        const nonce =
          saved?.nonce ??
          Number(await wallet.request({ method: 'eth_getTransactionCount', params: [account, 'pending'] }));
        const plan = deploymentPlan(config, { deployer: account, nonce, vote })!;
        if (!plan.newToken) {
          const code = (await wallet.request({
            method: 'eth_getCode',
            params: [plan.token, 'latest'],
          })) as Hex;
          if (!code || code === '0x')
            return update({
              account,
              plan,
              problem: { code: 'no-token', args: { token: plan.token, chain: chainId } },
            });
        }
        update({ account, plan, record: saved ?? { nonce, steps: {} }, problem: undefined });
      } catch (error) {
        update({
          problem: {
            code: isRejection(error) ? 'no-account' : 'wallet-error',
            args: { detail: firstLine(error) },
          },
        });
      }
    },
    [config, vote, update],
  );

  const run = useCallback(async () => {
    const wallet = walletOf();
    const { plan, account } = state;
    if (!wallet || !plan || !account) return;
    const key = deploymentKey(config.hash, vote, plan.chainId, account);
    const record: DeploymentRecord = structuredClone(
      state.record ?? { nonce: plan.steps[0]!.nonce, steps: {} },
    );
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
          const pending = Number(
            await wallet.request({ method: 'eth_getTransactionCount', params: [account, 'pending'] }),
          );
          if (pending !== step.nonce)
            return update({
              problem: { code: 'nonce-moved', args: { step: number, expected: step.nonce, actual: pending } },
            });
          try {
            hash = (await wallet.request({
              method: 'eth_sendTransaction',
              params: [
                {
                  from: account,
                  ...(step.to ? { to: step.to } : {}),
                  data: step.data,
                  nonce: `0x${step.nonce.toString(16)}`,
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
        const gasUsed = BigInt(receipt.gasUsed).toString();
        const ok = receipt.status === '0x1';
        record.steps[step.id] = { status: ok ? 'confirmed' : 'failed', hash, gasUsed };
        save();
        if (!ok)
          return update({ problem: { code: 'failed', args: { step: number, contract: step.contractName } } });
      }
      update({ readBack: await readBack(wallet, plan, config) });
    } catch (error) {
      update({ problem: { code: 'wallet-error', args: { detail: firstLine(error) } } });
    } finally {
      update({ running: false });
    }
  }, [state, config, vote, update]);

  return { ...state, connect: () => connect(), run, startOver: () => connect(true) };
}

/** Polls the wallet for a receipt once a second until there is one (or the panel closes: then undefined). */
async function waitForReceipt(
  wallet: Eip1193Provider,
  hash: Hex,
  alive: () => boolean,
): Promise<{ status: Hex; gasUsed: Hex } | undefined> {
  while (alive()) {
    const receipt = (await wallet.request({ method: 'eth_getTransactionReceipt', params: [hash] })) as {
      status: Hex;
      gasUsed: Hex;
    } | null;
    if (receipt) return receipt;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  return undefined;
}

/**
 * Reads the deployed Governor back through the wallet (as `charter import` would) and compares the Governor and
 * TimelockController it compiles to with those of the drawing, field by field.
 */
async function readBack(
  wallet: Eip1193Provider,
  plan: DeploymentPlan,
  config: CharterConfig,
): Promise<{ differences: ReadBackDifference[] } | { error: string }> {
  const client = createPublicClient({ transport: custom(wallet) });
  const imported = await importGovernor(client, plan.governor);
  if (!imported.ok) return { error: imported.reason.en };
  const compiled = compile(imported.document);
  if (!compiled.ok)
    return { error: compiled.diagnostics[0]?.message ?? 'the read-back rules do not compile' };
  const unitOf = (from: CharterConfig, vote?: string) =>
    (
      from.targets.openzeppelin?.parameters.governors as
        | { vote: string; governor: Record<string, unknown>; timelockController: Record<string, unknown> }[]
        | undefined
    )?.find((unit) => vote === undefined || unit.vote === vote);
  const drawn = unitOf(config, plan.vote);
  const onChain = unitOf(compiled.config);
  const differences: ReadBackDifference[] = [];
  for (const part of ['governor', 'timelockController'] as const)
    for (const field of new Set([
      ...Object.keys(drawn?.[part] ?? {}),
      ...Object.keys(onChain?.[part] ?? {}),
    ])) {
      const a = JSON.stringify(drawn?.[part]?.[field] ?? null);
      const b = JSON.stringify(onChain?.[part]?.[field] ?? null);
      if (a !== b) differences.push({ field: `${part}.${field}`, drawn: a, onChain: b });
    }
  return { differences };
}
