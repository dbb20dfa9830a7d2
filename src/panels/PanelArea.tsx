import { Maximize2, Minimize2 } from 'lucide-react';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useModeStore } from '../app/mode-store.ts';
import { useUiStore } from '../app/ui-store.ts';
import type { PanelTab } from './panel-registry.ts';

/**
 * A tabbed panel area (WAI-ARIA tabs: arrow keys move between tabs). A tab's panel stays mounted once opened, so
 * an editor keeps its cursor and a preview its results while another tab is in front.
 */
export function PanelArea(props: {
  tabs: readonly PanelTab[];
  label: string;
  className: string;
  /** Which area this is, for its Maximise button. */
  area: 'bottom' | 'side';
  initial?: string;
}) {
  const { t } = useTranslation();
  const readOnly = useModeStore((state) => state.readOnly);
  const maximised = useUiStore((state) => state.maximised) === props.area;
  const tabs = props.tabs.filter((tab) => !readOnly || tab.inReview);
  const [chosen, setChosen] = useState(props.initial ?? tabs[0]?.id);
  const active = tabs.some((tab) => tab.id === chosen) ? chosen : tabs[0]?.id;
  const [opened, setOpened] = useState<ReadonlySet<string>>(new Set(active ? [active] : []));
  const choose = (id: string) => {
    setChosen(id);
    setOpened((before) => new Set([...before, id]));
  };
  const onKeyDown = (event: React.KeyboardEvent, index: number) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    const next = tabs[(index + step + tabs.length) % tabs.length]!;
    choose(next.id);
    document.getElementById(`tab-${next.id}`)?.focus();
  };
  return (
    <section className={`panel-area ${props.className}`} aria-label={props.label}>
      <div className="panel-tabs" role="tablist" aria-label={props.label}>
        {tabs.map((tab, index) => (
          <button
            key={tab.id}
            id={`tab-${tab.id}`}
            type="button"
            role="tab"
            aria-selected={tab.id === active}
            aria-controls={`panel-${tab.id}`}
            tabIndex={tab.id === active ? 0 : -1}
            className="panel-tab"
            onClick={() => choose(tab.id)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            {t(`panels.${tab.title}`)}
          </button>
        ))}
        <button
          type="button"
          className="panel-maximise"
          aria-pressed={maximised}
          aria-label={t(maximised ? 'canvas.panels.restore' : 'canvas.panels.maximise')}
          title={t(maximised ? 'canvas.panels.restore' : 'canvas.panels.maximise')}
          onClick={() => useUiStore.getState().setMaximised(maximised ? 'none' : props.area)}
        >
          {maximised ? (
            <Minimize2 size={16} aria-hidden="true" />
          ) : (
            <Maximize2 size={16} aria-hidden="true" />
          )}
        </button>
      </div>
      {tabs
        .filter((tab) => opened.has(tab.id) || tab.id === active)
        .map((tab) => (
          <div
            key={tab.id}
            id={`panel-${tab.id}`}
            role="tabpanel"
            aria-labelledby={`tab-${tab.id}`}
            className={`panel-body panel-${tab.id}`}
            hidden={tab.id !== active}
          >
            <Suspense fallback={<p className="panel-loading">…</p>}>
              <tab.component />
            </Suspense>
          </div>
        ))}
    </section>
  );
}
