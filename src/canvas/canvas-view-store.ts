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
  /** Whether the view is moving (a pan, a zoom, a fit): work that can wait for the move to end waits. */
  moving: boolean;
  setMinimap(open: boolean): void;
  setConnectFrom(port: PortRef | undefined): void;
  setMoving(moving: boolean): void;
}

/** The smallest pane (pixels) that shows the minimap: on a smaller one it would cover the graph. */
export const minimapRoom = { width: 720, height: 400 };

/** The minimap's size on screen (React Flow's default), which a fit keeps the graph from under. */
export const minimapSize = { width: 200, height: 150 };

/** Whether the minimap is drawn: the user has it open and the pane has room for it. */
export function minimapShown(open: boolean, pane: { width: number; height: number }): boolean {
  return open && pane.width >= minimapRoom.width && pane.height >= minimapRoom.height;
}

export const useCanvasViewStore = create<CanvasViewState>()((set) => ({
  minimap: typeof localStorage === 'undefined' || localStorage.getItem(minimapKey) !== 'folded',
  connectFrom: undefined,
  moving: false,
  setConnectFrom(connectFrom) {
    set({ connectFrom });
  },
  setMoving(moving) {
    set({ moving });
  },
  setMinimap(open) {
    localStorage.setItem(minimapKey, open ? 'open' : 'folded');
    set({ minimap: open });
  },
}));
