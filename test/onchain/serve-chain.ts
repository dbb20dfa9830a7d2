// A local JSON-RPC node for tests that talk to a chain the way users do, over HTTP: Hardhat's in-process EDR network
// (automining, base fee 0) behind a small node:http server on 127.0.0.1, with the chain id the test asks for.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ServedChain {
  /** http://127.0.0.1:PORT */
  url: string;
  request(method: string, params?: unknown[]): Promise<unknown>;
  close(): Promise<void>;
}

/**
 * Serves a fresh chain with id `chainId`. An eth_call that reverts answers with a JSON-RPC error carrying the revert
 * data, as Ethereum nodes do (geth, Hardhat's node); with `revertingCalls: false`, EDR answers with the revert data as
 * if it were the call's result, which a contract whose fallback reverts with a custom error (an Aragon DAO's) makes
 * look like a return value.
 */
export async function serveChain(
  chainId: number,
  options: { revertingCalls?: boolean } = {},
): Promise<ServedChain> {
  const { createHardhatRuntimeEnvironment } = await import('hardhat/hre');
  const hre = await createHardhatRuntimeEnvironment({
    networks: {
      served: {
        type: 'edr-simulated',
        chainType: 'l1',
        chainId,
        hardfork: 'cancun',
        initialBaseFeePerGas: 0,
        blockGasLimit: 1_000_000_000,
        throwOnTransactionFailures: false,
        // As a real node does: a reverted eth_call is an error, not its revert data as a result.
        throwOnCallFailures: options.revertingCalls ?? true,
      },
    },
  });
  const connection = (await hre.network.connect({ network: 'served' })) as unknown as {
    provider: { request(args: { method: string; params?: unknown[] }): Promise<unknown> };
    close(): Promise<void>;
  };
  const request = (method: string, params: unknown[] = []) => connection.provider.request({ method, params });
  const answer = async (call: { id?: unknown; method: string; params?: unknown[] }) => {
    try {
      return { jsonrpc: '2.0', id: call.id ?? null, result: await request(call.method, call.params ?? []) };
    } catch (error) {
      const { code, message, data } = error as { code?: number; message: string; data?: unknown };
      return { jsonrpc: '2.0', id: call.id ?? null, error: { code: code ?? -32603, message, data } };
    }
  };
  const server = createServer((incoming, outgoing) => {
    // Browsers ask first (CORS), as they do of any node run with an allowed origin (Hardhat's node allows all).
    outgoing.setHeader('access-control-allow-origin', '*');
    outgoing.setHeader('access-control-allow-headers', 'content-type');
    outgoing.setHeader('access-control-allow-methods', 'POST, OPTIONS');
    if (incoming.method !== 'POST') {
      outgoing.statusCode = incoming.method === 'OPTIONS' ? 204 : 405;
      outgoing.end();
      return;
    }
    let body = '';
    incoming.on('data', (chunk) => {
      body += chunk;
    });
    incoming.on('end', async () => {
      let call: unknown;
      try {
        call = JSON.parse(body);
      } catch {
        outgoing.statusCode = 400;
        outgoing.end();
        return;
      }
      const reply = Array.isArray(call)
        ? await Promise.all(call.map(answer))
        : await answer(call as Parameters<typeof answer>[0]);
      outgoing.setHeader('content-type', 'application/json');
      outgoing.end(
        JSON.stringify(reply, (_key, value) =>
          typeof value === 'bigint' ? `0x${value.toString(16)}` : value,
        ),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    request,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await connection.close();
    },
  };
}
