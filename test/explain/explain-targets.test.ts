import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { explainTargets } from '../../compiler/explain/explain-targets.ts';
import { wholeSentence } from '../../compiler/format/whole-sentence.ts';

const template = (name: string) =>
  JSON.parse(
    readFileSync(new URL(`../../rules-schema/examples/${name}.charter.json`, import.meta.url), 'utf8'),
  );

/** Per target that the rules run on, the sentences a reader sees (enforced, then refused), and what nothing enforces. */
function sentences(doc: unknown, language: 'en' | 'ko') {
  const result = explainTargets(doc, language);
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  const seen: Record<string, string[]> = {};
  for (const target of result.targets) {
    if (target.verdict === 'not-applicable') {
      expect(target.enforces).toHaveLength(1);
      expect(target.refuses).toEqual([]);
      continue;
    }
    seen[target.target] = [...target.enforces, ...target.refuses].map((sentence) => sentence.text);
  }
  seen.unenforced = result.unenforced.map((sentence) => sentence.text);
  return seen;
}

describe('explainTargets: per target, what the deployed system will and will not enforce', () => {
  it('token-governor (en)', () => {
    expect(sentences(template('token-governor'), 'en')).toEqual({
      openzeppelin: [
        'OpenZeppelin Governor will enforce: UNI holders vote: voting starts 1 day 19 hours 48 minutes after the proposal and lasts 5 days 14 hours 24 minutes. At least 4% of all UNI must vote For or Abstain, and For must beat Against. Then a 2-day timelock follows. Then the governor executes it. Proposers need at least 1,000,000 UNI.',
      ],
      unenforced: [],
    });
  });

  it('token-governor (ko)', () => {
    expect(sentences(template('token-governor'), 'ko')).toEqual({
      openzeppelin: [
        'OpenZeppelin Governor에서 집행하는 것: UNI 보유자가 제안 1일 19시간 48분 뒤부터 5일 14시간 24분 동안 투표합니다. 전체 UNI의 4% 이상이 찬성 또는 기권해야 하고, 찬성이 반대보다 많아야 합니다. 그다음 2일 타임락을 거칩니다. 그다음 거버너가 실행합니다. 1,000,000 UNI 이상을 가진 UNI 보유자만 제안할 수 있습니다.',
      ],
      unenforced: [],
    });
  });

  it('staged-dao (en)', () => {
    expect(sentences(template('staged-dao'), 'en')).toEqual({
      openzeppelin: [
        'OpenZeppelin Governor (stage "Full community control") will enforce: GOV holders vote: voting starts 1 day after the proposal and lasts 7 days. At least 4% of all GOV must vote For or Abstain, and For must beat Against. Then a 7-day timelock follows. Then the governor executes it. Anyone may propose.',
        "OpenZeppelin Governor cannot deploy these rules: Core-team veto: on OpenZeppelin the veto's window of 2 days is the TimelockController's delay, during which the vetoing body may cancel; Timelock (2 days) would lengthen that one delay, letting the body cancel after its window too. Remove Timelock (2 days) and make the veto's window the whole delay, or remove the veto and list the body as the Cancellers of Timelock (2 days).",
      ],
      safe: [
        "Safe will not enforce Delay (2 days): A Safe cannot run a delay before execution: it executes once its owners sign. To deploy on Safe, remove this Timelock and, after deploying, add the same delay to the Safe by hand with Zodiac's Delay modifier; Charter does not emit it, so the missing-timelock warning stays as a reminder. To keep a delay Charter emits, decide by a Majority vote of Token holders executed by the governor (OpenZeppelin), whose TimelockController holds it.",
      ],
      unenforced: [
        'No target enforces Core team 3 of 5: 3 of the 5 signers of the Core team must approve it.',
        'No target enforces Token vote (stage 2): GOV holders vote: voting starts 1 day after the proposal and lasts 7 days. At least 4% of all GOV must vote For or Abstain, and For must beat Against.',
        'No target enforces Timelock (2 days): a 2-day timelock follows.',
      ],
    });
  });

  it('staged-dao (ko)', () => {
    expect(sentences(template('staged-dao'), 'ko')).toEqual({
      openzeppelin: [
        'OpenZeppelin Governor (Full community control 단계)에서 집행하는 것: GOV 보유자가 제안 1일 뒤부터 7일 동안 투표합니다. 전체 GOV의 4% 이상이 찬성 또는 기권해야 하고, 찬성이 반대보다 많아야 합니다. 그다음 7일 타임락을 거칩니다. 그다음 거버너가 실행합니다. 누구나 제안할 수 있습니다.',
        'OpenZeppelin Governor에서는 이 규칙을 배포할 수 없습니다: Core-team veto: OpenZeppelin에서 거부 기간 2일은 TimelockController의 지연이고 그동안 거부 기구가 취소할 수 있습니다. Timelock (2 days)은 그 하나뿐인 지연을 늘려, 거부 기간이 지난 뒤에도 취소할 수 있게 만듭니다. Timelock (2 days)을 없애고 거부 기간을 전체 지연으로 하거나, 거부권을 없애고 그 기구를 Timelock (2 days)의 취소자로 넣으세요.',
      ],
      safe: [
        'Safe에서 집행하지 않는 것: Delay (2 days). Safe는 실행 전 지연(소유자가 서명하면 바로 실행)을 실행할 수 없습니다. Safe에 배포하려면 이 타임락을 없애고, 배포한 뒤 같은 지연을 Zodiac Delay 모디파이어로 Safe에 직접 추가하세요. Charter가 내보내지 않으므로 타임락 없음 경고는 알림으로 남습니다. Charter가 내보내는 지연을 유지하려면 토큰 보유자의 다수결 투표로 결정해 거버너(OpenZeppelin)로 실행하세요. 그 TimelockController가 지연을 둡니다.',
      ],
      unenforced: [
        '어떤 대상에서도 집행하지 않는 것: Core team 3 of 5. Core team의 서명자 5명 중 3명이 승인해야 합니다.',
        '어떤 대상에서도 집행하지 않는 것: Token vote (stage 2). GOV 보유자가 제안 1일 뒤부터 7일 동안 투표합니다. 전체 GOV의 4% 이상이 찬성 또는 기권해야 하고, 찬성이 반대보다 많아야 합니다.',
        '어떤 대상에서도 집행하지 않는 것: Timelock (2 days). 2일 타임락을 거칩니다.',
      ],
    });
  });

  // Executed by the governor: the Token House's vote on a Governor, the Citizens' veto as a Safe of 3 of the 10 that
  // cancels in the TimelockController's week (30% of 10 is 3; 604,800 s is 7 days).
  it('bicameral-veto (en)', () => {
    expect(sentences(template('bicameral-veto'), 'en')).toEqual({
      openzeppelin: [
        "OpenZeppelin Governor will enforce: OP holders vote: voting starts as soon as it is proposed and lasts 7 days. At least 30% of all OP must vote, and For must be more than 76% of For and Against. Then the 10 members (one vote each) can veto it within 7 days; 30% of them suffice to block it. Then the governor executes it. Anyone may propose. Citizens' House veto is the TimelockController: its canceller is a Safe of the 10 listed, with threshold 3, so any 3 of the 10 listed can cancel the queued proposal through the Safe, during the delay of 7 days and after it until someone executes the proposal (anyone may, once the delay has passed). Create the Safe at 0xDD417c77eF45C7169BA5E63abbdbDe9a267D1A77 (through the canonical SafeProxyFactory v1.4.1) with the setup the output lists.",
      ],
      unenforced: [],
    });
  });

  // A timelock with notes (its canceller, its grace) still ends its own sentence in Korean, as one without notes does.
  it('compound-governor (ko): the timelock with a canceller and a grace period is a whole sentence', () => {
    const enforced = sentences(template('compound-governor'), 'ko').openzeppelin?.[0];
    expect(enforced).toContain('그다음 2일 타임락을 거칩니다(실행되기 전까지 ');
    expect(enforced).toContain('그 뒤 14일 안에 실행하지 않으면 만료). 그다음 거버너가 실행합니다.');
    expect(enforced).not.toContain('거친 뒤(');
  });

  it('bicameral-veto (ko)', () => {
    expect(sentences(template('bicameral-veto'), 'ko')).toEqual({
      openzeppelin: [
        "OpenZeppelin Governor에서 집행하는 것: OP 보유자가 제안 즉시 7일 동안 투표합니다. 전체 OP의 30% 이상이 투표해야 하고, 찬성이 찬반 합계의 76%를 넘어야 합니다. 그다음 구성원 10명(1인 1표)이 7일 안에 거부할 수 있으며, 30%가 거부하면 막힙니다. 그다음 거버너가 실행합니다. 누구나 제안할 수 있습니다. Citizens' House veto는 TimelockController입니다: 취소자는 목록의 10명으로 이루어진 임계값 3인 Safe이므로, 10명 중 누구든 3명이 Safe를 통해 대기 중인 제안을 취소할 수 있고, 7일 지연 동안은 물론 그 뒤에도 누군가 제안을 실행하기 전까지 취소할 수 있습니다(지연이 지나면 누구나 실행할 수 있습니다). 출력에 나온 설정으로 0xDD417c77eF45C7169BA5E63abbdbDe9a267D1A77에 Safe를 만드세요(정식 SafeProxyFactory v1.4.1로).",
      ],
      unenforced: [],
    });
  });

  it('team-treasury-safe (en)', () => {
    expect(sentences(template('team-treasury-safe'), 'en')).toEqual({
      safe: [
        'Safe will enforce: 3 of the 4 signers of the Working-group stewards must approve it. Then a Safe executes it. Anyone may propose.',
      ],
      unenforced: [],
    });
  });

  it('team-treasury-safe (ko)', () => {
    expect(sentences(template('team-treasury-safe'), 'ko')).toEqual({
      safe: [
        'Safe에서 집행하는 것: Working-group stewards의 서명자 4명 중 3명이 승인해야 합니다. 그다음 Safe가 실행합니다. 누구나 제안할 수 있습니다.',
      ],
      unenforced: [],
    });
  });

  it('aragon-dao (en)', () => {
    expect(sentences(template('aragon-dao'), 'en')).toEqual({
      aragon: [
        'Aragon OSx will enforce, for governance and treasury transfer proposals: ACME holders vote: voting starts as soon as it is proposed and lasts 2 days. At least 25% of all ACME must vote, and For must beat Against. Then the Aragon DAO executes it. Proposers need at least 10,000 ACME.',
        'Aragon OSx will enforce, for operations proposals: 3 of the 5 signers of the Stewards must approve it. Then the Aragon DAO executes it. Proposers need at least 10,000 ACME.',
      ],
      unenforced: [],
    });
  });

  it('aragon-dao (ko)', () => {
    expect(sentences(template('aragon-dao'), 'ko')).toEqual({
      aragon: [
        'Aragon OSx에서 집행하는 것 (governance, treasury transfer 제안): ACME 보유자가 제안 즉시 2일 동안 투표합니다. 전체 ACME의 25% 이상이 투표해야 하고, 찬성이 반대보다 많아야 합니다. 그다음 Aragon DAO가 실행합니다. 10,000 ACME 이상을 가진 ACME 보유자만 제안할 수 있습니다.',
        'Aragon OSx에서 집행하는 것 (operations 제안): Stewards의 서명자 5명 중 3명이 승인해야 합니다. 그다음 Aragon DAO가 실행합니다. 10,000 ACME 이상을 가진 ACME 보유자만 제안할 수 있습니다.',
      ],
      unenforced: [],
    });
  });

  it('says one sentence for a target nothing runs on', () => {
    const result = explainTargets(template('token-governor'), 'en');
    if (!result.ok) throw new Error('invalid');
    expect(result.targets.find((target) => target.target === 'safe')).toEqual({
      target: 'safe',
      verdict: 'not-applicable',
      enforces: [{ text: 'Nothing in these rules runs on Safe.', nodes: [] }],
      refuses: [],
    });
  });

  it('ties each sentence to the nodes it speaks of', () => {
    const result = explainTargets(template('staged-dao'), 'en');
    if (!result.ok) throw new Error('invalid');
    const safe = result.targets.find((target) => target.target === 'safe')!;
    expect(safe.refuses.map((sentence) => sentence.nodes)).toEqual([['delay1']]);
  });

  it('says in Korean why a target cannot deploy the rules, each sentence ending once', () => {
    const document = template('token-governor');
    document.nodes.find((node: { id: string }) => node.id === 'vote').params.votingMode = 'vote-replacement';
    const ko = sentences(document, 'ko').openzeppelin!.at(-1)!;
    expect(ko).toMatch(
      /^OpenZeppelin Governor에서는 이 규칙을 배포할 수 없습니다: Token vote: 투표 변경은 투표자가 표를 바꿀 수 있게 하지만/,
    );
    expect(ko).not.toMatch(/must|exceed|Governor counts/);
    expect(sentences(document, 'en').openzeppelin!.at(-1)).toMatch(
      /^OpenZeppelin Governor cannot deploy these rules: Token vote: /,
    );
    // No template's explanation of any target ends a sentence twice.
    const examples = new URL('../../rules-schema/examples/', import.meta.url);
    for (const file of readdirSync(examples).filter((name) => name.endsWith('.charter.json')))
      for (const language of ['en', 'ko'] as const)
        for (const text of Object.values(
          sentences(template(file.replace('.charter.json', '')), language),
        ).flat())
          expect(text, file).not.toMatch(/[.!?:][)"”’]+\.$|\.\.$/);
  });

  it('does not explain a document with errors', () => {
    const result = explainTargets({ charter: '1' }, 'en');
    expect(result.ok).toBe(false);
  });
});

describe('wholeSentence', () => {
  it('ends a sentence once, also when it ends inside a parenthesis or quote', () => {
    expect(wholeSentence('(구성원 목록은 AddresslistVoting에서 투표합니다.)')).toBe(
      '(구성원 목록은 AddresslistVoting에서 투표합니다.)',
    );
    expect(wholeSentence('It says "done."')).toBe('It says "done."');
    expect(wholeSentence('Then the governor executes,')).toBe('Then the governor executes.');
    expect(wholeSentence('a 2-day timelock (then anyone executes)')).toBe(
      'a 2-day timelock (then anyone executes).',
    );
  });
});
