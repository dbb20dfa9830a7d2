// Korean text in a font the app ships, so Hangul never renders as boxes where the system has no CJK font.
import '@fontsource-variable/noto-sans-kr';
import '@xyflow/react/dist/style.css';
import './app/app.css';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ReactFlowProvider } from '@xyflow/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { useUiStore } from './app/ui-store.ts';
import { readAutosave, startAutosave } from './documents/autosave.ts';
import { firstTemplate } from './documents/templates.ts';
import { setUpI18n } from './i18n/i18n.ts';
import { openSharedLink } from './panels/review/open-shared-link.ts';
import { startVersionHistory } from './panels/review/version-history.ts';
import { startChecking } from './store/check-store.ts';
import { useDocumentStore } from './store/document-store.ts';

/** Compile and simulate jobs, keyed by the document's hash and the scenario, cached between panels. */
const queryClient = new QueryClient({
  defaultOptions: {
    queries: { staleTime: Number.POSITIVE_INFINITY, retry: false, refetchOnWindowFocus: false },
  },
});

/** Opens the last session's document when there is one, else the token-governor template; then autosaves. */
async function boot(): Promise<void> {
  const i18n = setUpI18n();
  const store = useDocumentStore.getState();
  // The diff view's saved versions: started before any document opens, so the first one is recorded too.
  startVersionHistory();
  const shared = openSharedLink(window.location.hash);
  const restored = shared ? undefined : await readAutosave();
  if (shared) {
    // The shared document (or, for a broken link, the message saying why) is already open.
  } else if (restored) {
    store.replace(restored.document, { saved: restored.saved === true });
    const time = new Date(restored.savedAt).toLocaleString(i18n.language);
    useUiStore.getState().toast('info', i18n.t('documents.restored', { time }));
  } else {
    store.replace(structuredClone(firstTemplate.document), { saved: true });
  }
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
