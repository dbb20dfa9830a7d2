import { type KeyboardEvent, type PointerEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

const storageKey = 'charter:panel-height';
const minHeight = 120;

function clamp(height: number): number {
  return Math.round(Math.min(Math.max(height, minHeight), window.innerHeight * 0.75));
}

function storedHeight(): number {
  const stored = Number(localStorage.getItem(storageKey));
  return Number.isFinite(stored) && stored > 0 ? clamp(stored) : clamp(window.innerHeight * 0.27);
}

/**
 * The bar between the canvas and the panels under it: drag it, or focus it and press ↑ and ↓, to give the panels
 * more or less room. The height is remembered, and applied as `--panel-height` on the workspace.
 */
export function Splitter() {
  const { t } = useTranslation();
  const [height, setHeight] = useState(storedHeight);
  useEffect(() => {
    document.querySelector<HTMLElement>('.workspace')?.style.setProperty('--panel-height', `${height}px`);
    localStorage.setItem(storageKey, String(height));
  }, [height]);
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
    const startY = event.clientY;
    const startHeight = height;
    const target = event.currentTarget;
    const move = (moveEvent: globalThis.PointerEvent) =>
      setHeight(clamp(startHeight + startY - moveEvent.clientY));
    const up = () => {
      target.removeEventListener('pointermove', move);
      target.removeEventListener('pointerup', up);
    };
    target.addEventListener('pointermove', move);
    target.addEventListener('pointerup', up);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.key === 'ArrowUp' ? 24 : event.key === 'ArrowDown' ? -24 : 0;
    if (step === 0) return;
    event.preventDefault();
    setHeight((before) => clamp(before + step));
  };
  return (
    // biome-ignore lint/a11y/useSemanticElements: a focusable separator is WAI-ARIA's window splitter; <hr> cannot take focus
    <div
      className="splitter"
      role="separator"
      aria-orientation="horizontal"
      aria-label={t('panels.resize')}
      aria-valuenow={height}
      aria-valuemin={minHeight}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
    />
  );
}
