import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MEETING_LIMITS } from '../../../shared/schemas/meeting';
import { api } from '../../api/client';

/** Typing pauses this long before the minutes are saved by themselves. */
const AUTOSAVE_MS = 1500;

type SaveState = 'idle' | 'dirty' | 'saving' | 'saved' | 'failed';

/**
 * The minutes of one agenda item, written by the facilitator or the chosen notetaker during the
 * meeting. Saved after a short pause in typing and when leaving the field; what others save meanwhile
 * shows up as long as nothing here is waiting to be saved.
 */
export function NotesField({
  werkgroepId,
  meetingId,
  itemId,
  itemTitle,
  stored,
}: {
  werkgroepId: string;
  meetingId: string;
  itemId: string;
  itemTitle: string;
  stored: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState(stored);
  const [state, setState] = useState<SaveState>('idle');
  const latest = useRef(text);
  latest.current = text;

  useEffect(() => {
    if (state !== 'dirty' && state !== 'saving') setText(stored);
  }, [stored, state]);

  const save = async () => {
    const value = latest.current;
    setState('saving');
    try {
      await api('writeItemNotes', { params: { werkgroepId, meetingId, itemId }, body: { notes: value } });
      setState(latest.current === value ? 'saved' : 'dirty');
    } catch {
      setState('failed');
    }
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new keystroke restarts the pause.
  useEffect(() => {
    if (state !== 'dirty') return;
    const timer = setTimeout(() => void save(), AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [text, state]);

  return (
    <div className="notes-field">
      <label htmlFor={id} className="notes-field__label">
        {t('meetings.notes.label', { item: itemTitle })}
      </label>
      <textarea
        id={id}
        className="utrecht-textarea notes-field__input"
        maxLength={MEETING_LIMITS.notesMax}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setState('dirty');
        }}
        onBlur={() => {
          if (state === 'dirty' || state === 'failed') void save();
        }}
      />
      <p role="status" className={`notes-field__state notes-field__state--${state}`}>
        {state === 'saving' && t('meetings.notes.saving')}
        {state === 'saved' && t('meetings.notes.saved')}
        {state === 'failed' && t('meetings.notes.failed')}
      </p>
    </div>
  );
}
