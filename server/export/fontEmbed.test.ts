import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { richExportInput } from '../test/exportFixture';
import { elements, zipXml } from '../test/exportReadBack';
import { buildExportModel } from './model';
import { renderExport } from './render';

const require = createRequire(import.meta.url);
const noto = (face: string) =>
  new Uint8Array(readFileSync(require.resolve(`@expo-google-fonts/noto-sans/${face}/NotoSans_${face}.ttf`)));
const FACES = {
  regular: '400Regular',
  bold: '700Bold',
  italic: '400Regular_Italic',
  boldItalic: '700Bold_Italic',
};

const model = buildExportModel(richExportInput({ boards: null }));
const same = (a: Uint8Array | undefined, b: Uint8Array) =>
  a !== undefined && a.length === b.length && a.every((v, i) => v === b[i]);

/**
 * ECMA-376 part 2 §17.8.1: the font key GUID's 16 bytes, in reverse order of its hex digits, are XORed
 * over the font file's first 32 bytes. Done here from the standard, not with the writer's code.
 */
function deobfuscate(data: Uint8Array, guid: string): Uint8Array {
  const hex = guid.replace(/[{}-]/g, '');
  const key = Array.from({ length: 16 }, (_, i) => Number.parseInt(hex.slice(30 - 2 * i, 32 - 2 * i), 16));
  const out = new Uint8Array(data);
  for (let i = 0; i < 32; i++) out[i] = (out[i] ?? 0) ^ (key[i % 16] ?? 0);
  return out;
}

describe('ODT and DOCX embed the font they are laid out in', () => {
  it('ODT: four Noto Sans faces in Fonts/, in the manifest, and named by the font declaration', async () => {
    const bytes = await renderExport('odt', model);
    const files = unzipSync(bytes);
    const MANIFEST = 'urn:oasis:names:tc:opendocument:xmlns:manifest:1.0';
    const manifest = zipXml(bytes, 'META-INF/manifest.xml');
    const listed = new Map(
      elements(manifest, MANIFEST, 'file-entry').map((e) => [
        e.getAttributeNS(MANIFEST, 'full-path'),
        e.getAttributeNS(MANIFEST, 'media-type'),
      ]),
    );
    const SVG = 'urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0';
    const STYLE = 'urn:oasis:names:tc:opendocument:xmlns:style:1.0';
    const XLINK = 'http://www.w3.org/1999/xlink';
    for (const part of ['content.xml', 'styles.xml']) {
      const xml = zipXml(bytes, part);
      const face = elements(xml, STYLE, 'font-face').find(
        (f) => f.getAttributeNS(STYLE, 'name') === 'Noto Sans',
      );
      if (!face) throw new Error(`no Noto Sans font-face in ${part}`);
      const uris = elements(face, SVG, 'font-face-uri').map((u) => u.getAttributeNS(XLINK, 'href') ?? '');
      expect(uris).toHaveLength(4);
      for (const uri of uris) {
        expect(files[uri], uri).toBeDefined();
        expect(listed.get(uri)).toBe('application/x-font-ttf');
      }
    }
    const embedded = Object.entries(files).filter(([path]) => path.startsWith('Fonts/'));
    expect(embedded).toHaveLength(4);
    for (const face of Object.values(FACES))
      expect(
        embedded.some(([, data]) => same(data, noto(face))),
        face,
      ).toBe(true);
    const CONFIG = 'urn:oasis:names:tc:opendocument:xmlns:config:1.0';
    const settings = zipXml(bytes, 'settings.xml');
    const embed = elements(settings, CONFIG, 'config-item').find(
      (c) => c.getAttributeNS(CONFIG, 'name') === 'EmbedFonts',
    );
    expect(embed?.textContent).toBe('true');
  });

  it('DOCX: four obfuscated faces in word/fonts/, tied to the font table by relationship and key', async () => {
    const bytes = await renderExport('docx', model);
    const files = unzipSync(bytes);
    const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
    const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    const table = zipXml(bytes, 'word/fontTable.xml');
    const font = elements(table, W, 'font').find((f) => f.getAttributeNS(W, 'name') === 'Noto Sans');
    if (!font) throw new Error('no Noto Sans in the font table');
    const rels = new Map(
      elements(
        zipXml(bytes, 'word/_rels/fontTable.xml.rels'),
        'http://schemas.openxmlformats.org/package/2006/relationships',
        'Relationship',
      ).map((r) => [r.getAttribute('Id'), r]),
    );
    const expected = {
      embedRegular: FACES.regular,
      embedBold: FACES.bold,
      embedItalic: FACES.italic,
      embedBoldItalic: FACES.boldItalic,
    };
    for (const [element, face] of Object.entries(expected)) {
      const embed = elements(font, W, element)[0];
      expect(embed, element).toBeDefined();
      const rel = rels.get(embed?.getAttributeNS(R, 'id') ?? '');
      expect(rel?.getAttribute('Type')).toBe(
        'http://schemas.openxmlformats.org/officeDocument/2006/relationships/font',
      );
      const path = `word/${rel?.getAttribute('Target')}`;
      expect(path).toMatch(/^word\/fonts\/.+\.odttf$/);
      const data = files[path];
      expect(data, path).toBeDefined();
      const key = embed?.getAttributeNS(W, 'fontKey') ?? '';
      expect(key).toMatch(/^\{[0-9A-F-]{36}\}$/i);
      // Obfuscated: not the plain file, but exactly it once the key is taken off.
      expect(same(data, noto(face))).toBe(false);
      expect(same(deobfuscate(data ?? new Uint8Array(), key), noto(face)), element).toBe(true);
    }
    const types = zipXml(bytes, '[Content_Types].xml');
    const odttf = elements(
      types,
      'http://schemas.openxmlformats.org/package/2006/content-types',
      'Default',
    ).find((d) => d.getAttribute('Extension') === 'odttf');
    expect(odttf?.getAttribute('ContentType')).toBe(
      'application/vnd.openxmlformats-officedocument.obfuscatedFont',
    );
    const settings = zipXml(bytes, 'word/settings.xml');
    expect(elements(settings, W, 'embedTrueTypeFonts')).toHaveLength(1);
  });
});
