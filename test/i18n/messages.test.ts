// Every message template and every diagnostic code, in both languages: the words exist, every argument the English
// names the Korean names too (so nothing a founder needs is lost in translation), nothing is left unfilled, and the
// Korean is Korean.
import { describe, expect, it } from 'vitest';
import { diagnosticCodes } from '../../compiler/diagnostics/diagnostic-codes.ts';
import { diagnosticText } from '../../compiler/diagnostics/diagnostic-text.ts';
import { messageTemplates } from '../../compiler/diagnostics/messages/message-templates.ts';
import { loadDocument } from '../../compiler/document/load-document.ts';
import { fixture } from '../fixtures/fixtures.ts';

const hangul = /[\uac00-\ud7a3]/;
const knownParticles = ['이', '을', '은', '과', '으로', '이나', '이며', '이라는', '이어야', '이라서'];

/** The placeholders a template names, by a scan independent of the renderer's pattern. */
function placeholders(template: string): { name: string; particle?: string }[] {
  const found: { name: string; particle?: string }[] = [];
  let at = template.indexOf('{');
  while (at !== -1) {
    const end = template.indexOf('}', at);
    const [name = '', particle] = template.slice(at + 1, end).split(':');
    found.push(particle === undefined ? { name } : { name, particle });
    at = template.indexOf('{', end);
  }
  return found;
}

const names = (template: string) => [...new Set(placeholders(template).map((p) => p.name))].sort();

describe.each(Object.entries(messageTemplates))('message %s', (key, template) => {
  it('names the same arguments in English and Korean, with particles Charter knows', () => {
    expect(template.en.trim()).not.toBe('');
    // A template of placeholders and punctuation only ('{node}: {reason} {instead}') has no words to translate.
    const words = (text: string) => text.replace(/\{[^}]*\}/g, '').replace(/[\s\p{P}]/gu, '');
    if (words(template.en) !== '') expect(template.ko).toMatch(hangul);
    expect(template.en).not.toMatch(hangul);
    expect(names(template.ko)).toEqual(names(template.en));
    for (const { particle } of placeholders(template.ko)) {
      if (particle !== undefined) expect(knownParticles).toContain(particle);
    }
    for (const { particle } of placeholders(template.en)) expect(particle).toBeUndefined();
  });

  it('leaves no placeholder unfilled in either language', () => {
    const args = Object.fromEntries(
      names(template.en).map((name, i) => [name, i % 2 === 0 ? { en: 'Token vote', ko: '토큰 투표' } : 3]),
    );
    const diagnostic = { message: template.en, template: key as keyof typeof messageTemplates, args };
    for (const language of ['en', 'ko'] as const) {
      const text = diagnosticText(diagnostic, language);
      expect(text).not.toMatch(/[{}]/);
      if (names(template.en).length > 0)
        expect(text).toContain(language === 'en' ? 'Token vote' : '토큰 투표');
    }
  });
});

describe.each(Object.entries(diagnosticCodes))('diagnostic code %s', (_code, info) => {
  it('says what it means in English and in Korean', () => {
    expect(info.en.trim()).not.toBe('');
    expect(info.ko).toMatch(hangul);
  });
});

describe('diagnostics of a broken document', () => {
  it('read in Korean, with the node named as the founder labelled it', () => {
    const doc = fixture('minimal') as any;
    doc.edges = doc.edges.filter((edge: any) => edge.from.port !== 'failed');
    doc.nodes = doc.nodes.filter((node: any) => node.id !== 'stop');
    doc.nodes.push({ id: 'stop-2', kind: 'reject' });
    const { diagnostics } = loadDocument(JSON.stringify(doc));
    expect(diagnostics.map((d) => d.code).sort()).toEqual(['no-outcome', 'unreachable']);
    const korean = diagnostics.map((d) => diagnosticText(d, 'ko'));
    expect(korean).toEqual([
      'Token vote: "failed"(부결) 출구로 나간 제안이 갈 곳이 없습니다. 다음 단계나 실행, 기각 같은 결과에 연결하세요.',
      '기각 "stop-2": 어떤 제안도 이 단계에 닿지 않아 실행되지 않습니다. 제안 뒤에 연결하거나 지우세요.',
    ]);
    expect(diagnostics.map((d) => diagnosticText(d, 'en'))).toEqual(diagnostics.map((d) => d.message));
  });
});

describe("a target's problems", () => {
  it('read in Korean in the config the app shows', async () => {
    const { compile } = await import('../../compiler/compile/compile.ts');
    const doc = fixture('minimal') as any;
    doc.nodes.find((node: any) => node.id === 'vote').params.votingMode = 'vote-replacement';
    const result = compile(doc);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [problem] = result.config.targets.openzeppelin!.problems;
    expect(diagnosticText(problem!, 'ko')).toBe(
      'Token vote: 투표 변경은 투표자가 표를 바꿀 수 있게 하지만, OpenZeppelin 거버너(GovernorCountingSimple)는 계정마다 한 표만 받고 두 번째 표는 거부합니다(GovernorAlreadyCastVote). OpenZeppelin 거버너로 배포하려면 "투표 방식"을 표준으로 바꾸세요.',
    );
    expect(diagnosticText(problem!, 'en')).toBe(problem!.message);
  });
});
