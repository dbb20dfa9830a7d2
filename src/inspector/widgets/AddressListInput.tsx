import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseAddressList } from '../parse/parse-address-list.ts';
import { useDraft } from '../use-draft.ts';
import { DraftTextInput } from './DraftTextInput.tsx';
import type { WidgetProps } from './widget-props.ts';

/**
 * Addresses one a line, stored as a checksummed list. Each bad or repeated line is named by its number; nothing
 * is stored until every line is an address.
 */
export function AddressListInput(props: WidgetProps<string[]>) {
  const { t } = useTranslation();
  const [checksummed, setChecksummed] = useState<readonly string[] | undefined>(undefined);
  const stored = props.value ?? [];
  const draft = useDraft({
    resetKey: props.resetKey,
    text: stored.join('\n'),
    value: props.value,
    parse: (text) => {
      const parsed = parseAddressList(text);
      if (!parsed.ok) return parsed;
      const typed = text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '');
      setChecksummed(parsed.value.some((address, i) => address !== typed[i]) ? parsed.value : undefined);
      if (parsed.value.length === 0 && !props.required) return { ok: true, value: undefined };
      return parsed;
    },
    onCommit: props.onCommit,
  });
  return (
    <>
      <DraftTextInput
        id={props.id}
        draft={draft}
        multiline
        describedBy={props.describedBy}
        spellCheck={false}
      />
      <p className="field-note">
        {t('inspector.addresses', { count: stored.length })}
        {checksummed !== undefined && JSON.stringify(checksummed) === JSON.stringify(props.value)
          ? ` · ${t('inspector.checksummedList')}`
          : ''}
      </p>
    </>
  );
}
