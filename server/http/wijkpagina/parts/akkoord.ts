import type { Signature } from '../../../../shared/akkoord/signature';
import type { AkkoordSnapshot } from '../../../../shared/akkoord/version';
import { t } from '../../../../shared/i18n/translate';
import { type Block, fromProseMirror } from '../../../export/blocks';
import { blocksHtml, esc } from '../../../export/html';
import { presentSignature } from '../../presenters/akkoord';
import type { PagePart } from '../context';
import { dayText } from '../html';

interface SignedAkkoord {
  snapshot: AkkoordSnapshot;
  introduction: Block[];
  signatures: Signature[];
  signedAt: number;
}

/**
 * The wijkakkoord, only once it is getekend: the frozen text the parties signed, and who signed — a
 * signer's name only with their consent ([AKK9], the same presenter as the members' screens).
 */
export const akkoordPart: PagePart<SignedAkkoord> = {
  async load({ deps, werkgroep }) {
    const record = await deps.storage.getAkkoord(werkgroep.id);
    if (record?.status !== 'getekend' || !record.currentVersionId) return null;
    const version = await deps.storage.getAkkoordVersion(werkgroep.id, record.currentVersionId);
    if (!version) return null;
    const signatures = (await deps.storage.listSignatures(werkgroep.id))
      .filter((s) => s.versionId === version.id && s.voidedAt === null)
      .map((s) => presentSignature(s, false));
    let h = 0;
    return {
      snapshot: version.snapshot,
      introduction: fromProseMirror(version.snapshot.introduction, {
        headingOffset: 2,
        link: (href) => (/^https?:\/\//i.test(href) ? href : null),
        headingId: () => `akkoord-${h++}`,
      }),
      signatures,
      signedAt: record.updatedAt,
    };
  },
  render({ snapshot, introduction, signatures }, lang) {
    const partyName = new Map([...snapshot.parties, ...snapshot.signatories].map((p) => [p.id, p.name]));
    const afspraken = [...snapshot.afspraken]
      .sort((a, b) => a.position - b.position)
      .map((a) => {
        const parties = a.partyIds.flatMap((id) => partyName.get(id) ?? []);
        const facts = [
          parties.length ? t(lang, 'wijkpagina.akkoord.parties', { parties: parties.join(', ') }) : '',
          a.byWhen ? t(lang, 'wijkpagina.akkoord.byWhen', { date: dayText(a.byWhen, lang) }) : '',
        ].filter(Boolean);
        return `<li><p>${esc(a.what)}</p>${facts.map((f) => `<p class="quiet">${esc(f)}</p>`).join('')}</li>`;
      })
      .join('');
    const signers = signatures
      .map((s) => {
        const party = partyName.get(s.partyId) ?? s.organisation;
        const who = s.signerName ?? t(lang, 'wijkpagina.akkoord.representative', { party });
        const on = t(lang, 'wijkpagina.akkoord.signedOn', { date: dayText(s.signedAt, lang) });
        return `<li><strong>${esc(party)}</strong>: ${esc(who)}, ${esc(on)}</li>`;
      })
      .join('');
    return `<article class="card"><h3>${esc(snapshot.title)}</h3>${blocksHtml(introduction)}<h4>${esc(
      t(lang, 'wijkpagina.akkoord.afspraken'),
    )}</h4><ol class="items">${afspraken}</ol><h4>${esc(t(lang, 'wijkpagina.akkoord.signedBy'))}</h4><ul>${signers}</ul></article>`;
  },
  updates({ snapshot, signedAt }, lang) {
    const title = t(lang, 'wijkpagina.feed.akkoord', { title: snapshot.title });
    return [{ id: 'akkoord', title, summary: title, date: signedAt, anchor: 'akkoord' }];
  },
};
