// Charter's library: the pure core that the `charter` command and the app are front ends over.
export { type CompileResult, compile } from './compile/compile.ts';
export type { Diagnostic, Severity } from './diagnostics/diagnostic.ts';
export {
  type DiagnosticCode,
  type DiagnosticCodeInfo,
  diagnosticCodes,
} from './diagnostics/diagnostic-codes.ts';
export { describeDiff } from './diff/describe-diff.ts';
export { type DocumentDiff, diffDocuments, type FieldChange } from './diff/diff-documents.ts';
export { canonicalJson } from './document/canonical-json.ts';
export {
  forbiddenKeys,
  type LoadResult,
  loadDocument,
  maxDocumentBytes,
  maxNestingDepth,
} from './document/load-document.ts';
export { withDefaults } from './document/with-defaults.ts';
export { CharterError } from './errors/charter-error.ts';
export { type ExplainedPath, type ExplainResult, explain } from './explain/explain.ts';
export { formatAmount } from './format/format-amount.ts';
export { formatDuration } from './format/format-duration.ts';
export { formatPercent } from './format/format-percent.ts';
export type * from './generated/charter-config.ts';
export type * from './generated/charter-document.ts';
export { type LintResult, lintDocument } from './lint/lint-document.ts';
export { getNodeKind, nodeKinds } from './nodes/catalogue.ts';
export { defaultParams } from './nodes/default-params.ts';
export type {
  Language,
  Localized,
  NodeGroup,
  NodeKindDefinition,
  PortDefinition,
  PortType,
} from './nodes/node-kind.ts';
export { nodeGroups } from './nodes/node-kind.ts';
export { buildDocumentSchema, documentSchemaId } from './schema/build-document-schema.ts';
export { type DocumentSummary, type NodeSummary, summarizeDocument } from './summary/summarize-document.ts';
export {
  type ContractDeployment,
  type DeployCalldataParameters,
  type DeployCalldataReturnType,
  deployCalldata,
  type TokenHolder,
} from './targets/openzeppelin/deploy-calldata.ts';
export { eip712Name } from './targets/openzeppelin/eip712-name.ts';
export { percentToFraction } from './units/percent-to-fraction.ts';
export { percentToParts } from './units/percent-to-parts.ts';
export { secondsToClock } from './units/seconds-to-clock.ts';
export { toBaseUnits } from './units/to-base-units.ts';
export { checkDocument, isValid, validateDocument } from './validate/validate-document.ts';
