// The reference contracts compile to exactly what the library ships: the constructor ABIs the OpenZeppelin target
// encodes against, and the committed artifacts (ABI and bytecode) that deployCalldata and `charter verify` deploy.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import * as committed from '../../compiler/generated/openzeppelin-contracts.ts';
import { compoundTimelockConstructorAbi } from '../../compiler/targets/openzeppelin/compound-timelock-abi.ts';
import {
  charterCompoundGovernorConstructorAbi,
  charterGovernorConstructorAbi,
  charterSuperQuorumGovernorConstructorAbi,
} from '../../compiler/targets/openzeppelin/governor-abi.ts';
import { timelockControllerConstructorAbi } from '../../compiler/targets/openzeppelin/timelock-controller-abi.ts';
import {
  artifactsModule,
  artifactsPath,
  type ContractArtifact,
  compileContracts,
} from '../../scripts/compile-contracts.ts';

let fresh: ContractArtifact[];
let byName: Map<string, ContractArtifact>;

// A cold compile (no cache in charter-solc/ in the OS's temporary folder) takes solc-js about 15 s here.
beforeAll(() => {
  const started = performance.now();
  fresh = compileContracts();
  console.log(`solc-js compile (or its cache): ${((performance.now() - started) / 1000).toFixed(1)} s`);
  byName = new Map(fresh.map((artifact) => [artifact.contractName, artifact]));
}, 180_000);

function constructorOf(name: string) {
  return byName.get(name)!.abi.filter((item) => (item as { type: string }).type === 'constructor');
}

describe('the reference contracts', () => {
  it('have the constructor ABIs the OpenZeppelin target encodes against', () => {
    expect(constructorOf('CharterGovernor')).toEqual(charterGovernorConstructorAbi);
    expect(constructorOf('CharterSuperQuorumGovernor')).toEqual(charterSuperQuorumGovernorConstructorAbi);
    expect(constructorOf('CharterCompoundGovernor')).toEqual(charterCompoundGovernorConstructorAbi);
    expect(constructorOf('TimelockController')).toEqual(timelockControllerConstructorAbi);
    // Compound's Timelock as Uniswap compiled it (solc 0.5.16 also writes `payable: false`).
    expect((constructorOf('Timelock')[0] as { inputs: unknown }).inputs).toEqual(
      compoundTimelockConstructorAbi[0].inputs,
    );
  });

  it('are committed as a fresh compile gives them', () => {
    expect(readFileSync(artifactsPath, 'utf8')).toBe(artifactsModule(fresh));
    expect(committed.charterGovernorArtifact.bytecode).toBe(byName.get('CharterGovernor')!.bytecode);
  });

  it('deploy under the 24,576-byte code limit (creation code bounds the runtime code)', () => {
    for (const artifact of fresh) expect((artifact.bytecode.length - 2) / 2).toBeLessThan(24_576);
  });
});
