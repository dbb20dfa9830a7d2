// Korean text in a font the app ships, so Hangul never renders as boxes where the system has no CJK font.
import '@fontsource-variable/noto-sans-kr';
import '@xyflow/react/dist/style.css';
import './app/app.css';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ReactFlowProvider } from '@xyflow/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { startAutosave } from './documents/autosave.ts';
import { restoreAutosave } from './documents/restore-autosave.ts';
import { setUpI18n } from './i18n/i18n.ts';
import { openSharedLink } from './panels/review/open-shared-link.ts';
import { startVersionHistory } from './panels/review/version-history.ts';
import { startChecking } from './store/check-store.ts';

/** Compile and simulate jobs, keyed by the document's hash and the scenario, cached between panels. */
const queryClient = new QueryClient({
  defaultOptions: {
    queries: { staleTime: Number.POSITIVE_INFINITY, retry: false, refetchOnWindowFocus: false },
  },
});

/** Opens the last session's document when there is one, else the token-governor template; then autosaves. */
async function boot(): Promise<void> {
  const i18n = setUpI18n();
  // The diff view's saved versions: started before any document opens, so the first one is recorded too.
  startVersionHistory();
  // A share link opens read-only (or, broken, says why); otherwise the newest autosave that reads, else a template.
  if (!openSharedLink(window.location.hash)) await restoreAutosave(i18n);
  startAutosave();
  startChecking();
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <ReactFlowProvider>
          <App />
        </ReactFlowProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
}

void boot();
