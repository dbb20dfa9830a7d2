import { create } from 'zustand';

const minimapKey = 'charter:minimap';

/** One port of one node. */
export interface PortRef {
  node: string;
  port: string;
}

/**
 * How the canvas is shown around the graph: whether its minimap is open (remembered) and which port the keyboard
 * "connect to…" menu is open for. Never an undo step.
 */
export interface CanvasViewState {
  /** Whether the minimap is shown in the canvas's bottom-right corner. @default true */
  minimap: boolean;
  /** The port whose "connect to…" menu is open, if any. */
  connectFrom: PortRef | undefined;
  setMinimap(open: boolean): void;
  setConnectFrom(port: PortRef | undefined): void;
}

/** The smallest pane (pixels) that shows the minimap: on a smaller one it would cover the graph. */
export const minimapRoom = { width: 720, height: 400 };

/** Whether the minimap is drawn: the user has it open and the pane has room for it. */
export function minimapShown(open: boolean, pane: { width: number; height: number }): boolean {
  return open && pane.width >= minimapRoom.width && pane.height >= minimapRoom.height;
}

export const useCanvasViewStore = create<CanvasViewState>()((set) => ({
  minimap: typeof localStorage === 'undefined' || localStorage.getItem(minimapKey) !== 'folded',
  connectFrom: undefined,
  setConnectFrom(connectFrom) {
    set({ connectFrom });
  },
  setMinimap(open) {
    localStorage.setItem(minimapKey, open ? 'open' : 'folded');
    set({ minimap: open });
  },
}));
