import { PageFooter, PageHeader, SkipLink } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { useMe } from '../api/MeContext';
import { LanguageSwitch } from './LanguageSwitch';
import { NAV_ITEMS } from './navigation';

/** The frame of every page: skip link, header with product and language, main navigation, footer. */
export function Layout() {
  const { t } = useTranslation();
  const location = useLocation();
  const me = useMe();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);

  // After client-side navigation, move focus to the new page so screen readers announce it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every change of page.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [location.pathname]);

  return (
    <div className="shell">
      <div className="shell__skip">
        <SkipLink href="#main">{t('app.skipToContent')}</SkipLink>
      </div>
      <PageHeader className="shell__header">
        <div className="utrecht-page-header__content shell__header-content">
          <div className="shell__bar">
            <Link to="/" className="shell__brand">
              <svg viewBox="0 0 32 32" width="32" height="32" aria-hidden="true" focusable="false">
                <rect width="32" height="32" rx="6" fill="currentColor" />
                <path d="M6 24V13l10-6 10 6v11h-7v-7h-6v7z" className="shell__brand-house" />
              </svg>
              <span>{t('app.name')}</span>
            </Link>
            <LanguageSwitch />
          </div>
          <nav className="shell__nav" aria-label={t('nav.label')}>
            <ul>
              {NAV_ITEMS.filter((item) => !item.adminOnly || me.data?.isAdmin).map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={item.end} className="shell__nav-link">
                    {t(item.key)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </PageHeader>
      <main id="main" ref={main} tabIndex={-1} className="shell__main">
        <Outlet />
      </main>
      <PageFooter className="shell__footer">
        <div className="utrecht-page-footer__content shell__footer-content">
          <nav aria-label={t('footer.label')}>
            <ul className="shell__footer-links">
              <li>
                <Link to="/toegankelijkheid">{t('footer.accessibility')}</Link>
              </li>
              <li>
                <Link to="/privacy">{t('footer.privacy')}</Link>
              </li>
            </ul>
          </nav>
          <p className="shell__footer-note">{t('footer.madeFor')}</p>
        </div>
      </PageFooter>
    </div>
  );
}
