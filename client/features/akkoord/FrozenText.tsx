import { EditorContent, useEditor } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import type { AkkoordSnapshot, ProseMirrorJson } from '../../../shared/akkoord/version';
import { documentExtensions } from '../../../shared/editor/extensions';
import { Loading } from '../../ui/Loading';
import { formatDay } from './akkoordModel';

/** Whether a ProseMirror node holds any text. */
const hasText = (node: ProseMirrorJson): boolean =>
  (node.text ?? '').trim() !== '' || (node.content ?? []).some(hasText);

/** The frozen introduction, rendered with the shared extension list in a read-only editor. */
function FrozenIntroduction({ json }: { json: ProseMirrorJson }) {
  const editor = useEditor(
    {
      editable: false,
      extensions: documentExtensions(),
      content: json,
      // Plain text under its heading: no text box role, as nothing can be typed here.
      editorProps: { attributes: { class: 'editor__content frozen-text__intro' } },
    },
    [json],
  );
  if (!editor) return <Loading />;
  return <EditorContent editor={editor} />;
}

/**
 * The text a party signs, exactly as it was frozen: the introduction and the afspraken as a table,
 * with the parties, sections and decisions named as they were at freezing.
 */
export function FrozenText({ snapshot }: { snapshot: AkkoordSnapshot }) {
  const { t, i18n } = useTranslation();
  const name = (id: string) => snapshot.parties.find((p) => p.id === id)?.name ?? '…';
  const basisOf = (a: AkkoordSnapshot['afspraken'][number]) => [
    ...a.sectionIds.flatMap((id) => snapshot.sections.filter((s) => s.id === id).map((s) => s.title)),
    ...a.decisionIds.flatMap((id) =>
      snapshot.decisions
        .filter((d) => d.id === id)
        .map((d) => t('akkoord.afspraak.decision', { number: d.number, title: d.title })),
    ),
  ];
  return (
    <div className="frozen-text">
      <h2 className="utrecht-heading-2">{t('akkoord.introduction')}</h2>
      {hasText(snapshot.introduction) ? (
        <div className="editor">
          <FrozenIntroduction json={snapshot.introduction} />
        </div>
      ) : (
        <p className="muted">{t('akkoord.noIntroduction')}</p>
      )}
      <h2 className="utrecht-heading-2">{t('akkoord.afspraken')}</h2>
      {snapshot.afspraken.length === 0 ? (
        <p className="muted">{t('akkoord.noAfspraken')}</p>
      ) : (
        <div className="table-scroll">
          <table className="akkoord-table akkoord-table--stack frozen-text__afspraken">
            <thead>
              <tr>
                <th scope="col">{t('akkoord.table.number')}</th>
                <th scope="col">{t('akkoord.table.what')}</th>
                <th scope="col">{t('akkoord.table.parties')}</th>
                <th scope="col">{t('akkoord.table.byWhen')}</th>
              </tr>
            </thead>
            <tbody>
              {[...snapshot.afspraken]
                .sort((a, b) => a.position - b.position)
                .map((a, i) => {
                  const basis = basisOf(a);
                  return (
                    <tr key={a.id}>
                      <td data-label={t('akkoord.table.number')}>{i + 1}</td>
                      <td data-label={t('akkoord.table.what')}>
                        {a.what}
                        {basis.length > 0 && (
                          <p className="muted">
                            {t('akkoord.afspraak.basisLine', { basis: basis.join('; ') })}
                          </p>
                        )}
                        {a.reporting && (
                          <p className="muted">
                            {t('akkoord.afspraak.reportingLine', { reporting: a.reporting })}
                          </p>
                        )}
                      </td>
                      <td data-label={t('akkoord.table.parties')}>{a.partyIds.map(name).join(', ')}</td>
                      <td data-label={t('akkoord.table.byWhen')}>
                        {a.byWhen ? formatDay(a.byWhen, i18n.language) : t('akkoord.afspraak.noDate')}
                      </td>
                    </tr>
                  );
                })}
            </tbody>
          </table>
        </div>
      )}
      <h2 className="utrecht-heading-2">{t('akkoord.signatories.title')}</h2>
      <ul>
        {snapshot.signatories.map((s) => (
          <li key={s.id}>{s.name}</li>
        ))}
      </ul>
    </div>
  );
}
