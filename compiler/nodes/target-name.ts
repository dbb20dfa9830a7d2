/** Every target `compile` emits parameters for, in the order the config lists them. */
export const targetNames = ['openzeppelin', 'aragon', 'safe', 'snapshot', 'gardens'] as const;

/** A target Charter compiles to: the name `charter compile --target NAME` takes. */
export type TargetName = (typeof targetNames)[number];
