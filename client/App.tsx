import { lazy, Suspense, useEffect, useState } from 'react';
import { HomePage } from './features/home/HomePage';
import { t } from './i18n/messages';

// The editor (Tiptap + Yjs) is most of the code: load it only on a document page.
const DocumentPage = lazy(() =>
  import('./features/document/DocumentPage').then((m) => ({ default: m.DocumentPage })),
);

/** Path-based pages. A real router arrives with the app shell; two pages do not need one yet. */
function currentRoute(
  pathname: string,
): { page: 'home' } | { page: 'doc'; id: string } | { page: 'missing' } {
  if (pathname === '/' || pathname === '') return { page: 'home' };
  const match = /^\/d\/([A-Za-z0-9_-]{1,64})\/?$/.exec(pathname);
  if (match?.[1]) return { page: 'doc', id: match[1] };
  return { page: 'missing' };
}

export function App() {
  const [pathname, setPathname] = useState(window.location.pathname);
  useEffect(() => {
    const onPop = () => setPathname(window.location.pathname);
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const route = currentRoute(pathname);
  return (
    <>
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <header className="site-header">
        <a className="brand" href="/">
          {t.productName}
        </a>
      </header>
      {route.page === 'home' && <HomePage />}
      {route.page === 'doc' && (
        <Suspense
          fallback={
            <main id="main" className="page">
              <p className="muted">{t.loading}</p>
            </main>
          }
        >
          <DocumentPage key={route.id} id={route.id} />
        </Suspense>
      )}
      {route.page === 'missing' && (
        <main id="main" className="page">
          <h1>{t.notFoundTitle}</h1>
          <p>
            <a href="/">{t.backHome}</a>
          </p>
        </main>
      )}
    </>
  );
}
