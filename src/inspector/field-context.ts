import { createContext, useContext } from 'react';
import type { Diagnostic, Language } from '../../compiler/index.ts';
import type { FieldPath } from '../edits/set-node-field.ts';

/** What every field of one inspector form shares: where its edits go and which problems it shows. */
export interface FieldContextValue {
  /** The node id (or "document") the form edits: part of every input's id and every draft's reset key. */
  scope: string;
  language: Language;
  /** The document's diagnostics a field at this dotted path shows under itself. */
  diagnosticsFor(path: string): readonly Diagnostic[];
  /** Writes one field as one undo step; `undefined` removes it, so its default applies again. */
  commit(path: FieldPath, value: unknown): void;
}

/** The form a field belongs to. Provided by the node and document sections of the inspector. */
export const FieldContext = createContext<FieldContextValue | undefined>(undefined);

/** The form this field belongs to; a field outside a form is a programmer error. */
export function useFieldContext(): FieldContextValue {
  const context = useContext(FieldContext);
  if (!context) throw new Error('useFieldContext: a field was rendered outside an inspector form');
  return context;
}
