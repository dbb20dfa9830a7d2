import { type Diagnostic, diagnosticText } from '../../compiler/index.ts';
import { useLanguage } from '../i18n/use-language.ts';

/** The document's problems about one field (or one node), worded by the compiler in the UI's language, styled by severity. */
export function DiagnosticList(props: { diagnostics: readonly Diagnostic[]; label?: string }) {
  const language = useLanguage();
  if (props.diagnostics.length === 0) return null;
  return (
    <ul className="field-diagnostics" aria-label={props.label}>
      {props.diagnostics.map((diagnostic, index) => (
        <li
          // biome-ignore lint/suspicious/noArrayIndexKey: one check's diagnostics, in order
          key={`${diagnostic.code}-${index}`}
          className={`field-${diagnostic.severity}`}
          data-code={diagnostic.code}
        >
          {diagnosticText(diagnostic, language)}
        </li>
      ))}
    </ul>
  );
}
