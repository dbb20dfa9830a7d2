import type { TargetName } from '../nodes/target-name.ts';

/** One sample proposal replayed on a target's real contracts or tool, and the first field the two disagree on. */
export interface ScenarioVerdict {
  /** 1-based, in the scenario's order; 0 for a check of the unit itself before any scenario (its setup read back, its threshold's boundary). */
  scenario: number;
  /** The first disagreement, or absent when the simulator and the real thing agree on every compared field. */
  mismatch?: { field: string; simulator: string; real: string };
  /** What was compared, in words, for the report ("Executed after 2 of 3 signatures"). */
  summary: string;
}

/** The check of one deployable unit of a target (a Governor, a Safe, a Snapshot space, a Gardens pool...). */
export interface UnitVerification {
  /** The node the unit is anchored on (the decision, or the outcome), as the target's parameters name it. */
  unit: string;
  /** What was deployed or validated, in words ("Safe v1.4.1 proxy at 0x..."). */
  deployed: string;
  checks: ScenarioVerdict[];
}

/**
 * What `charter verify --target NAME` gives for one target: every unit the target emits, replayed on the real thing.
 * `notVerifiable` says why a target cannot be checked here (say, no unit); it is never silently empty.
 */
export interface TargetVerification {
  target: TargetName;
  units: UnitVerification[];
  notVerifiable?: string;
}
