import type { Editor } from '@tiptap/react';
import { Paragraph } from '@utrecht/component-library-react';
import { useCallback, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { roleGroup } from '../../../shared/schemas/member';
import { roomName } from '../../../shared/sync/rooms';
import { useCollabRoom } from '../../sync/useCollabRoom';
import { usePeers } from '../../sync/usePeers';
import { type SaveState, useCombinedSaveState } from '../../sync/useSaveState';
import { Loading } from '../../ui/Loading';
import { StatusBadge, type StatusTone } from '../../ui/StatusBadge';
import { DocumentToolbar } from '../document/DocumentToolbar';
import { ROLE_COLORS } from '../document/roleColors';
import { SectionEditor } from '../document/SectionEditor';
import { useWerkgroep } from '../werkgroep/WerkgroepContext';
import type { AkkoordScreen } from './akkoordScreen';

const NO_THREADS: never[] = [];
const TONES: Record<SaveState, StatusTone> = {
  connecting: 'busy',
  saving: 'busy',
  saved: 'ok',
  storing: 'warning',
  offline: 'warning',
  notSaved: 'error',
  serverDown: 'error',
  tooLarge: 'error',
  refused: 'error',
};

/**
 * The introduction, written together like a document section: one Yjs room `akkoord:<werkgroep>`
 * with the shared extension list, live carets, the document's toolbar and save state. Read-only
 * (and said so) while the text is frozen; the server refuses edits then as well.
 */
export function IntroductionSection({ screen }: { screen: AkkoordScreen }) {
  const { t } = useTranslation();
  const { detail } = useWerkgroep();
  const headingId = useId();
  const noteId = useId();
  const room = useCollabRoom(roomName('akkoord', screen.werkgroepId));
  const [active, setActive] = useState<Editor | null>(null);
  const onGone = useCallback((e: Editor) => setActive((a) => (a === e ? null : a)), []);
  const user = useMemo(
    () => ({ name: detail.me.displayName, color: ROLE_COLORS[detail.me.role] }),
    [detail.me.displayName, detail.me.role],
  );
  const rooms = useMemo(() => (room ? [room] : []), [room]);
  const save = useCombinedSaveState(rooms);
  return (
    <section aria-labelledby={headingId} className="akkoord__intro">
      <div className="akkoord__section-head">
        <h2 id={headingId} className="utrecht-heading-2">
          {t('akkoord.introduction')}
        </h2>
        {screen.mayEdit && <StatusBadge tone={TONES[save]} text={t(`save.${save}`)} />}
      </div>
      {!screen.mayEdit && (
        <p id={noteId} className="akkoord__note">
          {screen.frozen ? t('akkoord.introFrozen') : t('akkoord.introReadOnly')}
        </p>
      )}
      {room && <Peers awareness={room.provider.awareness} />}
      {screen.mayEdit && active && <DocumentToolbar editor={active} />}
      <div className="editor akkoord__editor">
        {room ? (
          <SectionEditor
            key={`${room.name}:${screen.mayEdit}`}
            room={room}
            user={user}
            editable={screen.mayEdit}
            label={t('akkoord.introduction')}
            describedBy={screen.mayEdit ? undefined : noteId}
            prompt={t('akkoord.introPrompt')}
            threads={NO_THREADS}
            authorship={false}
            onActive={setActive}
            onGone={onGone}
          />
        ) : (
          <Loading />
        )}
      </div>
    </section>
  );
}

function Peers({ awareness }: { awareness: Parameters<typeof usePeers>[0] }) {
  const { t } = useTranslation();
  const peers = usePeers(awareness);
  return (
    <div className="peers">
      <Paragraph className="peers__count">{t('document.othersHere', { count: peers.length })}</Paragraph>
      {peers.length > 0 && (
        <ul className="chips">
          {peers.map((p) => (
            <li key={p.clientId} className={`chip chip--${p.role ? roleGroup(p.role) : 'observers'}`}>
              {p.name}
              {p.role && <span className="chip__role"> · {t(`roles.${p.role}`)}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
