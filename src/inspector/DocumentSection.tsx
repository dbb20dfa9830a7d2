import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { bindNode, buildDocumentSchema, type CharterNode, type Diagnostic } from '../../compiler/index.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { useDocumentStore } from '../store/document-store.ts';

import { DiagnosticList } from './DiagnosticList.tsx';
import { FieldWidget } from './FieldWidget.tsx';
import { FieldContext, type FieldContextValue } from './field-context.ts';
import { type FieldSchema, subschema } from './schema/field-schema.ts';
import { setDocumentField } from './set-document-field.ts';
import { useDiagnostics } from './use-diagnostics.ts';

/** The id pattern of the document schema's `Id` (the current stage's type). */
const idPattern = '^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$';

let schemas: { top: FieldSchema; chain: FieldSchema } | undefined;

/** The document's own fields' schemas, from the published document schema (built once). */
function documentSchemas(): { top: FieldSchema; chain: FieldSchema } {
  if (!schemas) {
    const schema = buildDocumentSchema() as FieldSchema;
    schemas = {
      top: subschema(schema, 'properties') ?? {},
      chain: subschema(subschema(subschema(schema, '$defs') ?? {}, 'Chain') ?? {}, 'properties') ?? {},
    };
  }
  return schemas;
}

/** The stages a router by stage distinguishes; none for other nodes, or for one whose params are mid-edit. */
function routedStages(node: CharterNode): readonly string[] {
  try {
    const { flow } = bindNode(node);
    return flow.role === 'route' ? flow.stages.filter((stage) => typeof stage === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * The document's own settings, shown while no node is selected: name, description, chain id, block time, clock
 * and the current stage (a choice of the stage nodes' stage ids, when there are any).
 */
export function DocumentSection() {
  const { t } = useTranslation();
  const language = useLanguage();
  const document = useDocumentStore((state) => state.document);
  const diagnostics = useDiagnostics();
  const { top, chain } = documentSchemas();
  const documentDiagnostics = useMemo(() => {
    const byField = new Map<string, Diagnostic[]>();
    const general: Diagnostic[] = [];
    for (const diagnostic of diagnostics) {
      const own = diagnostic.nodeId === undefined && diagnostic.edgeId === undefined;
      if (diagnostic.field !== undefined && (own || diagnostic.field === 'currentStage'))
        byField.set(diagnostic.field, [...(byField.get(diagnostic.field) ?? []), diagnostic]);
      else if (own) general.push(diagnostic);
    }
    return { byField, general };
  }, [diagnostics]);
  const context = useMemo<FieldContextValue>(
    () => ({
      scope: 'document',
      language,
      diagnosticsFor: (path) => documentDiagnostics.byField.get(path) ?? [],
      commit: (path, value) =>
        useDocumentStore.getState().edit((current) => setDocumentField(current, path, value)),
    }),
    [language, documentDiagnostics],
  );
  const stageIds = document.nodes.flatMap(routedStages);
  const { $ref: _ref, ...currentStage } = subschema(top, 'currentStage') ?? {};
  const stageSchema: FieldSchema =
    stageIds.length > 0
      ? { ...currentStage, type: 'string', enum: [...new Set(stageIds)] }
      : { ...currentStage, type: 'string', 'x-unit': 'id', pattern: idPattern };
  const field = (schema: FieldSchema | undefined) => schema ?? {};
  return (
    <FieldContext.Provider value={context}>
      <section className="inspector-section inspector-document" aria-labelledby="inspector-document-title">
        <h3 id="inspector-document-title">{t('inspector.document')}</h3>
        <DiagnosticList diagnostics={documentDiagnostics.general} label={t('inspector.problems')} />
        <FieldWidget schema={field(subschema(top, 'name'))} path={['name']} value={document.name} required />
        <FieldWidget
          schema={field(subschema(top, 'description'))}
          path={['description']}
          value={document.description}
          required={false}
        />
        <FieldWidget
          schema={field(subschema(chain, 'chainId'))}
          path={['chain', 'chainId']}
          value={document.chain.chainId}
          required
          title={t('inspector.chainId')}
        />
        <FieldWidget
          schema={field(subschema(chain, 'blockTime'))}
          path={['chain', 'blockTime']}
          value={document.chain.blockTime}
          required={false}
          title={t('inspector.blockTime')}
        />
        <FieldWidget
          schema={field(subschema(chain, 'clockMode'))}
          path={['chain', 'clockMode']}
          value={document.chain.clockMode}
          required={false}
          title={t('inspector.clockMode')}
        />
        <FieldWidget
          schema={stageSchema}
          path={['currentStage']}
          value={document.currentStage}
          required={false}
          title={t('inspector.currentStage')}
        />
      </section>
    </FieldContext.Provider>
  );
}
