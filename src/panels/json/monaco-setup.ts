// Monaco bundled with the app (no CDN): the lean editor core, the JSON language and only the features JSON
// editing needs. This module is reached only from the lazily loaded JSON panel, so all of it stays in that chunk.
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/codicon/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/folding/register';
import 'monaco-editor/features/format/register';
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/linesOperations/register';
import 'monaco-editor/features/multicursor/register';
import 'monaco-editor/features/smartSelect/register';
import 'monaco-editor/features/snippet/register';
import 'monaco-editor/features/suggest/register';
import 'monaco-editor/features/wordHighlighter/register';
import 'monaco-editor/features/wordOperations/register';
import * as monaco from 'monaco-editor/editor';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/language/json/json.worker?worker';
import { jsonDefaults } from 'monaco-editor/languages/features/json/register';
import documentSchema from '../../../rules-schema/charter.schema.json' with { type: 'json' };
import { documentModelUri } from './document-model-uri.ts';

let ready = false;

/**
 * Sets monaco up once: its workers from the app's own bundle, and the rule document's JSON Schema for the model at
 * {@link documentModelUri}, so the editor validates, completes and explains fields as the CLI's validator reads them.
 * Returns the monaco namespace.
 */
export function setUpMonaco(): typeof monaco {
  if (ready) return monaco;
  ready = true;
  (globalThis as { MonacoEnvironment?: unknown }).MonacoEnvironment = {
    getWorker: (_workerId: string, label: string) =>
      label === 'json' ? new JsonWorker() : new EditorWorker(),
  };
  jsonDefaults.setDiagnosticsOptions({
    validate: true,
    allowComments: false,
    trailingCommas: 'error',
    comments: 'error',
    enableSchemaRequest: false,
    schemaValidation: 'error',
    schemas: [
      {
        uri: documentSchema.$id,
        fileMatch: [documentModelUri],
        schema: documentSchema,
      },
    ],
  });
  return monaco;
}
