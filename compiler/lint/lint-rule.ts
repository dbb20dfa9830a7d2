import type { GraphView } from '../compile/graph-view.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';

/** One design lint: reads a valid, defaulted document and warns about a legal but risky design. */
export type LintRule = (view: GraphView) => Diagnostic[];
