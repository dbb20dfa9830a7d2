import { useTranslation } from 'react-i18next';
import { downloadText } from '../../documents/download-text.ts';
import { CopyButton } from './CopyButton.tsx';

/** A titled block of output text (JSON or calldata) with copy and download buttons. */
export function TextBlock(props: {
  title: string;
  note?: string;
  text: string;
  fileName: string;
  type?: string;
}) {
  const { t } = useTranslation();
  return (
    <section className="output-block" aria-label={props.title}>
      <header>
        <h4>{props.title}</h4>
        {props.note ? <span className="output-note">{props.note}</span> : null}
        <CopyButton text={props.text} />
        <button type="button" onClick={() => downloadText(props.fileName, props.text, props.type)}>
          {t('output.download')}
        </button>
      </header>
      <pre className="output-text">{props.text}</pre>
    </section>
  );
}
