/** A deployed timelock's contract as a reader knows it: Compound's Timelock is named just `Timelock` in its source. */
export function timelockName(contractName: string): string {
  return contractName === 'Timelock' ? "Compound's Timelock" : contractName;
}
