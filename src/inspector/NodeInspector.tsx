import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type CharterNode, getNodeKind } from '../../compiler/index.ts';
import { removeElements } from '../edits/remove-elements.ts';
import { setNodeField } from '../edits/set-node-field.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { useDocumentStore } from '../store/document-store.ts';

import { DiagnosticList } from './DiagnosticList.tsx';
import { FieldWidget } from './FieldWidget.tsx';
import { FieldContext, type FieldContextValue } from './field-context.ts';
import { groupDiagnostics } from './group-diagnostics.ts';
import { inputId } from './input-id.ts';
import type { FieldSchema } from './schema/field-schema.ts';
import { useDiagnostics } from './use-diagnostics.ts';
import { ObjectFields } from './widgets/ObjectFields.tsx';

const labelSchema: FieldSchema = { type: 'string', maxLength: 120 };
const descriptionSchema: FieldSchema = { type: 'string', maxLength: 5000 };
const paramsAsJson: FieldSchema = { type: 'object' };

/**
 * The inspector of one node: its kind in words, its id, label and description, the form generated from its
 * kind's parameter schema, the problems the document check found in it, and a button to delete it.
 */
export function NodeInspector(props: { node: CharterNode }) {
  const { node } = props;
  const { t } = useTranslation();
  const language = useLanguage();
  const diagnostics = useDiagnostics();
  const definition = getNodeKind(node.kind);
  const paramsSchema = definition?.params as FieldSchema | undefined;
  const grouped = useMemo(
    () => groupDiagnostics(diagnostics, node.id, paramsSchema),
    [diagnostics, node.id, paramsSchema],
  );
  const context = useMemo<FieldContextValue>(
    () => ({
      scope: node.id,
      language,
      diagnosticsFor: (path) => grouped.byField.get(path) ?? [],
      commit: (path, value) =>
        useDocumentStore.getState().edit((document) => setNodeField(document, node.id, path, value)),
    }),
    [node.id, language, grouped],
  );
  const remove = () =>
    useDocumentStore.getState().edit((document) => removeElements(document, new Set([node.id])));
  const idInput = inputId(node.id, ['id']);
  return (
    <FieldContext.Provider value={context}>
      <section className="inspector-section inspector-node" data-node-id={node.id}>
        <h3 className="inspector-kind">
          {definition ? definition.title[language] : t('inspector.unknownKind', { kind: node.kind })}
        </h3>
        {definition ? <p className="inspector-kind-description">{definition.description[language]}</p> : null}
        <DiagnosticList diagnostics={grouped.general} label={t('inspector.problems')} />
        <div className="field" data-field="id">
          <label htmlFor={idInput}>{t('inspector.id')}</label>
          <input id={idInput} type="text" value={node.id} readOnly />
          <DiagnosticList diagnostics={grouped.byField.get('id') ?? []} />
        </div>
        <FieldWidget
          schema={labelSchema}
          path={['label']}
          value={node.label}
          required={false}
          title={t('inspector.label')}
        />
        <FieldWidget
          schema={descriptionSchema}
          path={['description']}
          value={node.description}
          required={false}
          title={t('inspector.description')}
        />
      </section>
      <section className="inspector-section inspector-params" aria-labelledby={`${idInput}-params`}>
        <h3 id={`${idInput}-params`}>{t('inspector.parameters')}</h3>
        {paramsSchema ? (
          <ObjectFields schema={paramsSchema} path={['params']} value={node.params} />
        ) : (
          <FieldWidget
            schema={paramsAsJson}
            path={['params']}
            value={node.params}
            required
            title={t('inspector.parameters')}
          />
        )}
      </section>
      <section className="inspector-section inspector-actions">
        <button type="button" className="inspector-delete" onClick={remove}>
          {t('inspector.delete')}
        </button>
      </section>
    </FieldContext.Provider>
  );
}
