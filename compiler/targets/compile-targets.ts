import type { GraphView } from '../compile/graph-view.ts';
import type { ConfigTarget } from '../generated/charter-config.ts';
import type { TargetName } from '../nodes/target-name.ts';
import { aragonTarget } from './aragon/aragon-target.ts';
import { gardensTarget } from './gardens/gardens-target.ts';
import { openZeppelinTarget } from './openzeppelin/openzeppelin-target.ts';
import { safeTarget } from './safe/safe-target.ts';
import { snapshotTarget } from './snapshot/snapshot-target.ts';

/** One target `compile` emits parameters for, under `config.targets[name]`. */
export interface CompileTarget {
  /** The name `charter compile --target NAME` takes. */
  name: TargetName;
  compile(view: GraphView): ConfigTarget;
}

/** Every target, in the order the config lists them. */
export const compileTargets: readonly CompileTarget[] = [
  { name: 'openzeppelin', compile: openZeppelinTarget },
  { name: 'aragon', compile: aragonTarget },
  { name: 'safe', compile: safeTarget },
  { name: 'snapshot', compile: snapshotTarget },
  { name: 'gardens', compile: gardensTarget },
];
