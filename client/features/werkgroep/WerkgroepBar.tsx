import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation } from 'react-router';
import { can } from '../../../shared/permissions';
import { memberGroup } from '../../../shared/schemas/member';
import { useLiveMeetingSummaries, useLiveVotes } from '../votes/useLive';
import { useWerkgroep } from './WerkgroepContext';

/**
 * Under the header on every werkgroep page: which werkgroep, who I am in it, and its sections. On a
 * phone the sections (and who I am) fold behind a menu button, so the page itself starts near the top.
 */
export function WerkgroepBar() {
  const { t } = useTranslation();
  const { detail, room } = useWerkgroep();
  const { werkgroep, me } = detail;
  const { pathname } = useLocation();
  const [open, setOpen] = useState(false);
  const navId = useId();
  const button = useRef<HTMLButtonElement>(null);
  // Going to another page folds the menu again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every change of page.
  useEffect(() => setOpen(false), [pathname]);
  // An open vote is announced on every page of the werkgroep (except its own), so nobody misses it.
  const openVotes = useLiveVotes(room).filter(
    (v) => v.status === 'open' && v.boardId === null && pathname !== `/w/${werkgroep.id}/stemmingen/${v.id}`,
  );
  // A running meeting too: one tap back for someone who went to a document or board.
  const running = useLiveMeetingSummaries(room).filter(
    (m) => m.status === 'running' && !pathname.startsWith(`/w/${werkgroep.id}/bijeenkomsten/${m.id}`),
  );
  return (
    <div className={`werkgroep-bar${open ? ' werkgroep-bar--open' : ''}`}>
      <div className="werkgroep-bar__who">
        <strong className="werkgroep-bar__name">{werkgroep.name}</strong>
        <button
          ref={button}
          type="button"
          className="werkgroep-bar__menu utrecht-button utrecht-button--secondary-action"
          aria-expanded={open}
          aria-controls={navId}
          onClick={() => setOpen(!open)}
        >
          <span aria-hidden="true" className="werkgroep-bar__menu-icon" />
          {t('werkgroep.menu')}
        </button>
        <span className={`chip chip--${memberGroup(me.role)} werkgroep-bar__me`}>
          {t('werkgroep.youAre', { name: me.displayName, role: t(`roles.${me.role}`) })}
        </span>
      </div>
      <nav
        id={navId}
        aria-label={werkgroep.name}
        className="werkgroep-bar__sections"
        onKeyDown={(e) => {
          if (e.key === 'Escape' && open) {
            setOpen(false);
            button.current?.focus();
          }
        }}
      >
        <ul className="werkgroep-bar__nav">
          <li>
            <NavLink to={`/w/${werkgroep.id}`} end className="shell__nav-link">
              {t('nav.werkgroep')}
            </NavLink>
          </li>
          <li>
            <NavLink to={`/w/${werkgroep.id}/documenten`} className="shell__nav-link">
              {t('nav.documents')}
            </NavLink>
          </li>
          <li>
            <NavLink to={`/w/${werkgroep.id}/borden`} className="shell__nav-link">
              {t('nav.boards')}
            </NavLink>
          </li>
          <li>
            <NavLink to={`/w/${werkgroep.id}/stemmingen`} className="shell__nav-link">
              {t('nav.votes')}
            </NavLink>
          </li>
          <li>
            <NavLink to={`/w/${werkgroep.id}/besluiten`} className="shell__nav-link">
              {t('nav.decisions')}
            </NavLink>
          </li>
          <li>
            <NavLink to={`/w/${werkgroep.id}/bijeenkomsten`} className="shell__nav-link">
              {t('nav.meetings')}
            </NavLink>
          </li>
          {can(me.role, 'network.view') && (
            <li>
              <NavLink to={`/w/${werkgroep.id}/netwerk`} className="shell__nav-link">
                {t('nav.network')}
              </NavLink>
            </li>
          )}
          {can(me.role, 'akkoord.view') && (
            <li>
              <NavLink to={`/w/${werkgroep.id}/akkoord`} className="shell__nav-link">
                {t('nav.akkoord')}
              </NavLink>
            </li>
          )}
          {can(me.role, 'monitoring.view') && (
            <li>
              <NavLink to={`/w/${werkgroep.id}/monitoring`} className="shell__nav-link">
                {t('nav.monitoring')}
              </NavLink>
            </li>
          )}
          {can(me.role, 'uitvoering.view') && (
            <li>
              <NavLink to={`/w/${werkgroep.id}/uitvoering`} className="shell__nav-link">
                {t('nav.uitvoering')}
              </NavLink>
            </li>
          )}
          {can(me.role, 'wijkpagina.manage') && (
            <li>
              <NavLink to={`/w/${werkgroep.id}/wijkpagina`} className="shell__nav-link">
                {t('nav.wijkpagina')}
              </NavLink>
            </li>
          )}
        </ul>
      </nav>
      {openVotes.length + running.length > 0 && (
        <ul className="werkgroep-bar__votes">
          {running.map((m) => (
            <li key={m.id}>
              <Link to={`/w/${werkgroep.id}/bijeenkomsten/${m.id}`} className="utrecht-link">
                {t('meetings.runningNow', { title: m.title })}
              </Link>
            </li>
          ))}
          {openVotes.map((v) => (
            <li key={v.id}>
              <Link to={`/w/${werkgroep.id}/stemmingen/${v.id}`} className="utrecht-link">
                {t('votes.openNow', { question: v.question })}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
