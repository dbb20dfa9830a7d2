import { createDiagnostic } from '../diagnostics/create-diagnostic.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { DiagnosticCode } from '../diagnostics/diagnostic-codes.ts';
import type { LocalizedArg } from '../diagnostics/message-args.ts';
import { type Said, say } from '../diagnostics/say.ts';
import { isObject } from '../document/is-object.ts';
import { nodeNameWords } from '../format/node-name-words.ts';
import { ordinal } from '../format/ordinal.ts';
import { nodeKinds } from '../nodes/catalogue.ts';
import type { JsonSchema } from '../nodes/node-kind.ts';
import { pascalCase } from '../schema/build-document-schema.ts';
import { documentSchema, schemaDefs, schemaWalk } from '../schema/schema-walk.ts';
import { closestMatch } from './closest-match.ts';
import { describeSchemaError, didYouMean, show } from './describe-schema-error.ts';
import { documentSchemaValidator } from './document-schema-validator.ts';
import { fieldWords } from './field-words.ts';
import { relevantSchemaErrors } from './relevant-schema-errors.ts';

/** What the schema check found: its diagnostics, and which nodes and edges the graph checks must not trust. */
export interface SchemaCheck {
  diagnostics: Diagnostic[];
  /** Indexes of nodes with any schema error: their params are not known to be well formed. */
  invalidNodes: Set<number>;
  /** Indexes of edges with any schema error. */
  invalidEdges: Set<number>;
}

const kindNames: readonly string[] = nodeKinds.map((definition) => definition.kind);

function segmentsOf(instancePath: string): string[] {
  return instancePath === ''
    ? []
    : instancePath
        .slice(1)
        .split('/')
        .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * Checks a parsed document against rules-schema/charter.schema.json and says what is wrong in a founder's words,
 * naming the node by its label and the field by its title: 'Token vote: Quorum › Percent of supply must be a
 * percentage from 0 to 100 written as text, such as "4" or "4.5" (it is "400")'.
 */
export function schemaDiagnostics(document: unknown): SchemaCheck {
  const check: SchemaCheck = { diagnostics: [], invalidNodes: new Set(), invalidEdges: new Set() };
  const validate = documentSchemaValidator();
  if (validate(document)) return check;
  const record: Record<string, unknown> = isObject(document) ? document : {};
  for (const error of relevantSchemaErrors(validate.errors ?? [])) {
    const segments = segmentsOf(error.instancePath);
    if (error.keyword === 'required')
      segments.push(String((error.params as { missingProperty: string }).missingProperty));
    if (error.keyword === 'additionalProperties') {
      segments.push(String((error.params as { additionalProperty: string }).additionalProperty));
    }
    let where: LocalizedArg = { en: 'The document', ko: '문서' };
    let start: JsonSchema = documentSchema;
    let fieldSegments = segments;
    const location: { nodeId?: string; edgeId?: string } = {};
    const [list, indexText] = segments;
    if ((list === 'nodes' || list === 'edges') && indexText !== undefined && /^\d+$/.test(indexText)) {
      const index = Number(indexText);
      const item = Array.isArray(record[list]) ? (record[list] as unknown[])[index] : undefined;
      const id = isObject(item) && typeof item.id === 'string' ? item.id : undefined;
      fieldSegments = segments.slice(2);
      if (list === 'nodes') {
        check.invalidNodes.add(index);
        if (id !== undefined) location.nodeId = id;
        where = nodeNameWords(item, index);
        const kind = isObject(item) && typeof item.kind === 'string' ? item.kind : '';
        start = kindNames.includes(kind) ? schemaDefs[`${pascalCase(kind)}Node`]! : {};
      } else {
        check.invalidEdges.add(index);
        if (id !== undefined) location.edgeId = id;
        where =
          id !== undefined
            ? { en: `Edge "${id}"`, ko: `연결선 "${id}"` }
            : { en: `The ${ordinal(index)} edge`, ko: `${index + 1}번째 연결선` };
        start = schemaDefs.CharterEdge!;
      }
    }
    const field = fieldSegments.join('.');
    if (error.keyword === 'discriminator') {
      const kind = (error.data as Record<string, unknown>).kind;
      if (typeof kind === 'string') {
        const hint = closestMatch(kind, kindNames);
        const message = say('schema.unknown-kind', { where, kind, hint: didYouMean(hint) });
        check.diagnostics.push(createDiagnostic('unknown-kind', message, { ...location, field: 'kind' }));
      } else {
        const message = say('schema.kind-not-text', { where, got: show(kind) });
        check.diagnostics.push(createDiagnostic('wrong-type', message, { ...location, field: 'kind' }));
      }
      continue;
    }
    const { titles, at } = schemaWalk(start, fieldSegments);
    const shown = (list: string[]) => list.filter((_title, i) => !(i === 0 && fieldSegments[0] === 'params'));
    const shownTitles = shown(titles);
    const koreanTitles = shown(schemaWalk(start, fieldSegments, 'ko').titles);
    const fieldName = fieldWords(shownTitles, koreanTitles);
    let message: Said;
    let code: DiagnosticCode;
    if (error.keyword === 'required') {
      code = 'missing-field';
      message = say('schema.missing', { where, field: fieldName ?? { en: 'a field', ko: '항목' } });
    } else if (error.keyword === 'additionalProperties') {
      code = 'unknown-field';
      const name = fieldSegments.at(-1) ?? '';
      const owner = schemaWalk(start, fieldSegments.slice(0, -1)).at;
      const known = Object.keys((owner.properties as Record<string, unknown> | undefined) ?? {});
      const hint = closestMatch(name, known);
      const ownerWords = fieldWords(shownTitles.slice(0, -1), koreanTitles.slice(0, -1));
      message = ownerWords
        ? say('schema.unknown-field-of', { where, name, owner: ownerWords, hint: didYouMean(hint) })
        : say('schema.unknown-field', { where, name, hint: didYouMean(hint) });
    } else {
      const described = describeSchemaError(error, at);
      code = described.code;
      const field = fieldName ?? { en: 'the value', ko: '값' };
      message = say(described.template, { ...described.args, where, field });
    }
    check.diagnostics.push(createDiagnostic(code, message, field === '' ? location : { ...location, field }));
  }
  return check;
}
