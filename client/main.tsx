import './fonts.css';
import './nlds.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { MeProvider } from './api/MeContext';
import { initI18n } from './i18n';
import { router } from './routes';
import { registerServiceWorker } from './shell/serviceWorker';

initI18n();
registerServiceWorker();

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <MeProvider>
      <RouterProvider router={router} />
    </MeProvider>
  </StrictMode>,
);
