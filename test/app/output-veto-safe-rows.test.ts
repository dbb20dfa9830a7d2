// The Output panel's table for a Governor whose veto needs 3 of 5: every parameter of the veto's Safe is a row (its
// setup as calldata shown in full), and the Safe's threshold and address say what they do, in English and Korean.

import i18next from 'i18next';
import { getAddress, keccak256, toHex } from 'viem';
import { describe, expect, it } from 'vitest';
import { compile } from '../../compiler/compile/compile.ts';
import { messagesOf } from '../../src/i18n/i18n.ts';
import { parameterRows } from '../../src/panels/output/parameter-rows.ts';
import { wiredDocument } from '../fixtures/wired-document.ts';

const members = Array.from({ length: 5 }, (_, n) =>
  getAddress(`0x${keccak256(toHex(`charter-test:citizen-${n}`)).slice(26)}`),
);

function compiled() {
  const document = wiredDocument(
    [
      { id: 'propose', kind: 'proposal', params: { types: ['any'] } },
      {
        id: 'holders',
        kind: 'token-holders',
        params: { token: { symbol: 'ACME', decimals: 18, totalSupply: '1000000' } },
      },
      { id: 'citizens', kind: 'members', params: { source: 'list', members } },
      { id: 'vote', kind: 'majority-vote', params: { quorum: { percent: '4' } } },
      {
        id: 'veto',
        kind: 'veto',
        label: 'Citizens veto',
        params: { threshold: { count: 3 }, window: 172800 },
      },
      { id: 'run', kind: 'execute', params: { executor: 'governor' } },
      { id: 'stop', kind: 'reject' },
    ],
    [
      'propose.out->vote.in',
      'holders.voters->vote.voters',
      'vote.passed->veto.in',
      'vote.failed->stop.in',
      'citizens.voters->veto.voters',
      'veto.passed->run.in',
      'veto.vetoed->stop.in',
    ],
  );
  const result = compile(document);
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  return result.config;
}

describe("the veto's Safe in the Output panel", () => {
  it('lists owners, threshold, setup, factory, singleton, salt and address, each with its meaning', async () => {
    const config = compiled();
    const item = (config.targets.openzeppelin!.parameters as { governors: Record<string, unknown>[] })
      .governors[0]!;
    const labels = new Map([['veto', 'Citizens veto']]);
    for (const [language, threshold, address] of [
      ['en', 'any 3 of the 5 owners sign to cancel a queued proposal', 'the timelock’s canceller'],
      ['ko', '소유자 5명 중 누구든 3명이 서명하면 대기 중인 제안을 취소함', '타임락의 취소자'],
    ] as const) {
      const instance = i18next.createInstance();
      await instance.init({
        resources: { [language]: { translation: messagesOf(language) } },
        lng: language,
        interpolation: { escapeValue: false },
      });
      const t = instance.t;
      const rows = parameterRows({ target: 'openzeppelin', item, config, labels, t, language });
      const row = (path: string) => rows.find((candidate) => candidate.path === path);
      expect(
        rows.filter((candidate) => candidate.path.startsWith('vetoSafe.owners[')).map((r) => r.value),
      ).toEqual(members);
      expect(row('vetoSafe.threshold')).toMatchObject({ value: '3', meaning: threshold });
      expect(row('vetoSafe.address')!.meaning).toContain(address);
      expect(row('vetoSafe.address')!.value).toBe(row('timelockController.cancellers[0]')!.value);
      expect(row('vetoSafe.setupCalldata')!.calldata).toBe(true);
      for (const path of [
        'vetoSafe.factory',
        'vetoSafe.singleton',
        'vetoSafe.saltNonce',
        'vetoSafe.fallbackHandler',
      ])
        expect(row(path)!.meaning, path).toBeTruthy();
    }
  });
});
