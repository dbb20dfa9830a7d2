import { create } from 'zustand';

const minimapKey = 'charter:minimap';

/** How the canvas is shown around the graph: whether its minimap is open. Remembered, never an undo step. */
export interface CanvasViewState {
  /** Whether the minimap is shown in the canvas's bottom-right corner. @default true */
  minimap: boolean;
  setMinimap(open: boolean): void;
}

/** The smallest pane (pixels) that shows the minimap: on a smaller one it would cover the graph. */
export const minimapRoom = { width: 720, height: 400 };

/** Whether the minimap is drawn: the user has it open and the pane has room for it. */
export function minimapShown(open: boolean, pane: { width: number; height: number }): boolean {
  return open && pane.width >= minimapRoom.width && pane.height >= minimapRoom.height;
}

export const useCanvasViewStore = create<CanvasViewState>()((set) => ({
  minimap: typeof localStorage === 'undefined' || localStorage.getItem(minimapKey) !== 'folded',
  setMinimap(open) {
    localStorage.setItem(minimapKey, open ? 'open' : 'folded');
    set({ minimap: open });
  },
}));
