// Charter's library: the pure core that the `charter` command and the app are front ends over.
export { type CompileResult, compile } from './compile/compile.ts';
export type { Diagnostic, Severity } from './diagnostics/diagnostic.ts';
export {
  type DiagnosticCode,
  type DiagnosticCodeInfo,
  diagnosticCodes,
} from './diagnostics/diagnostic-codes.ts';
export { type DiagnosticWords, diagnosticText } from './diagnostics/diagnostic-text.ts';
export type { LocalizedArg, MessageArg, MessageArgs } from './diagnostics/message-args.ts';
export type { MessageKey } from './diagnostics/messages/message-templates.ts';
export { alignByKind } from './diff/align-by-kind.ts';
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
export { type ParseDocumentResult, parseDocument } from './document/parse-document.ts';
export { withDefaults } from './document/with-defaults.ts';
export { CharterError } from './errors/charter-error.ts';
export {
  type ExplainedPath,
  type ExplainedSentence,
  type ExplainResult,
  explain,
} from './explain/explain.ts';
export {
  type ExplainedTarget,
  type ExplainTargetsResult,
  explainTargets,
  targetTitles,
} from './explain/explain-targets.ts';
export { formatAmount } from './format/format-amount.ts';
export { formatDuration } from './format/format-duration.ts';
export { formatPercent } from './format/format-percent.ts';
export { koreanParticle } from './format/korean-particle.ts';
export type * from './generated/charter-config.ts';
export type * from './generated/charter-document.ts';
export type { ImportResult } from './import/governor-document.ts';
export { importContracts } from './import/import-contracts.ts';
export { importGovernor } from './import/import-governor.ts';
export type { ImportNote } from './import/import-note.ts';
export { importSnapshotSpace } from './import/import-snapshot-space.ts';
export { type LintResult, lintDocument } from './lint/lint-document.ts';
export { type BoundFlow, type BoundNode, bindNode } from './nodes/bind-node.ts';
export { getNodeKind, nodeKinds } from './nodes/catalogue.ts';
export { defaultParams } from './nodes/default-params.ts';
export { fieldHelp, optionTitle } from './nodes/field-words.ts';
export type {
  AnyNodeKindDefinition,
  ExitRole,
  KindName,
  Language,
  Localized,
  NodeGroup,
  NodeKindDefinition,
  ParamsOf,
  PortDefinition,
  PortType,
} from './nodes/node-kind.ts';
export { failureRoles, nodeGroups } from './nodes/node-kind.ts';
export { type TargetName, targetNames } from './nodes/target-name.ts';
export { buildDocumentSchema, documentSchemaId } from './schema/build-document-schema.ts';
export { capture, type DecisionCapture, type RouteCapture } from './simulate/monte-carlo/capture.ts';
export type { PathCapture, PathNeed } from './simulate/monte-carlo/capture-paths.ts';
export { type ExactCoefficient, gini } from './simulate/monte-carlo/gini.ts';
export {
  type MonteCarloParameters,
  type MonteCarloReturnType,
  monteCarlo,
  runsWithinBudget,
  type TimeDistribution,
  type TypeStatistics,
  voterDrawBudget,
  votersPerRun,
} from './simulate/monte-carlo/monte-carlo.ts';
export { nakamoto } from './simulate/monte-carlo/nakamoto.ts';
export { scenarioDefaults } from './simulate/scenario/default-model.ts';
export { defaultScenario } from './simulate/scenario/default-scenario.ts';
export { drawnElectorates } from './simulate/scenario/drawn-electorates.ts';
export type { GeneratedElectorate } from './simulate/scenario/generate-electorate.ts';
export { generateElectorates } from './simulate/scenario/generate-electorates.ts';
export { mulberry32 } from './simulate/scenario/mulberry32.ts';
export { type ParseBalancesCsvReturnType, parseBalancesCsv } from './simulate/scenario/parse-balances-csv.ts';
export { type ReadScenarioReturnType, readScenario } from './simulate/scenario/read-scenario.ts';
export type {
  ElectorateModel,
  Holder,
  Preference,
  Scenario,
  ScenarioProposal,
} from './simulate/scenario/scenario.ts';
export { unknownScenarioIds } from './simulate/scenario/unknown-scenario-ids.ts';
export { type SimulateReturnType, simulate } from './simulate/simulate.ts';
export type { Coalition } from './simulate/step/coalition.ts';
export type { ProposalOutcome, ProposalTrace, StepTrace, TraceTally } from './simulate/trace.ts';
export { type DocumentSummary, type NodeSummary, summarizeDocument } from './summary/summarize-document.ts';
export { constructorArgsFor, type DeployAddresses } from './targets/openzeppelin/constructor-args-for.ts';
export {
  type ContractDeployment,
  type DeployCalldataParameters,
  type DeployCalldataReturnType,
  deployCalldata,
  type TokenHolder,
} from './targets/openzeppelin/deploy-calldata.ts';
export {
  type DeploymentPlan,
  type DeploymentStep,
  deploymentPlan,
} from './targets/openzeppelin/deployment-plan.ts';
export { eip712Name } from './targets/openzeppelin/eip712-name.ts';
export { type VetoSafe, vetoSafe, vetoSafeSaltNonce } from './targets/openzeppelin/veto-safe.ts';
export {
  type PredictSafeAddressParameters,
  predictSafeAddress,
} from './targets/safe/predict-safe-address.ts';
export {
  proxyCreationEvent,
  type SafeDeploymentPlan,
  safeDeploymentPlan,
} from './targets/safe/safe-deployment-plan.ts';
export { keccak256Text } from './units/keccak256.ts';
export { percentToFraction } from './units/percent-to-fraction.ts';
export { percentToParts } from './units/percent-to-parts.ts';
export { secondsToClock } from './units/seconds-to-clock.ts';
export { toBaseUnits } from './units/to-base-units.ts';
export { checkDocument, isValid, validateDocument } from './validate/validate-document.ts';
