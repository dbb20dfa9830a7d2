import { getAddress, isAddress } from 'viem';
import { koreanParticle } from '../format/korean-particle.ts';
import type { CharterNode } from '../generated/charter-document.ts';
import type { ImportNote } from './import-note.ts';
import { isJsonObject, type JsonObject, own } from './json-object.ts';
import { listNames } from './list-names.ts';
import { malformedSpace } from './malformed-space.ts';

/** An electorate read back from a space's strategies and vote validation. */
export type ElectorateReading =
  | { ok: true; node: CharterNode; perPerson: boolean; passport: boolean; notes: ImportNote[] }
  | { ok: false; reason: ImportNote };

/** What the importer was told beside the file: a token's or collection's total supply, which no space states. */
export interface SnapshotImportOptions {
  /** Total supply in whole tokens (decimal text), or the collection's number of NFTs. */
  supply?: string;
}

const refuse = (code: string, en: string, ko: string): ElectorateReading => ({
  ok: false,
  reason: { code, en, ko },
});

/**
 * The electorate node a space's one strategy and its vote validation describe: the exact inverse of how the Snapshot
 * target writes electorates (compiler/nodes/kinds/{token-holders,nft-holders,members}/snapshot-reading.ts):
 * `erc20-votes` → token holders with delegation (decimals 0 may as well be an ERC721Votes collection, which Snapshot
 * reads the same way: said in a note), `comp-like-votes` → token holders with Compound-style votes (COMP, UNI),
 * `erc20-balance-of` → token holders without delegation, `erc721` → NFT holders,
 * `whitelist` → a list of members, `ticket` with the `passport-gated` vote validation → members proven by Gitcoin
 * Passport. A total supply, which no space states, comes from `options.supply` or refuses the import.
 */
export function snapshotElectorateNode(
  space: JsonObject,
  network: string,
  options: SnapshotImportOptions,
  at: { strategies: string; id: string; y: number } = { strategies: 'strategies', id: '', y: -200 },
): ElectorateReading {
  const result = readElectorate(space, network, options, at.strategies);
  if (!result.ok) return result;
  const strategy = (own(space, 'strategies') as JsonObject[])[0]!;
  const name = own(strategy, 'name') as string;
  const params = (own(strategy, 'params') ?? {}) as JsonObject;
  const extra = Object.keys(params).filter((key) => !knownParams[name]?.includes(key));
  const notes = extra.length === 0 ? result.notes : [...result.notes, extraParams(name, extra)];
  if (at.id === '') return { ...result, notes };
  return { ...result, notes, node: { ...result.node, id: at.id, position: { x: 0, y: at.y } } };
}

/** The reading of a token's voting power each ERC-20 strategy stands for. */
const standards = {
  'erc20-votes': 'erc20-votes',
  'comp-like-votes': 'comp-votes',
  'erc20-balance-of': 'erc20-balance',
} as const;

/** The parameters of each strategy that the drawing holds (those the Snapshot target writes). */
const knownParams: Record<string, readonly string[]> = {
  'erc20-votes': ['address', 'symbol', 'decimals'],
  'erc20-balance-of': ['address', 'symbol', 'decimals'],
  'comp-like-votes': ['address', 'symbol', 'decimals'],
  erc721: ['address', 'symbol'],
  whitelist: ['addresses', 'symbol'],
  ticket: ['symbol'],
};

const extraParams = (name: string, keys: string[]): ImportNote => ({
  code: 'snapshot-strategy-params',
  en: `The ${name} strategy also sets ${listNames(keys.map((key) => `"${key}"`))}, which the drawing does not hold; compiling it again leaves them out.`,
  ko: `${name} 전략은 ${listNames(keys.map((key) => `"${key}"`))}도 설정하는데, 그림에는 담기지 않으며 다시 컴파일하면 빠집니다.`,
});

function readElectorate(
  space: JsonObject,
  network: string,
  options: SnapshotImportOptions,
  where: string,
): ElectorateReading {
  const strategies = own(space, 'strategies');
  if (!Array.isArray(strategies) || strategies.length === 0)
    return malformedSpace(
      where,
      'expected a list of at least one strategy.',
      '전략 목록(하나 이상)이 필요합니다.',
    );
  if (strategies.length > 1) {
    const names = listNames(strategies.map((s) => (isJsonObject(s) ? String(own(s, 'name')) : '?')));
    return refuse(
      'snapshot-several-strategies',
      `The space adds up the voting power of ${strategies.length} strategies (${names}); Charter draws one electorate per vote, so it cannot draw their sum exactly.`,
      `이 스페이스는 전략 ${strategies.length}개(${names})의 투표권을 합산합니다. Charter는 투표마다 투표자 하나를 그리므로 그 합을 정확히 그릴 수 없습니다.`,
    );
  }
  const strategy = strategies[0];
  if (!isJsonObject(strategy))
    return malformedSpace(`${where}[0]`, 'expected an object.', '객체가 아닙니다.');
  const name = own(strategy, 'name');
  if (typeof name !== 'string' || name.length > 100)
    return malformedSpace(`${where}[0].name`, 'expected the strategy name.', '전략 이름이 없습니다.');
  const strategyNetwork = own(strategy, 'network') ?? network;
  if (String(strategyNetwork) !== network)
    return refuse(
      'snapshot-strategy-network',
      `The strategy ${name} reads chain ${String(strategyNetwork).slice(0, 20)} while the space is on chain ${network}; Charter draws one chain per document.`,
      `전략 ${koreanParticle(name, '은', '는')} 체인 ${koreanParticle(String(strategyNetwork).slice(0, 20), '을', '를')} 읽지만 스페이스는 체인 ${network}에 있습니다. Charter 문서는 체인 하나만 그립니다.`,
    );
  const params = own(strategy, 'params') ?? {};
  if (!isJsonObject(params))
    return malformedSpace(`${where}[0].params`, 'expected an object.', '객체가 아닙니다.');
  const voteValidation = own(space, 'voteValidation');
  const gate = isJsonObject(voteValidation) ? own(voteValidation, 'name') : undefined;
  const passport = gate === 'passport-gated';
  if (gate !== undefined && gate !== 'any' && !passport)
    return refuse(
      'snapshot-vote-validation',
      `The space checks voters with the "${String(gate).slice(0, 40)}" vote validation, which Charter cannot draw.`,
      `이 스페이스는 "${String(gate).slice(0, 40)}" 투표 검증으로 투표자를 확인하는데, Charter는 이를 그릴 수 없습니다.`,
    );
  if (passport && name !== 'ticket')
    return refuse(
      'snapshot-vote-validation',
      `The space checks a Gitcoin Passport on top of the ${name} strategy's voting power; Charter checks personhood only for one vote per person (ticket).`,
      `이 스페이스는 ${name} 전략의 투표권에 더해 Gitcoin Passport를 확인합니다. Charter는 한 사람 한 표(ticket)일 때만 사람 증명을 확인합니다.`,
    );
  const symbol = own(params, 'symbol');
  const address = own(params, 'address');
  const readAddress = () =>
    typeof address === 'string' && isAddress(address, { strict: false }) ? getAddress(address) : undefined;
  switch (name) {
    case 'erc20-votes':
    case 'comp-like-votes':
    case 'erc20-balance-of': {
      const token = readAddress();
      if (!token)
        return malformedSpace(
          `${where}[0].params.address`,
          'expected the token address.',
          '토큰 주소가 없습니다.',
        );
      // comp-like-votes formats with ethers' formatUnits, whose decimals default to 18 (its example omits them).
      const decimals = own(params, 'decimals') ?? (name === 'comp-like-votes' ? 18 : undefined);
      if (!Number.isInteger(decimals) || (decimals as number) < 0 || (decimals as number) > 77)
        return malformedSpace(
          `${where}[0].params.decimals`,
          'expected a whole number of decimals from 0 to 77.',
          '소수 자릿수(0~77의 정수)가 필요합니다.',
        );
      if (typeof symbol !== 'string' || symbol === '')
        return malformedSpace(
          `${where}[0].params.symbol`,
          'expected the token symbol.',
          '토큰 기호가 없습니다.',
        );
      const supply = options.supply;
      if (supply === undefined)
        return refuse(
          'snapshot-supply-unknown',
          `The space does not say how many ${symbol} exist, which the drawing needs; give the total supply in whole tokens (--supply).`,
          `스페이스에는 ${symbol}의 총발행량이 없는데 그림에는 필요합니다. 총발행량(토큰 단위)을 알려 주세요(--supply).`,
        );
      const notes: ImportNote[] = [
        {
          code: 'snapshot-token-name',
          en: `The space names the token only by its symbol, ${symbol}: the drawing uses it as the token's name too.`,
          ko: `스페이스는 토큰을 기호 ${koreanParticle(symbol, '으로', '로')}만 부르므로, 그림에서도 토큰 이름으로 그 기호를 씁니다.`,
        },
      ];
      if (name === 'erc20-votes' && decimals === 0)
        notes.push({
          code: 'snapshot-votes-decimals-0',
          en: `${symbol} is read with erc20-votes and 0 decimals, which is also how Snapshot reads an ERC721Votes collection: drawn as an ERC-20 token, which Snapshot counts the same way.`,
          ko: `${koreanParticle(symbol, '은', '는')} 소수 자릿수 0의 erc20-votes로 읽히는데, Snapshot은 ERC721Votes 컬렉션도 이렇게 읽습니다. Snapshot이 같은 방식으로 세는 ERC-20 토큰으로 그렸습니다.`,
        });
      return {
        ok: true,
        perPerson: false,
        passport: false,
        notes,
        node: {
          id: 'holders',
          kind: 'token-holders',
          label: `${symbol} holders`,
          position: { x: 280, y: -200 },
          params: {
            token: {
              name: symbol,
              symbol,
              decimals: decimals as number,
              totalSupply: supply,
              address: token,
            },
            standard: standards[name],
            delegation: name !== 'erc20-balance-of',
            topHolders: [],
          },
        },
      };
    }
    case 'erc721': {
      const collection = readAddress();
      if (!collection)
        return malformedSpace(
          `${where}[0].params.address`,
          'expected the collection address.',
          '컬렉션 주소가 없습니다.',
        );
      if (typeof symbol !== 'string' || symbol === '')
        return malformedSpace(
          `${where}[0].params.symbol`,
          'expected the collection symbol.',
          '컬렉션 기호가 없습니다.',
        );
      const supply = options.supply;
      if (supply === undefined || !/^\d{1,15}$/.test(supply))
        return refuse(
          'snapshot-supply-unknown',
          `The space does not say how many ${symbol} exist, which the drawing needs; give the number of NFTs (--supply).`,
          `스페이스에는 ${symbol} NFT의 총수가 없는데 그림에는 필요합니다. NFT 수를 알려 주세요(--supply).`,
        );
      return {
        ok: true,
        perPerson: false,
        passport: false,
        notes: [],
        node: {
          id: 'holders',
          kind: 'nft-holders',
          label: `${symbol} holders`,
          position: { x: 280, y: -200 },
          params: {
            collection: { name: symbol, symbol, totalSupply: Number(supply), address: collection },
            standard: 'erc721-balance',
            votesPerToken: 1,
            delegation: false,
          },
        },
      };
    }
    case 'whitelist': {
      const addresses = own(params, 'addresses');
      if (!Array.isArray(addresses) || addresses.length === 0 || addresses.length > 10_000)
        return malformedSpace(
          `${where}[0].params.addresses`,
          'expected a list of 1 to 10000 addresses.',
          '주소 목록(1~10000개)이 필요합니다.',
        );
      const members: string[] = [];
      for (const [index, entry] of addresses.entries()) {
        if (typeof entry !== 'string' || !isAddress(entry, { strict: false }))
          return malformedSpace(
            `${where}[0].params.addresses[${index}]`,
            'expected an address (0x and 40 hexadecimal digits).',
            '주소(0x와 16진수 40자리)가 아닙니다.',
          );
        members.push(getAddress(entry));
      }
      if (new Set(members).size !== members.length)
        return refuse(
          'snapshot-whitelist-repeated',
          'The whitelist names an address twice; Charter draws each member once.',
          '화이트리스트에 같은 주소가 두 번 있습니다. Charter는 구성원을 한 번씩만 그립니다.',
        );
      return {
        ok: true,
        perPerson: true,
        passport: false,
        notes: [],
        node: {
          id: 'members',
          kind: 'members',
          label: 'Members',
          position: { x: 280, y: -200 },
          params: { source: 'list', members },
        },
      };
    }
    case 'ticket': {
      if (!passport)
        return refuse(
          'snapshot-ticket-ungated',
          'The space gives one vote to every address (ticket) with no check that each is a different person; Charter cannot draw that electorate.',
          '이 스페이스는 모든 주소에 한 표씩(ticket) 주면서 서로 다른 사람인지 확인하지 않습니다. Charter는 그런 투표자를 그릴 수 없습니다.',
        );
      const gateParams = own(voteValidation as JsonObject, 'params');
      const threshold = isJsonObject(gateParams) ? own(gateParams, 'scoreThreshold') : undefined;
      if (typeof threshold !== 'number' || !Number.isInteger(threshold) || threshold < 1 || threshold > 100)
        return malformedSpace(
          'voteValidation.params.scoreThreshold',
          'expected a whole Passport score from 1 to 100.',
          'Passport 점수(1~100의 정수)가 필요합니다.',
        );
      const operator = own(gateParams as JsonObject, 'operator');
      const stamps = own(gateParams as JsonObject, 'stamps');
      if ((operator !== undefined && operator !== 'NONE') || (Array.isArray(stamps) && stamps.length > 0))
        return refuse(
          'snapshot-passport-stamps',
          'The space also requires particular Passport stamps; Charter draws only a minimum Passport score.',
          '이 스페이스는 특정 Passport 스탬프도 요구합니다. Charter는 최소 Passport 점수만 그립니다.',
        );
      return {
        ok: true,
        perPerson: true,
        passport: true,
        notes: [],
        node: {
          id: 'people',
          kind: 'members',
          label: 'Verified people',
          position: { x: 280, y: -200 },
          params: {
            source: 'proof-of-personhood',
            members: [],
            personhood: { provider: 'gitcoin-passport', minScore: threshold },
          },
        },
      };
    }
    default:
      return refuse(
        'snapshot-strategy-unknown',
        `The space reads voting power with the "${name.slice(0, 40)}" strategy, which Charter does not know; it reads erc20-votes, comp-like-votes, erc20-balance-of, erc721, whitelist and ticket.`,
        `이 스페이스는 Charter가 모르는 "${name.slice(0, 40)}" 전략으로 투표권을 읽습니다. Charter는 erc20-votes, comp-like-votes, erc20-balance-of, erc721, whitelist, ticket을 읽습니다.`,
      );
  }
}
