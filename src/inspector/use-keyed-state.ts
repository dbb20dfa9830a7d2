import { useState } from 'react';

/**
 * State that starts again from `initial` whenever `key` changes, without remounting (so the focused input keeps
 * focus). A widget keys its draft by node id and stored value: undo, redo or another node shows the new value.
 */
export function useKeyedState<T>(key: string, initial: T): [T, (value: T) => void] {
  const [state, setState] = useState({ key, value: initial });
  if (state.key !== key) {
    setState({ key, value: initial });
    return [initial, (value) => setState({ key, value })];
  }
  return [state.value, (value) => setState({ key, value })];
}
