import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { prefetchMe } from './features/auth/auth.api';
import { i18nReady } from './i18n/i18n';
import { createQueryClient } from './lib/query-client';
import './app/global.css';

// Who is signed in is asked at once, while the texts arrive, not after the first render.
const queryClient = createQueryClient();
prefetchMe(queryClient);

// The router starts loading the page's code meanwhile too; rendering waits for the texts.
void i18nReady.then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>,
  ),
);
