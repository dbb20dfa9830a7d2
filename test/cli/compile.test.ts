import { readFileSync } from 'node:fs';
import { decodeAbiParameters, zeroAddress } from 'viem';
import { describe, expect, it } from 'vitest';
import { main } from '../../compiler/cli/main.ts';
import { compile } from '../../compiler/compile/compile.ts';
import { canonicalJson } from '../../compiler/document/canonical-json.ts';
import { charterGovernorConstructorAbi } from '../../compiler/targets/openzeppelin/governor-abi.ts';
import { timelockControllerConstructorAbi } from '../../compiler/targets/openzeppelin/timelock-controller-abi.ts';
import { fixture, fixtureText } from '../fixtures/fixtures.ts';
import { fakeIO } from './fake-io.ts';

describe('charter compile', () => {
  it('prints exactly the config the library returns, canonical and pretty', async () => {
    const io = fakeIO({ 'gov.json': fixtureText('minimal') });
    expect(await main(['compile', 'gov.json'], io)).toBe(0);
    const library = compile(fixture('minimal'));
    expect(library.ok && io.out).toBe(library.ok && canonicalJson(library.config, 2));
  });

  it('writes to --out instead of standard output', async () => {
    const files: Record<string, string> = { 'gov.json': fixtureText('minimal') };
    const io = fakeIO(files);
    expect(await main(['compile', 'gov.json', '--out', 'gov.config.json'], io)).toBe(0);
    expect(io.out).toBe('');
    expect(JSON.parse(files['gov.config.json']!).hash).toMatch(/^0x[0-9a-f]{64}$/);
  });

  it('exits 1 on a document with errors and names them', async () => {
    const doc = fixture('minimal') as any;
    doc.nodes[2].params.votingPeriod = 0;
    const io = fakeIO({ 'gov.json': JSON.stringify(doc) });
    expect(await main(['compile', 'gov.json'], io)).toBe(1);
    expect(io.err).toContain('✗ gov.json does not compile:');
    expect(io.err).toContain('Token vote: Voting period must be at least 1 second (it is 0).');
  });

  it('exits 2 for an unknown target', async () => {
    const io = fakeIO({ 'gov.json': fixtureText('minimal') });
    expect(await main(['compile', 'gov.json', '--target', 'hyperledger'], io)).toBe(2);
    expect(io.err).toContain('charter compile: unknown target "hyperledger"');
  });
});

describe('charter compile --target openzeppelin with deployment addresses', () => {
  const governor = '0x408ED6354d4973f66138C91495F2f2FCbd8724C3';
  const timelock = '0x1a9C8182C09F50C8318d769245beA52c32BE35BC';
  const template = () =>
    readFileSync(new URL('../../rules-schema/examples/token-governor.charter.json', import.meta.url), 'utf8');

  it('prints constructor arguments that decode to the compiled parameters', async () => {
    const io = fakeIO({ 'gov.json': template() });
    const argv = [
      'compile',
      'gov.json',
      '--target',
      'openzeppelin',
      '--governor-address',
      governor,
      '--timelock-address',
      timelock,
    ];
    expect(await main(argv, io)).toBe(0);
    const printed = JSON.parse(io.out);
    const [args] = printed.constructorArgs;
    const settings = printed.parameters.governors[0].governor;
    const decoded = decodeAbiParameters(charterGovernorConstructorAbi[0].inputs, args.governor);
    expect(decoded).toEqual([
      settings.name,
      '0x1f9840a85d5aF5bf1D1762F925BDADdC4201F984',
      timelock,
      13_140,
      40_320,
      10n ** 24n,
      4n,
      100n,
      0,
      {
        quorumCounts: 0,
        fixedQuorum: 0n,
        supportNumerator: 50n,
        supportDenominator: 100n,
        forThreshold: 0n,
        forMargin: 0n,
        forMarginApplies: false,
      },
      // A share of the total supply, nobody left out, no minimum, and 2^256 − 1 for no maximum.
      { delegated: false, excluded: [], minimum: 0n, maximum: 2n ** 256n - 1n },
      0n,
    ]);
    const [minDelay, proposers, executors, admin] = decodeAbiParameters(
      timelockControllerConstructorAbi[0].inputs,
      args.timelock,
    );
    expect([minDelay, proposers, executors, admin]).toEqual([
      172_800n,
      [governor],
      [zeroAddress],
      zeroAddress,
    ]);
  });

  it('refuses a malformed address, naming it', async () => {
    const io = fakeIO({ 'gov.json': template() });
    const argv = [
      'compile',
      'gov.json',
      '--target',
      'openzeppelin',
      '--governor-address',
      '0x1234',
      '--timelock-address',
      timelock,
    ];
    expect(await main(argv, io)).toBe(1);
    expect(io.err).toBe('charter compile: the governor address 0x1234 is not a valid address.\n');
  });

  it('refuses a malformed address in Korean with --lang ko', async () => {
    const io = fakeIO({ 'gov.json': template() });
    const argv = ['compile', 'gov.json', '--target', 'openzeppelin', '--governor-address', '0x1234'];
    argv.push('--timelock-address', timelock, '--lang', 'ko');
    expect(await main(argv, io)).toBe(1);
    expect(io.err).toBe('charter compile: 거버너 주소가 올바른 주소가 아닙니다: 0x1234.\n');
  });
});

describe('charter compile, flags that belong together', () => {
  it('refuses deployment addresses without --target openzeppelin instead of ignoring them', async () => {
    const io = fakeIO({ 'gov.json': fixtureText('minimal') });
    expect(
      await main(
        ['compile', 'gov.json', '--governor-address', '0x408ED6354d4973f66138C91495F2f2FCbd8724C3'],
        io,
      ),
    ).toBe(2);
    expect(io.err).toBe(
      'charter compile: --governor-address and --timelock-address go together, with --target openzeppelin.\n',
    );
  });

  it('prints every verdict with --target all and exits 0 even when some target cannot express the rules', async () => {
    const doc = fixture('minimal') as any;
    doc.nodes[2].params.votingMode = 'vote-replacement';
    const io = fakeIO({ 'gov.json': JSON.stringify(doc) });
    expect(await main(['compile', 'gov.json', '--target', 'all'], io)).toBe(0);
    expect(JSON.parse(io.out).openzeppelin.verdict).toBe('unsupported');
    expect(
      await main(
        ['compile', 'gov.json', '--target', 'openzeppelin'],
        fakeIO({ 'gov.json': JSON.stringify(doc) }),
      ),
    ).toBe(1);
  });

  it('tells its version', async () => {
    const io = fakeIO();
    expect(await main(['--version'], io)).toBe(0);
    expect(io.out).toMatch(/^charter \d+\.\d+\.\d+\n$/);
  });
});
