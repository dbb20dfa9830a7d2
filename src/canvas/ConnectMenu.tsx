import { type KeyboardEvent, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { getNodeKind } from '../../compiler/index.ts';
import { useUiStore } from '../app/ui-store.ts';
import { connect, portsOfStoredNode } from '../edits/connect.ts';
import { connectionTargets } from '../edits/connection-targets.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { useDocumentStore } from '../store/document-store.ts';
import { type PortRef, useCanvasViewStore } from './canvas-view-store.ts';

/** The port's element on the canvas, to give focus back to. */
function portElement(port: PortRef): HTMLElement | null {
  return window.document.querySelector<HTMLElement>(
    `.react-flow__node[data-id="${CSS.escape(port.node)}"] .react-flow__handle[data-handleid="${CSS.escape(port.port)}"]`,
  );
}

/**
 * The keyboard way to connect: a menu, opened by Enter on a port, of every port it may be connected to now. Arrow
 * keys move, Enter connects (one undo step), Escape closes; focus goes back to the port either way.
 */
export function ConnectMenu() {
  const { t } = useTranslation();
  const language = useLanguage();
  const from = useCanvasViewStore((state) => state.connectFrom);
  const document = useDocumentStore((state) => state.document);
  const list = useRef<HTMLDivElement>(null);

  const titleOf = (nodeId: string) => {
    const node = document.nodes.find((candidate) => candidate.id === nodeId);
    return node?.label?.trim() || (node && getNodeKind(node.kind)?.title[language]) || nodeId;
  };
  const targets = useMemo(() => (from ? connectionTargets(document, from) : []), [document, from]);
  const own = useMemo(() => {
    const node = from ? document.nodes.find((candidate) => candidate.id === from.node) : undefined;
    return node && from ? portsOfStoredNode(node).find((port) => port.id === from.port) : undefined;
  }, [document, from]);

  useEffect(() => {
    if (from) list.current?.querySelector<HTMLElement>('[role="menuitem"], .connect-menu-cancel')?.focus();
  }, [from]);

  if (!from || !own) return null;
  const close = () => {
    useCanvasViewStore.getState().setConnectFrom(undefined);
    requestAnimationFrame(() => portElement(from)?.focus());
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    event.stopPropagation();
    const items = [...(list.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(window.document.activeElement as HTMLElement);
    if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      close();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      items[(at + step + items.length) % items.length]?.focus();
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      (event.key === 'Home' ? items[0] : items.at(-1))?.focus();
    }
  };
  const title = t('canvas.connectMenu.title', { port: own.label[language], node: titleOf(from.node) });
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the menu's keys are handled on its container, as WAI-ARIA's menu pattern does
    <div
      className="connect-menu"
      onKeyDown={onKeyDown}
      // Focus leaving the menu (a click on the canvas, another control) closes it without connecting.
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null))
          useCanvasViewStore.getState().setConnectFrom(undefined);
      }}
      ref={list}
    >
      <p className="connect-menu-title" id="connect-menu-title">
        {title}
      </p>
      {targets.length === 0 ? <p className="connect-menu-none">{t('canvas.connectMenu.none')}</p> : null}
      <div role="menu" aria-labelledby="connect-menu-title">
        {targets.map((target) => {
          const label = t('canvas.connectMenu.target', {
            port: target.port.label[language],
            node: titleOf(target.node),
          });
          return (
            <button
              key={`${target.node}\u0000${target.port.id}`}
              type="button"
              role="menuitem"
              tabIndex={-1}
              className="connect-menu-item"
              onClick={() => {
                useDocumentStore.getState().edit((doc) => connect(doc, target.connection, language));
                useUiStore
                  .getState()
                  .toast('info', t('canvas.connectMenu.done', { from: own.label[language], to: label }));
                close();
              }}
            >
              {label}
            </button>
          );
        })}
      </div>
      <button type="button" className="connect-menu-cancel" onClick={close}>
        {t('canvas.connectMenu.cancel')}
      </button>
    </div>
  );
}
