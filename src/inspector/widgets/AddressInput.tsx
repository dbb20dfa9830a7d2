import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { allowEmpty } from '../parse/allow-empty.ts';
import { parseAddress } from '../parse/parse-address.ts';
import { useDraft } from '../use-draft.ts';
import { DraftTextInput } from './DraftTextInput.tsx';
import type { WidgetProps } from './widget-props.ts';

/**
 * An EVM address. A typo the EIP-55 checksum catches is refused; an address typed without a checksum (all
 * lowercase) is stored checksummed, and the inspector says so.
 */
export function AddressInput(props: WidgetProps<string>) {
  const { t } = useTranslation();
  const [checksummed, setChecksummed] = useState<string | undefined>(undefined);
  const draft = useDraft({
    resetKey: props.resetKey,
    text: props.value ?? '',
    value: props.value,
    parse: (text) => {
      const parsed = allowEmpty(parseAddress, props.required)(text);
      if (parsed.ok)
        setChecksummed(parsed.value !== undefined && parsed.value !== text.trim() ? parsed.value : undefined);
      return parsed;
    },
    onCommit: props.onCommit,
  });
  return (
    <>
      <DraftTextInput
        id={props.id}
        draft={draft}
        describedBy={props.describedBy}
        spellCheck={false}
        placeholder="0x…"
      />
      {checksummed !== undefined && checksummed === props.value && draft.errors.length === 0 ? (
        <p className="field-note">{t('inspector.checksummed', { address: checksummed })}</p>
      ) : null}
    </>
  );
}
