import { useTranslation } from 'react-i18next';
import { ROLE_GROUPS } from '../../../shared/schemas/member';
import { BoardIcon } from './icons';
import type { PlacedNote } from './model';

/** Who wrote a note (a chip in their group's colour), and whether only I can see it yet. */
export function NoteMeta({ note, decorative = false }: { note: PlacedNote; decorative?: boolean }) {
  const { t } = useTranslation();
  const group = (ROLE_GROUPS as readonly string[]).includes(note.author.group)
    ? note.author.group
    : 'observers';
  return (
    // On the canvas the note's own label says all this; in the list it is read as it stands.
    <span className="note__meta" aria-hidden={decorative || undefined}>
      <span className={`chip note__author chip--${group}`}>
        {note.author.name}
        <span className="visually-hidden"> ({t(`groups.${group}`)})</span>
      </span>
      {note.room === 'mine' && (
        <span className="note__hidden">
          <BoardIcon name="eyeOff" size={16} />
          {t('boards.note.onlyYou')}
        </span>
      )}
    </span>
  );
}
