import { lazy, Suspense } from 'react';
import { createBrowserRouter } from 'react-router';
import { DocumentsPage } from './features/document/DocumentsPage';
import { HomePage } from './features/home/HomePage';
import { AccessibilityPage } from './features/static/AccessibilityPage';
import { NotFoundPage } from './features/static/NotFoundPage';
import { PrivacyPage } from './features/static/PrivacyPage';
import { Layout } from './shell/Layout';
import { Loading } from './ui/Loading';

// The editor (Tiptap + Yjs) is most of the code: load it only when a document is opened.
const DocumentPage = lazy(() => import('./features/document/DocumentPage'));

/** Every route of the app; the e2e accessibility check visits each one (e2e/routes.ts). */
export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'documenten', element: <DocumentsPage /> },
      {
        path: 'd/:id',
        element: (
          <Suspense fallback={<Loading />}>
            <DocumentPage />
          </Suspense>
        ),
      },
      { path: 'toegankelijkheid', element: <AccessibilityPage /> },
      { path: 'privacy', element: <PrivacyPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
