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
  // On the canvas the note's own name says all this, and its text here is drawn by CSS (`data-text`): a
  // name must hold a control's visible text (WCAG 2.5.3), and "Anna" after the note's words is not in it as
  // one run. In the list it is real text, read as it stands.
  if (decorative)
    return (
      <span className="note__meta" aria-hidden="true">
        <span className={`chip note__author chip--${group}`} data-text={note.author.name} />
        {note.room === 'mine' && (
          <span className="note__hidden">
            <BoardIcon name="eyeOff" size={16} />
            <span data-text={t('boards.note.onlyYou')} />
          </span>
        )}
      </span>
    );
  return (
    <span className="note__meta">
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
