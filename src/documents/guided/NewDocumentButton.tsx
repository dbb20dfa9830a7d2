import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GuidedStart } from './GuidedStart.tsx';

/** The toolbar's "New": opens the guided start. */
export function NewDocumentButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('toolbar.new')}
      </button>
      <GuidedStart open={open} onOpenChange={setOpen} />
    </>
  );
}
