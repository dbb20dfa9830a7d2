import { type ComponentType, lazy } from 'react';

/** One tab of a panel area: its i18n key (under `panels`) and its component, loaded when first shown. */
export interface PanelTab {
  id: string;
  /** i18n key of the tab's title, under `panels`. */
  title: string;
  component: ComponentType;
  /** Whether the tab is shown in read-only review. */
  inReview: boolean;
}

/**
 * The tabs under the canvas. Each panel lives in its own folder and its own lazily loaded chunk, so the editor's
 * first load carries none of them (monaco alone is about 1 MB).
 */
export const bottomTabs: readonly PanelTab[] = [
  {
    id: 'problems',
    title: 'problems',
    component: lazy(() =>
      import('../problems/ProblemsPanel.tsx').then((m) => ({ default: m.ProblemsPanel })),
    ),
    inReview: true,
  },
  {
    id: 'json',
    title: 'json',
    component: lazy(() => import('./json/JsonPanel.tsx').then((m) => ({ default: m.JsonPanel }))),
    inReview: true,
  },
  {
    id: 'output',
    title: 'output',
    component: lazy(() => import('./output/OutputPanel.tsx').then((m) => ({ default: m.OutputPanel }))),
    inReview: true,
  },
  {
    id: 'preview',
    title: 'preview',
    component: lazy(() => import('./preview/PreviewPanel.tsx').then((m) => ({ default: m.PreviewPanel }))),
    inReview: true,
  },
];

/** The tabs of the right-hand side: the inspector, and the review (summary, diff, share, export). */
export const sideTabs: readonly PanelTab[] = [
  {
    id: 'inspector',
    title: 'inspector',
    component: lazy(() => import('../inspector/Inspector.tsx').then((m) => ({ default: m.Inspector }))),
    inReview: false,
  },
  {
    id: 'review',
    title: 'review',
    component: lazy(() => import('./review/ReviewPanel.tsx').then((m) => ({ default: m.ReviewPanel }))),
    inReview: true,
  },
];
