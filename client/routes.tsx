import { type ComponentType, lazy, type ReactNode, Suspense } from 'react';
import { createBrowserRouter } from 'react-router';
import { SECRET_PAGES } from '../shared/api/pages';
import { OverviewPage } from './features/home/OverviewPage';
import { JoinPage } from './features/join/JoinPage';
import { JoinCodePage } from './features/meetings/JoinCodePage';
import { NotFoundPage } from './features/static/NotFoundPage';
import { Layout } from './shell/Layout';
import { Loading } from './ui/Loading';

// What an invite link, the join-by-code page and the overview need is in the first download; every
// other page is a chunk of its own, loaded when it opens (a resident's phone fetches only what it shows).
const named = <K extends string, M extends Record<K, ComponentType>>(load: () => Promise<M>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));
// The werkgroep frame (bar, menu, presence: its Yjs room) and its first pages.
const WerkgroepLayout = named(() => import('./features/werkgroep/WerkgroepLayout'), 'WerkgroepLayout');
const WerkgroepPage = named(() => import('./features/werkgroep/WerkgroepPage'), 'WerkgroepPage');
const WerkgroepDocumentsPage = named(
  () => import('./features/werkgroep/WerkgroepDocumentsPage'),
  'WerkgroepDocumentsPage',
);
const AdminPage = named(() => import('./features/admin/AdminPage'), 'AdminPage');
const AccessibilityPage = named(() => import('./features/static/AccessibilityPage'), 'AccessibilityPage');
const PrivacyPage = named(() => import('./features/static/PrivacyPage'), 'PrivacyPage');
// The editor (Tiptap + Yjs) is most of the code: load it only when a document is opened.
const DocumentPage = lazy(() => import('./features/document/DocumentPage'));
// Votes and decisions: one chunk, loaded when one of their pages opens.
const VotesPage = lazy(() => import('./features/votes/VotesPage').then((m) => ({ default: m.VotesPage })));
const NewVotePage = lazy(() =>
  import('./features/votes/NewVotePage').then((m) => ({ default: m.NewVotePage })),
);
const EditVotePage = lazy(() =>
  import('./features/votes/EditVotePage').then((m) => ({ default: m.EditVotePage })),
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
// Meetings (console, participant view, room screen, verslag): loaded when one of their pages opens.
const MeetingsPage = lazy(() =>
  import('./features/meetings/MeetingsPage').then((m) => ({ default: m.MeetingsPage })),
);
const ParticipantPage = lazy(() =>
  import('./features/meetings/ParticipantPage').then((m) => ({ default: m.ParticipantPage })),
);
const ConsolePage = lazy(() =>
  import('./features/meetings/ConsolePage').then((m) => ({ default: m.ConsolePage })),
);
const MinutesPage = lazy(() =>
  import('./features/meetings/MinutesPage').then((m) => ({ default: m.MinutesPage })),
);
const ScreenRoute = lazy(() =>
  import('./features/meetings/ScreenRoute').then((m) => ({ default: m.ScreenRoute })),
);
// The wijknetwerk (table, and the graph and map views): loaded when its page opens.
const NetworkPage = lazy(() =>
  import('./features/network/NetworkPage').then((m) => ({ default: m.NetworkPage })),
);
// The wijkakkoord (editor, afspraken, signing) and the public page a signing link opens: own chunks.
const AkkoordPage = named(() => import('./features/akkoord/AkkoordPage'), 'AkkoordPage');
const SignPage = named(() => import('./features/akkoord/SignPage'), 'SignPage');
// Monitoring (indicators with their charts; Observable Plot loads with the first chart).
const MonitoringPage = lazy(() =>
  import('./features/monitoring/MonitoringPage').then((m) => ({ default: m.MonitoringPage })),
);
// The uitvoeringsplan: loaded when its page opens.
const UitvoeringPage = named(() => import('./features/uitvoering/UitvoeringPage'), 'UitvoeringPage');
// The facilitator's page for the public wijkpagina (the page itself is server-rendered at /wijk/<slug>).
const WijkpaginaPage = lazy(() =>
  import('./features/wijkpagina/WijkpaginaPage').then((m) => ({ default: m.WijkpaginaPage })),
);
const later = (page: ReactNode) => <Suspense fallback={<Loading />}>{page}</Suspense>;

/** Every route of the app; the e2e accessibility check visits each one (e2e/routes.ts). */
export const router = createBrowserRouter([
  // The room screen (projector) has no site frame: no header, menus or footer to read past.
  { path: 'w/:werkgroepId/bijeenkomsten/:meetingId/scherm', element: later(<ScreenRoute />) },
  {
    element: <Layout />,
    children: [
      { index: true, element: <OverviewPage /> },
      { path: SECRET_PAGES.invite.slice(1), element: <JoinPage /> },
      { path: 'join', element: <JoinCodePage /> },
      { path: SECRET_PAGES.joinCode.slice(1), element: <JoinCodePage /> },
      { path: SECRET_PAGES.akkoordSign.slice(1), element: later(<SignPage />) },
      {
        path: 'w/:werkgroepId',
        element: later(<WerkgroepLayout />),
        children: [
          { index: true, element: later(<WerkgroepPage />) },
          { path: 'documenten', element: later(<WerkgroepDocumentsPage />) },
          { path: 'borden', element: later(<BoardsPage />) },
          { path: 'borden/:boardId', element: later(<BoardPage />) },
          { path: 'stemmingen', element: later(<VotesPage />) },
          { path: 'stemmingen/nieuw', element: later(<NewVotePage />) },
          { path: 'stemmingen/:voteId', element: later(<VotePage />) },
          { path: 'stemmingen/:voteId/bewerken', element: later(<EditVotePage />) },
          { path: 'besluiten', element: later(<DecisionsPage />) },
          { path: 'bijeenkomsten', element: later(<MeetingsPage />) },
          { path: 'bijeenkomsten/:meetingId', element: later(<ParticipantPage />) },
          { path: 'bijeenkomsten/:meetingId/console', element: later(<ConsolePage />) },
          { path: 'bijeenkomsten/:meetingId/verslag', element: later(<MinutesPage />) },
          { path: 'netwerk', element: later(<NetworkPage />) },
          { path: 'akkoord', element: later(<AkkoordPage />) },
          { path: 'monitoring', element: later(<MonitoringPage />) },
          { path: 'uitvoering', element: later(<UitvoeringPage />) },
          { path: 'wijkpagina', element: later(<WijkpaginaPage />) },
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
      { path: 'beheer', element: later(<AdminPage />) },
      { path: 'toegankelijkheid', element: later(<AccessibilityPage />) },
      { path: 'privacy', element: later(<PrivacyPage />) },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
