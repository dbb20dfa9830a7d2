import type { Localized } from '../node-kind.ts';
import type { TargetName } from '../target-name.ts';

/** How refusals name each target. */
export const targetTitles: { [T in TargetName]: Localized } = {
  openzeppelin: { en: 'An OpenZeppelin Governor', ko: 'OpenZeppelin 거버너' },
  aragon: { en: 'Aragon OSx', ko: 'Aragon OSx' },
  safe: { en: 'A Safe', ko: 'Safe' },
  snapshot: { en: 'Snapshot', ko: 'Snapshot' },
  gardens: { en: 'A Gardens pool', ko: 'Gardens 풀' },
};
