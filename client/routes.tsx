import { lazy, type ReactNode, Suspense } from 'react';
import { createBrowserRouter } from 'react-router';
import { AdminPage } from './features/admin/AdminPage';
import { OverviewPage } from './features/home/OverviewPage';
import { JoinPage } from './features/join/JoinPage';
import { AccessibilityPage } from './features/static/AccessibilityPage';
import { NotFoundPage } from './features/static/NotFoundPage';
import { PrivacyPage } from './features/static/PrivacyPage';
import { WerkgroepDocumentsPage } from './features/werkgroep/WerkgroepDocumentsPage';
import { WerkgroepLayout } from './features/werkgroep/WerkgroepLayout';
import { WerkgroepPage } from './features/werkgroep/WerkgroepPage';
import { Layout } from './shell/Layout';
import { Loading } from './ui/Loading';

// The editor (Tiptap + Yjs) is most of the code: load it only when a document is opened.
const DocumentPage = lazy(() => import('./features/document/DocumentPage'));
// Votes and decisions: one chunk, loaded when one of their pages opens.
const VotesPage = lazy(() => import('./features/votes/VotesPage').then((m) => ({ default: m.VotesPage })));
const NewVotePage = lazy(() =>
  import('./features/votes/NewVotePage').then((m) => ({ default: m.NewVotePage })),
);
const VotePage = lazy(() => import('./features/votes/VotePage').then((m) => ({ default: m.VotePage })));
const DecisionsPage = lazy(() =>
  import('./features/votes/DecisionsPage').then((m) => ({ default: m.DecisionsPage })),
);
// Boards (canvas, list, Yjs rooms): loaded when a board page opens.
const BoardsPage = lazy(() =>
  import('./features/boards/BoardsPage').then((m) => ({ default: m.BoardsPage })),
);
const BoardPage = lazy(() => import('./features/boards/BoardPage').then((m) => ({ default: m.BoardPage })));
const later = (page: ReactNode) => <Suspense fallback={<Loading />}>{page}</Suspense>;

/** Every route of the app; the e2e accessibility check visits each one (e2e/routes.ts). */
export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { index: true, element: <OverviewPage /> },
      { path: 'uitnodiging/:code', element: <JoinPage /> },
      {
        path: 'w/:werkgroepId',
        element: <WerkgroepLayout />,
        children: [
          { index: true, element: <WerkgroepPage /> },
          { path: 'documenten', element: <WerkgroepDocumentsPage /> },
          { path: 'borden', element: later(<BoardsPage />) },
          { path: 'borden/:boardId', element: later(<BoardPage />) },
          { path: 'stemmingen', element: later(<VotesPage />) },
          { path: 'stemmingen/nieuw', element: later(<NewVotePage />) },
          { path: 'stemmingen/:voteId', element: later(<VotePage />) },
          { path: 'besluiten', element: later(<DecisionsPage />) },
          {
            path: 'd/:documentId',
            element: (
              <Suspense fallback={<Loading />}>
                <DocumentPage />
              </Suspense>
            ),
          },
        ],
      },
      { path: 'beheer', element: <AdminPage /> },
      { path: 'toegankelijkheid', element: <AccessibilityPage /> },
      { path: 'privacy', element: <PrivacyPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
