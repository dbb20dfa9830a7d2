/** The config's targets, in the order of its `targets` and of the panel's tabs, with the names people know them by. */
export const targetNames = [
  { id: 'openzeppelin', title: 'OpenZeppelin', list: 'governors' },
  { id: 'aragon', title: 'Aragon', list: 'plugins' },
  { id: 'safe', title: 'Safe', list: 'safes' },
  { id: 'snapshot', title: 'Snapshot', list: 'spaces' },
  { id: 'gardens', title: 'Gardens', list: 'pools' },
] as const;

/** One of {@link targetNames}. */
export type TargetName = (typeof targetNames)[number];
