import { FormFieldDescription, FormLabel, Paragraph, Textbox } from '@utrecht/component-library-react';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AgendaLink, MEETING_LIMITS, type Meeting } from '../../../shared/schemas/meeting';
import { api } from '../../api/client';
import { useAction } from '../../api/useAction';
import { AgendaEditor, type DraftItem, newDraftItem } from './AgendaEditor';
import { type LinkTargets, linkValue, NETWORK_TARGETS, useLinkTargets } from './linkTargets';

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** The link a <select> value stands for; a stored item keeps its link when the lists failed to load. */
function toLink(value: string, targets: LinkTargets | null, meeting: Meeting | undefined): AgendaLink | null {
  if (value === '') return null;
  const all = [
    ...(targets?.sections ?? []),
    ...(targets?.boards ?? []),
    ...(targets?.votes ?? []),
    ...NETWORK_TARGETS,
  ];
  return (
    all.find((x) => x.value === value)?.link ??
    meeting?.agenda.find((i) => linkValue(i.link) === value)?.link ??
    null
  );
}

/**
 * Plans a meeting (or changes a planned or running one): title, day, time, place and the agenda. Only the
 * facilitator sees this form; the server checks it too.
 */
export function MeetingForm({
  werkgroepId,
  meeting,
  onSaved,
  onCancel,
}: {
  werkgroepId: string;
  /** A meeting to change; a new one when absent. */
  meeting?: Meeting;
  onSaved: (meeting: Meeting) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const ids = { title: useId(), date: useId(), time: useId(), place: useId(), placeHint: useId() };
  const targets = useLinkTargets(werkgroepId, true);
  const [form, setForm] = useState({
    title: meeting?.title ?? '',
    date: meeting?.date ?? today(),
    startTime: meeting?.startTime ?? '',
    place: meeting?.place ?? '',
  });
  const [items, setItems] = useState<DraftItem[]>(() =>
    meeting
      ? meeting.agenda.map((i) => ({
          key: i.id,
          id: i.id,
          title: i.title,
          minutes: i.minutes,
          link: linkValue(i.link),
        }))
      : [newDraftItem()],
  );
  const save = useAction(async () => {
    const agenda = items.map((i) => ({
      ...(i.id ? { id: i.id } : {}),
      title: i.title,
      minutes: i.minutes,
      link: toLink(i.link, targets.data, meeting),
    }));
    const body = { ...form, startTime: form.startTime || null, agenda };
    const saved = meeting
      ? await api('updateMeeting', { params: { werkgroepId, meetingId: meeting.id }, body })
      : await api('createMeeting', { params: { werkgroepId }, body });
    onSaved(saved);
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save.run();
  };

  return (
    <form className="meeting-form" onSubmit={submit}>
      <div className="form-row">
        <div className="form-row__field">
          <FormLabel htmlFor={ids.title}>{t('meetings.form.title')}</FormLabel>
          <Textbox
            id={ids.title}
            required
            maxLength={MEETING_LIMITS.titleMax}
            value={form.title}
            onChange={(e) => setForm({ ...form, title: e.target.value })}
          />
        </div>
      </div>
      <div className="form-row">
        <div className="form-row__field form-row__field--small">
          <FormLabel htmlFor={ids.date}>{t('meetings.form.date')}</FormLabel>
          <input
            id={ids.date}
            type="date"
            required
            className="utrecht-textbox utrecht-textbox--html-input"
            value={form.date}
            onChange={(e) => setForm({ ...form, date: e.target.value })}
          />
        </div>
        <div className="form-row__field form-row__field--small">
          <FormLabel htmlFor={ids.time}>{t('meetings.form.time')}</FormLabel>
          <input
            id={ids.time}
            type="time"
            className="utrecht-textbox utrecht-textbox--html-input"
            value={form.startTime}
            onChange={(e) => setForm({ ...form, startTime: e.target.value })}
          />
        </div>
        <div className="form-row__field">
          <FormLabel htmlFor={ids.place}>{t('meetings.form.place')}</FormLabel>
          <FormFieldDescription id={ids.placeHint}>{t('meetings.form.placeHint')}</FormFieldDescription>
          <Textbox
            id={ids.place}
            aria-describedby={ids.placeHint}
            maxLength={MEETING_LIMITS.placeMax}
            value={form.place}
            onChange={(e) => setForm({ ...form, place: e.target.value })}
          />
        </div>
      </div>
      <h3 className="utrecht-heading-3">{t('meetings.form.agenda')}</h3>
      <Paragraph className="muted">{t('meetings.form.agendaHint')}</Paragraph>
      {targets.state === 'error' && <Paragraph className="muted">{t('meetings.form.linksFailed')}</Paragraph>}
      <AgendaEditor items={items} onChange={setItems} targets={targets.data} />
      <div role="status">{save.error && <Paragraph className="form-error">{save.error}</Paragraph>}</div>
      <div className="meeting-form__actions">
        <button
          type="submit"
          className="utrecht-button utrecht-button--primary-action"
          disabled={save.pending}
        >
          {meeting ? t('meetings.form.save') : t('meetings.form.create')}
        </button>
        {onCancel && (
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            onClick={onCancel}
          >
            {t('meetings.form.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
