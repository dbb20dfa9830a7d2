import { create } from 'zustand';

/**
 * Whether the editor is in read-only review (a shared link): the canvas can be panned, zoomed and selected but not
 * changed, and the palette and editing commands are hidden. `banner` says where the document came from.
 */
export const useModeStore = create<{ readOnly: boolean; banner: string | undefined }>()(() => ({
  readOnly: false,
  banner: undefined,
}));
