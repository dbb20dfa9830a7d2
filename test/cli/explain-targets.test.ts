import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../compiler/cli/main.ts';
import { fakeIO } from './fake-io.ts';

const text = readFileSync(
  new URL('../../rules-schema/examples/team-treasury-safe.charter.json', import.meta.url),
  'utf8',
);

describe('charter explain --targets', () => {
  it('prints, after the paths, what each target will enforce', async () => {
    const plain = fakeIO({ 'safe.json': text });
    expect(await main(['explain', 'safe.json'], plain)).toBe(0);
    const io = fakeIO({ 'safe.json': text });
    expect(await main(['explain', 'safe.json', '--targets'], io)).toBe(0);
    expect(io.out.startsWith(plain.out)).toBe(true);
    expect(io.out.slice(plain.out.length)).toBe(
      [
        '',
        'What the deployed system enforces',
        '',
        '- Nothing in these rules runs on OpenZeppelin Governor.',
        '',
        '- Nothing in these rules runs on Aragon OSx.',
        '',
        '- Safe will enforce: 3 of the 4 signers of the Working-group stewards must approve it. Then a Safe executes it. Anyone may propose.',
        '',
        '- Nothing in these rules runs on Snapshot.',
        '',
        '- Nothing in these rules runs on Gardens.',
        '',
      ].join('\n'),
    );
  });

  it('prints them in Korean with --lang ko, and in the JSON with --json', async () => {
    const io = fakeIO({ 'safe.json': text });
    expect(await main(['explain', 'safe.json', '--targets', '--lang', 'ko', '--json'], io)).toBe(0);
    const json = JSON.parse(io.out);
    expect(json.targets.find((target: { target: string }) => target.target === 'safe').enforces[0].text).toBe(
      'Safe에서 집행하는 것: Working-group stewards의 서명자 4명 중 3명이 승인해야 합니다. 그다음 Safe가 실행합니다. 누구나 제안할 수 있습니다.',
    );
    const plain = fakeIO({ 'safe.json': text });
    await main(['explain', 'safe.json', '--json'], plain);
    expect(JSON.parse(plain.out).targets).toBeUndefined();
  });
});
