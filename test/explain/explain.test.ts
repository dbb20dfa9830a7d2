import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { explain } from '../../compiler/explain/explain.ts';
import { koreanParticle } from '../../compiler/format/korean-particle.ts';
import { fixture } from '../fixtures/fixtures.ts';

const template = (name: string) =>
  JSON.parse(
    readFileSync(new URL(`../../rules-schema/examples/${name}.charter.json`, import.meta.url), 'utf8'),
  );

function texts(doc: unknown, language: 'en' | 'ko') {
  const result = explain(doc, language);
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  return result.paragraphs.map((paragraph) => paragraph.text);
}

describe('explain', () => {
  it('tells a governor’s path in English, as a founder would say it', () => {
    expect(texts(fixture('minimal'), 'en')).toEqual([
      'Treasury transfer proposals: Anyone may propose. It goes to Token vote. ACME holders vote: voting starts 1 day after the proposal and lasts 7 days. At least 4% of all ACME must vote For or Abstain, and For must beat Against. If it passes, a 2-day timelock follows, then the governor executes it. Otherwise it is rejected.',
    ]);
  });

  it('and in Korean, with particles that fit the words before them', () => {
    expect(texts(fixture('minimal'), 'ko')).toEqual([
      'treasury transfer 제안: 누구나 제안할 수 있습니다. Token vote로 갑니다. ACME 보유자가 제안 1일 뒤부터 7일 동안 투표합니다. 전체 ACME의 4% 이상이 찬성 또는 기권해야 하고, 찬성이 반대보다 많아야 합니다. 가결되면 2일 타임락을 거친 뒤, 거버너가 실행합니다. 부결되면 기각됩니다.',
    ]);
  });

  it('gives types that share a path one paragraph, and names the proposal threshold', () => {
    const [paragraph, ...rest] = texts(template('token-governor'), 'en');
    expect(rest).toEqual([]);
    expect(paragraph).toMatch(
      /^Treasury transfer and parameter change proposals: Proposers need at least 1,000,000 UNI\. /,
    );
    expect(paragraph).toContain(
      'At least 4% of all UNI must vote For or Abstain, and For must beat Against.',
    );
  });

  it('writes one paragraph per stage of a staged DAO, each with its own body', () => {
    const paragraphs = texts(template('staged-dao'), 'en');
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[0]).toContain('while the DAO is at the stage "Core team multisig"');
    expect(paragraphs[0]).toContain('3 of the 5 signers of the Core team must approve it.');
    expect(paragraphs[1]).toContain(
      'The 5 signers of the Core team can veto it within 2 days; 3 of them suffice to block it.',
    );
  });

  it('splits a route by amount into one paragraph per band, with the bounds in words', () => {
    const doc = fixture('minimal') as any;
    doc.nodes.push({
      id: 'size',
      kind: 'route-by-amount',
      label: 'By size',
      params: { asset: { symbol: 'USDC', decimals: 6 }, bands: [{ port: 'small', below: '50000' }] },
    });
    doc.edges = doc.edges.filter((edge: any) => edge.id !== 'e1');
    doc.edges.push(
      { id: 'e1', from: { node: 'propose', port: 'out' }, to: { node: 'size', port: 'in' } },
      { id: 'e8', from: { node: 'size', port: 'small' }, to: { node: 'run', port: 'in' } },
      { id: 'e9', from: { node: 'size', port: 'otherwise' }, to: { node: 'vote', port: 'in' } },
    );
    const paragraphs = texts(doc, 'en');
    expect(paragraphs[0]).toBe(
      'Treasury transfer proposals asking for less than 50,000 USDC: Anyone may propose. The governor executes it.',
    );
    expect(paragraphs[1]).toMatch(
      /^Treasury transfer proposals asking for 50,000 USDC or more: Anyone may propose\. It goes to Token vote\./,
    );
  });

  describe('paths grow exponentially: explain tells a limited number and says so', () => {
    const chain = (links: { id: string; kind: string; params?: object; ports: string[] }[]) => ({
      charter: '1',
      name: 'Chain',
      chain: { chainId: 1, blockTime: 12, clockMode: 'blocknumber' },
      nodes: [
        { id: 'propose', kind: 'proposal', params: { types: ['grant'] } },
        ...links.map(({ id, kind, params }) => ({ id, kind, ...(params ? { params } : {}) })),
        { id: 'run', kind: 'signal' },
      ],
      edges: [
        { id: 'p', node: 'propose', ports: ['out'] },
        ...links.map(({ id, ports }) => ({ id, node: id, ports })),
      ].flatMap(({ node, ports }, index) =>
        ports.map((port) => ({
          id: `${node}-${port}`,
          from: { node, port },
          to: { node: links[index]?.id ?? 'run', port: 'in' },
        })),
      ),
    });
    const diamonds = chain(
      Array.from({ length: 20 }, (_, i) => ({
        id: `r${String(i).padStart(2, '0')}`,
        kind: 'route-by-amount',
        params: { asset: { symbol: 'USDC', decimals: 6 }, bands: [{ port: 'small', below: '1000' }] },
        ports: ['small', 'otherwise'],
      })),
    );

    it('tells 64 of the 2^20 paths through 20 routing diamonds, quickly, and says the rest were left out', () => {
      const started = performance.now();
      const result = explain(diamonds, 'en');
      expect(performance.now() - started).toBeLessThan(2_000);
      if (!result.ok) throw new Error('not valid');
      expect(result.complete).toBe(false);
      expect(result.paragraphs).toHaveLength(65);
      expect(result.paragraphs[0]!.text).toMatch(
        /^Grant proposals asking for less than 1,000 USDC, asking for less/,
      );
      expect(result.paragraphs.at(-1)!.text).toBe(
        'Grant proposals can take more paths than can be told one by one: the first 64 are described, and the others are left out.',
      );
      const ko = explain(diamonds, 'ko');
      expect(ko.ok && ko.paragraphs.at(-1)!.text).toBe(
        'grant 제안의 경로가 너무 많아 처음 64개만 설명하고 나머지는 생략했습니다.',
      );
    });

    it('tells a chain of 1,200 steps without overflowing the stack', () => {
      const long = chain(
        Array.from({ length: 1_198 }, (_, i) => ({
          id: `t${String(i).padStart(4, '0')}`,
          kind: 'timelock',
          params: { delay: 3_600 },
          ports: ['out'],
        })),
      );
      const result = explain(long, 'en');
      if (!result.ok) throw new Error(JSON.stringify(result.diagnostics.slice(0, 3)));
      expect(result.complete).toBe(true);
      expect(result.paragraphs).toHaveLength(1);
      expect(result.paragraphs[0]!.sentences).toHaveLength(1 + 1_198);
    });
  });

  it("names who may cancel in a timelock (ENS's Security Council), in both languages", () => {
    const ens = template('ens-dao');
    const council = ens.nodes.find((node: { kind: string }) => node.kind === 'timelock').params.cancellers[0];
    expect(council).toBe('0xB8fA0cE3f91F41C5292D07475b445c35ddF63eE0');
    // The council's power ends on its contract's expiration, which the sentence names in UTC.
    expect(texts(ens, 'en')[0]).toContain(
      `a 2-day timelock follows (${council} may cancel it until it is executed, but no longer from 24 July 2026, 18:52:59 UTC), then the governor executes it.`,
    );
    // The address ends in "0", read "영" (a final consonant): 이.
    expect(texts(ens, 'ko')[0]).toContain(
      `2일 타임락을 거친 뒤(실행되기 전까지 ${council}이 취소할 수 있으나 2026년 7월 24일 18:52:59(UTC)부터는 취소할 수 없음),`,
    );
    // Without an end, the power lasts until execution.
    const timelock = ens.nodes.find((node: { kind: string }) => node.kind === 'timelock');
    delete timelock.params.cancellersUntil;
    expect(texts(ens, 'en')[0]).toContain(
      `a 2-day timelock follows (${council} may cancel it until it is executed), then the governor executes it.`,
    );
    expect(texts(ens, 'ko')[0]).toContain(
      `2일 타임락을 거친 뒤(실행되기 전까지 ${council}이 취소할 수 있음),`,
    );
    // Two cancellers are counted, not listed; with Compound's grace period both notes are kept.
    ens.nodes
      .find((node: { kind: string }) => node.kind === 'timelock')
      .params.cancellers.push('0x0000000000000000000000000000000000000001');
    expect(texts(ens, 'en')[0]).toContain(
      'a 2-day timelock follows (any of 2 listed addresses may cancel it until it is executed)',
    );
    expect(texts(template('compound-governor'), 'en')[0]).toContain(
      '(0xbbf3f1421D886E9b2c5D716B5192aC998af2012c may cancel it until it is executed), after which it expires unless executed within 14 days',
    );
  });

  it('refuses a document with errors', () => {
    const doc = fixture('minimal') as any;
    doc.nodes.pop();
    const result = explain(doc);
    expect(result.ok).toBe(false);
  });
});

describe('koreanParticle', () => {
  it.each([
    ['보유자', '이', '가', '보유자가'],
    ['3명', '이', '가', '3명이'],
    ['구성원 9명(1인 1표)', '이', '가', '구성원 9명(1인 1표)이'],
    ['30%', '이', '가', '30%가'],
    ['투표', '으로', '로', '투표로'],
    ['서울', '으로', '로', '서울로'],
    ['기금', '으로', '로', '기금으로'],
    ['Token vote', '으로', '로', 'Token vote로'],
    ['200,000 USDC', '을', '를', '200,000 USDC를'],
  ])('%s + %s/%s → %s', (word, consonant, vowel, expected) => {
    expect(koreanParticle(word, consonant, vowel)).toBe(expected);
  });
});

describe('charter explain', () => {
  it('prints what the library says, paragraph by paragraph, in the language asked', async () => {
    const { main } = await import('../../compiler/cli/main.ts');
    const { fakeIO } = await import('../cli/fake-io.ts');
    const io = fakeIO({ 'gov.json': JSON.stringify(fixture('minimal')) });
    expect(await main(['explain', 'gov.json', '--lang', 'ko'], io)).toBe(0);
    expect(io.out).toBe(`${texts(fixture('minimal'), 'ko').join('\n\n')}\n`);
    const bad = fakeIO({ 'gov.json': '{}' });
    expect(await main(['explain', 'gov.json', '--lang', 'fr'], bad)).toBe(2);
    expect(bad.err).toBe('charter explain: --lang takes en or ko, not "fr".\n');
  });
});
