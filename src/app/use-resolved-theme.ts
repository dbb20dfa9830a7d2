import { useSyncExternalStore } from 'react';
import { useUiStore } from './ui-store.ts';

const query = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia(query);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

/** The theme in effect: the user's choice, or the system's when the choice is `system`. */
export function useResolvedTheme(): 'light' | 'dark' {
  const choice = useUiStore((state) => state.theme);
  const systemDark = useSyncExternalStore(subscribe, () => window.matchMedia(query).matches);
  if (choice !== 'system') return choice;
  return systemDark ? 'dark' : 'light';
}
