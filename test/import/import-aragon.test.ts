// importAragon on a chain where Aragon deploys no PluginSetupProcessor: it refuses, saying how to name one, rather
// than read installs from nowhere and draw a DAO with no plugins.
import { describe, expect, it } from 'vitest';
import type { ChainReader } from '../../compiler/import/contract-reader.ts';
import { importAragon } from '../../compiler/import/import-aragon.ts';

describe('importAragon', () => {
  it('asks for the PluginSetupProcessor on a chain Charter knows none on, in both languages', async () => {
    const untouched = () => {
      throw new Error('nothing should be read before the PluginSetupProcessor is known');
    };
    const client = {
      getChainId: async () => 777_777,
      getLogs: untouched,
      readContract: untouched,
      getBlock: untouched,
    } as unknown as ChainReader;
    expect(await importAragon(client, '0x00000000000000000000000000000000000000da', 'dao')).toEqual({
      ok: false,
      reason: {
        code: 'aragon-psp-unknown',
        en: "Charter knows no Aragon PluginSetupProcessor on chain 777777, where the DAO's plugins are installed from: give its address (--psp, or the app's PluginSetupProcessor field).",
        ko: 'Charter는 체인 777777에서 DAO의 플러그인을 설치하는 Aragon PluginSetupProcessor를 알지 못합니다. 그 주소를 알려 주세요(--psp, 또는 앱의 PluginSetupProcessor 칸).',
      },
    });
  });
});
