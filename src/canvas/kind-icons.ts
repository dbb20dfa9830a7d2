import {
  Ban,
  ChartColumn,
  ChartPie,
  CircleQuestionMark,
  CircleX,
  Coins,
  Combine,
  FileText,
  GitMerge,
  Hourglass,
  Image,
  Layers,
  ListChecks,
  ListOrdered,
  type LucideIcon,
  Megaphone,
  Milestone,
  Play,
  Route,
  Scale,
  ShieldCheck,
  Sigma,
  Signature,
  Split,
  ThumbsUp,
  TrendingUp,
  Users,
  Vote,
  Weight,
} from 'lucide-react';
import type { NodeGroup } from '../../compiler/index.ts';

/**
 * The icon of each palette group, for a kind that has none of its own (and `unknown` for a kind the app does not
 * know). Icons come from lucide, drawn as SVG, so they never depend on a font having a symbol.
 */
export const groupIcons: Readonly<Record<NodeGroup | 'unknown', LucideIcon>> = {
  proposals: FileText,
  routing: Split,
  electorates: Users,
  convex: Vote,
  concave: ChartColumn,
  combinators: Combine,
  outcomes: Play,
  unknown: CircleQuestionMark,
};

/** Each node kind's icon, by kind name: the app's per-kind look, beside the compiler's per-kind meaning. */
export const kindIcons: Readonly<Record<string, LucideIcon>> = {
  proposal: FileText,
  'route-by-amount': Coins,
  'route-by-type': Route,
  stage: Milestone,
  'token-holders': Coins,
  'nft-holders': Image,
  members: Users,
  signers: Signature,
  weighting: Weight,
  'majority-vote': Vote,
  multisig: ShieldCheck,
  optimistic: ThumbsUp,
  veto: Ban,
  'quadratic-funding': Sigma,
  'quadratic-voting': Scale,
  conviction: TrendingUp,
  'ranked-choice': ListOrdered,
  approval: ListChecks,
  score: ChartColumn,
  'budget-split': ChartPie,
  'all-of': Layers,
  'any-of': GitMerge,
  execute: Play,
  timelock: Hourglass,
  reject: CircleX,
  signal: Megaphone,
};

/** The icon of a node kind: its own, else its group's, else the unknown kind's. */
export function kindIcon(kind: string, group: NodeGroup | undefined): LucideIcon {
  return kindIcons[kind] ?? groupIcons[group ?? 'unknown'];
}
