// Every command that prints words takes --lang en|ko: a Korean founder reads the problems in Korean at the terminal.
import { describe, expect, it } from 'vitest';
import { main } from '../../compiler/cli/main.ts';
import { fakeIO } from '../cli/fake-io.ts';
import { fixture } from '../fixtures/fixtures.ts';

/** The minimal governor with its failing exit disconnected and its Reject removed: one error. */
function broken(): string {
  const doc = fixture('minimal') as any;
  doc.edges = doc.edges.filter((edge: any) => edge.from.port !== 'failed');
  doc.nodes = doc.nodes.filter((node: any) => node.id !== 'stop');
  return JSON.stringify(doc);
}

const korean =
  'Token vote: "failed"(부결) 출구로 나간 제안이 갈 곳이 없습니다. 다음 단계나 실행, 기각 같은 결과에 연결하세요.';

describe('--lang', () => {
  it.each(['validate', 'lint', 'compile', 'simulate', 'verify', 'explain', 'diff'])(
    "charter %s prints the broken document's problem in Korean",
    async (command) => {
      const io = fakeIO({ 'gov.json': broken() });
      const files = command === 'diff' ? ['gov.json', 'gov.json'] : ['gov.json'];
      expect(await main([command, ...files, '--lang', 'ko'], io)).toBe(1);
      expect(io.out + io.err).toContain(korean);
      expect(io.out + io.err).not.toContain('go nowhere');
    },
  );

  it.each(['validate', 'lint', 'compile', 'simulate', 'verify', 'explain', 'diff'])(
    'charter %s refuses a language it does not speak',
    async (command) => {
      const io = fakeIO({ 'gov.json': broken() });
      const files = command === 'diff' ? ['gov.json', 'gov.json'] : ['gov.json'];
      expect(await main([command, ...files, '--lang', 'fr'], io)).toBe(2);
      expect(io.err).toContain(`charter ${command}: --lang takes en or ko, not "fr".`);
    },
  );

  it('charter validate --lang ko summarises the document in Korean', async () => {
    const io = fakeIO({ 'gov.json': JSON.stringify(fixture('minimal')) });
    expect(await main(['validate', 'gov.json', '--lang', 'ko'], io)).toBe(0);
    expect(io.out).toContain('✓ gov.json: 유효함\n');
    expect(io.out).toContain(
      '  노드 6개, 연결선 5개: 진입점 1개, 투표자 집단 1개, 찬반 결정 1개, 결과 3개\n',
    );
  });
});

describe('charter tally --lang', () => {
  it('says what is wrong with the input in Korean, and in English without --lang', async () => {
    const input = JSON.stringify({
      votes: [{ support: 'maybe', weight: '-1' }],
      quorum: { percent: '4' },
      supply: '100',
    });
    const korean = fakeIO({ 'in.json': input });
    expect(await main(['tally', 'majority', 'in.json', '--lang', 'ko'], korean)).toBe(1);
    expect(korean.err).toContain(
      'votes[0].support: "for", "against", "abstain" 중 하나여야 하는데 "maybe"입니다',
    );
    expect(korean.err).toContain(
      'votes[0].weight: "2.5"처럼 토큰 단위의 십진수 문자열이어야 하는데 "-1"입니다',
    );
    const english = fakeIO({ 'in.json': input });
    expect(await main(['tally', 'majority', 'in.json'], english)).toBe(1);
    expect(english.err).toContain('votes[0].weight: expected an amount in whole tokens');
  });

  it('says a cross-field problem in Korean, and refuses a language it does not speak', async () => {
    const both = JSON.stringify({
      votes: [{ support: 'for', weight: '1', split: { for: '1' } }],
      quorum: { percent: '4' },
      supply: '100',
    });
    const io = fakeIO({ 'in.json': both });
    expect(await main(['tally', 'majority', 'in.json', '--lang', 'ko'], io)).toBe(1);
    expect(io.err).toContain('votes[0]: 한 표에는 "split" 또는 "support"와 "weight" 중 한쪽만 있어야 합니다');
    const fr = fakeIO({ 'in.json': both });
    expect(await main(['tally', 'majority', 'in.json', '--lang', 'fr'], fr)).toBe(2);
    expect(fr.err).toContain('charter tally: --lang takes en or ko, not "fr".');
  });
});
