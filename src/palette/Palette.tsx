import { useReactFlow } from '@xyflow/react';
import { Workflow } from 'lucide-react';
import { type DragEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type NodeKindDefinition, nodeGroups, nodeKinds } from '../../compiler/index.ts';
import { blockDragType, kindDragType } from '../canvas/Canvas.tsx';
import { useFlowStore } from '../canvas/flow-store.ts';
import { kindIcon } from '../canvas/kind-icons.ts';
import { useShowArea } from '../canvas/use-show-area.ts';
import { addBlock } from '../edits/add-block.ts';
import { addNode } from '../edits/add-node.ts';
import { cardSize, freeSpot } from '../edits/free-spot.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { useDocumentStore } from '../store/document-store.ts';
import { blockSize, buildingBlocks } from './building-blocks.ts';
import { measuredSizes } from './measured-sizes.ts';

/** Whether a kind matches a search in either language, by title, description or kind name. */
function matches(kind: NodeKindDefinition, query: string): boolean {
  const words = query.toLowerCase().trim().split(/\s+/).filter(Boolean);
  const text = [kind.kind, kind.title.en, kind.title.ko, kind.description.en, kind.description.ko]
    .join(' ')
    .toLowerCase();
  return words.every((word) => text.includes(word));
}

/** A kind's icon in its group's colour. */
function PaletteIcon(props: { kind: NodeKindDefinition }) {
  const Icon = kindIcon(props.kind.kind, props.kind.group);
  return <Icon className="palette-icon" aria-hidden="true" size={16} strokeWidth={2.2} />;
}

/** Whether every word of a search is in any of `texts`, in any case. */
function matchesText(texts: readonly string[], query: string): boolean {
  const words = query.toLowerCase().trim().split(/\s+/).filter(Boolean);
  const text = texts.join(' ').toLowerCase();
  return words.every((word) => text.includes(word));
}

/**
 * Building blocks first (small graphs that drop already wired), then every node kind, grouped as DESIGN.md orders
 * them, with search. A block or a kind is dragged onto the canvas, or clicked (or chosen with Enter) to add it at the
 * free spot nearest the centre of the view; a block is one undo step.
 */
export function Palette() {
  const { t } = useTranslation();
  const language = useLanguage();
  const reactFlow = useReactFlow();
  const showArea = useShowArea();
  const edit = useDocumentStore((state) => state.edit);
  const [query, setQuery] = useState('');
  const groups = useMemo(
    () =>
      nodeGroups
        .map((group) => ({
          group,
          kinds: nodeKinds.filter((kind) => kind.group === group && matches(kind, query)),
        }))
        .filter((entry) => entry.kinds.length > 0),
    [query],
  );

  const blocks = buildingBlocks.filter((block) =>
    matchesText(
      (['en', 'ko'] as const).flatMap((lng) => [
        t(`blocks.${block.id}.name`, { lng }),
        t(`blocks.${block.id}.description`, { lng }),
      ]),
      query,
    ),
  );

  /** The centre of the view in canvas units, and the measured sizes of the cards, for {@link freeSpot}. */
  const viewCentre = () => {
    const bounds = document.querySelector('.canvas')?.getBoundingClientRect();
    const centre = bounds
      ? reactFlow.screenToFlowPosition({
          x: bounds.left + bounds.width / 2,
          y: bounds.top + bounds.height / 2,
        })
      : { x: 0, y: 0 };
    const sizes = measuredSizes();
    return { centre, sizes };
  };

  const add = (kind: string) => {
    const { centre, sizes } = viewCentre();
    let id = '';
    edit((doc) => {
      // Each new card goes to the free spot nearest the centre of the view, never on top of another.
      const added = addNode(doc, kind, freeSpot(doc, centre, sizes));
      id = added.id;
      return added.document;
    });
    useFlowStore.getState().select([id]);
  };

  const addBuildingBlock = (id: string) => {
    const block = buildingBlocks.find((b) => b.id === id);
    if (!block) return;
    const { centre, sizes } = viewCentre();
    let ids: string[] = [];
    const size = blockSize(block, cardSize);
    let corner = centre;
    edit((doc) => {
      corner = freeSpot(doc, centre, sizes, size);
      const added = addBlock(doc, block, corner, language);
      ids = added.ids;
      return added.document;
    });
    useFlowStore.getState().select(ids);
    showArea({ ...corner, ...size });
  };

  const onDragStart = (event: DragEvent, kind: string) => {
    event.dataTransfer.setData(kindDragType, kind);
    event.dataTransfer.effectAllowed = 'copy';
  };

  return (
    <nav className="palette" aria-label={t('palette.title')}>
      <input
        type="search"
        className="palette-search"
        placeholder={t('palette.search')}
        aria-label={t('palette.search')}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      <p className="palette-hint">{t('palette.hint')}</p>
      {groups.length === 0 && blocks.length === 0 ? (
        <p className="palette-empty">{t('palette.empty', { query })}</p>
      ) : null}
      {blocks.length > 0 ? (
        <section className="palette-group palette-blocks group-proposals">
          <h3>{t('palette.blocks')}</h3>
          <ul>
            {blocks.map((block) => (
              <li key={block.id}>
                <button
                  type="button"
                  className="palette-item palette-block"
                  draggable
                  data-block={block.id}
                  title={t(`blocks.${block.id}.description`)}
                  aria-label={t('palette.addBlock', { block: t(`blocks.${block.id}.name`) })}
                  onDragStart={(event) => {
                    event.dataTransfer.setData(blockDragType, block.id);
                    event.dataTransfer.effectAllowed = 'copy';
                  }}
                  onClick={() => addBuildingBlock(block.id)}
                >
                  <Workflow className="palette-icon" aria-hidden="true" size={16} strokeWidth={2.2} />
                  <span className="palette-title">{t(`blocks.${block.id}.name`)}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {groups.map(({ group, kinds }) => (
        <section key={group} className={`palette-group group-${group}`}>
          <h3>{t(`groups.${group}`)}</h3>
          <ul>
            {kinds.map((kind) => (
              <li key={kind.kind}>
                <button
                  type="button"
                  className="palette-item"
                  draggable
                  data-kind={kind.kind}
                  title={kind.description[language]}
                  aria-label={t('palette.add', { kind: kind.title[language] })}
                  onDragStart={(event) => onDragStart(event, kind.kind)}
                  onClick={() => add(kind.kind)}
                >
                  <PaletteIcon kind={kind} />
                  <span className="palette-title">{kind.title[language]}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </nav>
  );
}
