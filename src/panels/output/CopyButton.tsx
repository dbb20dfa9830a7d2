import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Copies `text` to the clipboard and says so for two seconds. */
export function CopyButton(props: { text: string; label?: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const copy = () => {
    void navigator.clipboard.writeText(props.text).then(() => {
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    });
  };
  return (
    <button type="button" onClick={copy}>
      {copied ? t('output.copied') : (props.label ?? t('output.copy'))}
    </button>
  );
}
