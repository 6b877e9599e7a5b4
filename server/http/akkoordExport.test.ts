import { strFromU8, unzipSync } from 'fflate';
import { extractText } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createdSigningLinkSchema } from '../../shared/akkoord/signingLink';
import type { FrozenVersion } from '../../shared/akkoord/version';
import { type AkkoordSetup, setupAkkoord } from '../test/akkoordFixture';
import type { Person } from '../test/fixtures';
import { startTestServer, type TestServer } from '../test/startTestServer';

/**
 * [AKK13] The akkoord exported through the real server and its export worker, read back with general
 * tools (unpdf, an unzipper): title, afspraken as a table, the signature page with bewoners and gemeente
 * side by side, names only with consent, no voided signature; and in the werkgroep's archive.
 */
let s: TestServer;
let a: AkkoordSetup;
const VOIDED = 'Oude Ondertekenaar';

async function get(path: string, who: Person) {
  const res = await fetch(`${s.url}${path}`, { headers: { authorization: `Bearer ${who.token}` } });
  return { res, bytes: new Uint8Array(await res.arrayBuffer()) };
}
const flat = (text: string) => text.replace(/\s+/g, ' ');
/** The text of an ODT's or DOCX's main XML part, tags dropped. */
const zipText = (bytes: Uint8Array, part: string) => {
  const xml = strFromU8(unzipSync(bytes)[part] ?? new Uint8Array());
  return { xml, text: flat(xml.replace(/<[^>]+>/g, ' ')) };
};

async function freeze(name: string): Promise<FrozenVersion> {
  expect((await a.call('POST', '/akkoord/bevriezen', a.fac, { name })).status).toBe(201);
  return (await a.view(a.fac)).currentVersion as FrozenVersion;
}
async function signByLink(version: FrozenVersion, name: string) {
  const made = createdSigningLinkSchema.parse(
    (await a.call('POST', '/akkoord/tekenlinks', a.fac, { partyId: a.portaal.id })).body,
  );
  const body = {
    name,
    function: 'Directeur',
    organisation: 'Portaal',
    consentToBeNamed: true,
    textHash: version.textHash,
  };
  expect((await a.call('POST', `/api/akkoord-tekenen/${made.token}`, null, body)).status).toBe(201);
}
const signAsMember = (who: Person, partyId: string, version: FrozenVersion, consentToBeNamed: boolean) =>
  a.call('POST', '/akkoord/ondertekenen', who, {
    versionId: version.id,
    textHash: version.textHash,
    partyId,
    function: 'Voorzitter',
    consentToBeNamed,
  });

beforeAll(async () => {
  s = await startTestServer();
  a = await setupAkkoord(s.url);
  await a.call('PATCH', '/akkoord', a.fac, { title: 'Wijkakkoord Overvecht' });
  await a.call('POST', '/akkoord/afspraken', a.bewoner, {
    what: 'Elke maand een schoonmaakactie',
    partyIds: [a.bewoners.id, a.gemeente.id],
    byWhen: '2027-06-30',
    sectionIds: [a.w.sectionId],
    reporting: 'Elk kwartaal op de wijkavond',
  });
  await a.call('PUT', '/akkoord/ondertekenaars', a.fac, { signatories: a.signatories });
  // A signature on a version that is then reopened: voided, in no export.
  await signByLink(await freeze('Versie 1'), VOIDED);
  await a.call('POST', '/akkoord/heropenen', a.fac);
  const v2 = await freeze('Versie 2');
  await signByLink(v2, 'Jan Portaal');
  expect((await signAsMember(a.bewoner, a.bewoners.id, v2, false)).status).toBe(201);
  expect((await signAsMember(a.ambtenaar, a.gemeente.id, v2, true)).status).toBe(201);
});
afterAll(async () => {
  await s.cleanup();
});

const expectSignaturePage = (text: string) => {
  for (const words of [
    'Wijkakkoord Overvecht',
    'Afspraken',
    'Elke maand een schoonmaakactie',
    'Elk kwartaal op de wijkavond',
    'Ondertekening',
    'Bewoners',
    'Gemeente',
    'Vertegenwoordiger van Bewonersoverleg Overvecht',
    'ambtenaar 2',
    'Jan Portaal',
  ])
    expect(text, words).toContain(words);
  expect(text).not.toContain(a.bewoner.member.displayName);
  expect(text).not.toContain(VOIDED);
};

describe('[AKK13] wijkakkoord export', () => {
  it('is the facilitator’s; PDF, ODT and DOCX read back with the afspraken table and the signature page', async () => {
    const url = (format: string) => `/api/werkgroepen/${a.w.werkgroep.id}/akkoord/export?format=${format}`;
    expect((await get(url('pdf'), a.bewoner)).res.status).toBe(403);
    const pdf = await get(url('pdf'), a.fac);
    expect(pdf.res.status).toBe(200);
    expect(pdf.res.headers.get('content-disposition')).toMatch(
      /filename="wijkakkoord-overvecht-\d{4}-\d{2}-\d{2}\.pdf"/,
    );
    expectSignaturePage(flat((await extractText(pdf.bytes, { mergePages: true })).text));

    const odt = zipText((await get(url('odt'), a.fac)).bytes, 'content.xml');
    expect(odt.xml).toContain('<table:table ');
    expectSignaturePage(odt.text);
    const docx = zipText((await get(url('docx'), a.fac)).bytes, 'word/document.xml');
    expect(docx.xml).toContain('<w:tbl>');
    expectSignaturePage(docx.text);
  });

  it('is in the werkgroep’s archive, in every format', async () => {
    const { res, bytes } = await get(`/api/werkgroepen/${a.w.werkgroep.id}/archive`, a.fac);
    expect(res.status).toBe(200);
    const files = unzipSync(bytes);
    for (const ext of ['pdf', 'odt', 'docx', 'md', 'html'])
      expect(
        Object.keys(files).some((n) => n.startsWith('akkoord/') && n.endsWith(`.${ext}`)),
        ext,
      ).toBe(true);
    const md = Object.entries(files).find(([n]) => n.startsWith('akkoord/') && n.endsWith('.md'));
    expectSignaturePage(flat(strFromU8(md?.[1] ?? new Uint8Array())));
    expect(strFromU8(files['LEESMIJ.txt'] ?? new Uint8Array())).toContain('akkoord/');
  });
});
