import { type Abi, type Address, getAddress } from 'viem';
import { describe, expect, it } from 'vitest';
import type { ContractReader } from '../../compiler/import/contract-reader.ts';
import { readTokenFacts } from '../../compiler/import/read-token-facts.ts';

const at = getAddress('0xc00e94Cb662C3520282E6f5717214004A7f26888');

/** A token that answers the ERC-20 getters and, of the vote getters, only those in `votes`. */
function token(votes: string[]): ContractReader {
  const answers: Record<string, unknown> = {
    name: 'Compound',
    symbol: 'COMP',
    decimals: 18,
    totalSupply: 10n ** 25n,
    ...Object.fromEntries(votes.map((name) => [name, 0n])),
  };
  const read = async <T>(_abi: Abi, _to: Address, functionName: string) => {
    if (!(functionName in answers)) throw new Error(`execution reverted: ${functionName}`);
    return answers[functionName] as T;
  };
  return {
    read,
    optional: async <T>(abi: Abi, to: Address, functionName: string) =>
      functionName in answers ? read<T>(abi, to, functionName) : undefined,
    required: read,
  };
}

describe('readTokenFacts', () => {
  it('tells ERC20Votes (getPastVotes) from a Compound-style token (only getPriorVotes), and refuses neither', async () => {
    expect((await readTokenFacts(token(['getPastVotes', 'getPriorVotes']), at)).votes).toBeUndefined();
    expect(await readTokenFacts(token(['getPriorVotes']), at)).toMatchObject({
      symbol: 'COMP',
      votes: 'comp-votes',
    });
    await expect(readTokenFacts(token([]), at)).rejects.toThrow(
      `The token at ${at} answers neither getPastVotes (ERC20Votes) nor getPriorVotes (Compound-style), so Charter ` +
        'cannot tell how its votes are counted',
    );
  });
});
