import { strToU8, zipSync } from 'fflate';
import { notoFile } from './fonts';
import type { ExportModel } from './model';
import { OdtBody } from './odtBody';
import { EMBEDDED_FONTS, FONT_DECLS, stylesXml, TEXT_WIDTH_CM } from './odtStyles';
import { attr, esc, manifestXml, metaXml, ODT_MIME, odfRoot, settingsXml, spaced } from './odtXml';

/**
 * OpenDocument Text (ODF 1.3) export, written directly: there is no maintained ODT writer on npm,
 * and the format is a zip of four small XML parts. The table of contents is written out in full:
 * titles linked to the headings' bookmarks, page numbers as live references to those bookmarks,
 * which LibreOffice fills in as it lays the pages out, without "update index". The references hold
 * no stored number: only a layout knows the pages, and a reader that shows stored values rather than
 * computing them (as Word and web viewers do) then shows no number instead of a wrong one.
 */

// The title page uses its own master page (no footer); the contents start the numbered pages.
const PARAGRAPH_AUTO_STYLES =
  '<style:style style:name="P_Title" style:family="paragraph" style:parent-style-name="Title" style:master-page-name="First_20_Page"/>' +
  '<style:style style:name="P_Contents" style:family="paragraph" style:parent-style-name="Contents_20_Heading" style:master-page-name="Standard"/>' +
  `<style:style style:name="Facts" style:family="table"><style:table-properties style:width="${TEXT_WIDTH_CM}cm" table:align="left"/></style:style>` +
  '<style:style style:name="FactLabel" style:family="table-column"><style:table-column-properties style:column-width="4cm"/></style:style>' +
  `<style:style style:name="FactValue" style:family="table-column"><style:table-column-properties style:column-width="${TEXT_WIDTH_CM - 4}cm"/></style:style>` +
  '<style:style style:name="FactCell" style:family="table-cell"><style:table-cell-properties fo:padding-top="0.08cm" fo:padding-bottom="0.08cm" fo:padding-left="0cm" fo:padding-right="0.2cm" fo:border="none"/></style:style>';

function titlePage(model: ExportModel): string {
  const { meta } = model;
  const cell = (style: string, value: string) =>
    `<table:table-cell table:style-name="FactCell" office:value-type="string"><text:p text:style-name="${style}">${spaced(value)}</text:p></table:table-cell>`;
  const facts = meta.facts
    .map(
      (f) =>
        `<table:table-row>${cell('Fact_20_Label', f.label)}${cell('Table_20_Contents', f.value)}</table:table-row>`,
    )
    .join('');
  return (
    `<text:p text:style-name="P_Title">${spaced(meta.title)}</text:p>` +
    `<text:p text:style-name="Subtitle">${spaced(meta.subtitle)}</text:p>` +
    '<table:table table:name="Gegevens" table:style-name="Facts">' +
    '<table:table-column table:style-name="FactLabel"/><table:table-column table:style-name="FactValue"/>' +
    `${facts}</table:table>`
  );
}

function tableOfContents(model: ExportModel): string {
  const title = model.meta.labels.contents;
  const template = (level: number) =>
    `<text:table-of-content-entry-template text:outline-level="${level}" text:style-name="Contents_20_${level}">` +
    '<text:index-entry-link-start text:style-name="Index_20_Link"/><text:index-entry-text/>' +
    '<text:index-entry-tab-stop style:type="right" style:leader-char="."/><text:index-entry-page-number/>' +
    '<text:index-entry-link-end/></text:table-of-content-entry-template>';
  const entries = model.toc.map(
    (e) =>
      `<text:p text:style-name="Contents_20_${e.level}"><text:a xlink:type="simple" xlink:href="#${attr(e.id)}" text:style-name="Index_20_Link" text:visited-style-name="Index_20_Link">` +
      `${spaced(e.title)}<text:tab/><text:bookmark-ref text:reference-format="page" text:ref-name="${attr(e.id)}"/></text:a></text:p>`,
  );
  return (
    `<text:table-of-content text:protected="true" text:name="${attr(title)}">` +
    '<text:table-of-content-source text:outline-level="2" text:use-index-marks="false">' +
    `<text:index-title-template text:style-name="Contents_20_Heading">${esc(title)}</text:index-title-template>` +
    `${template(1)}${template(2)}</text:table-of-content-source>` +
    `<text:index-body><text:index-title text:name="${attr(`${title}_Head`)}"><text:p text:style-name="P_Contents">${spaced(title)}</text:p></text:index-title>` +
    `${entries.join('')}</text:index-body></text:table-of-content>`
  );
}

function contentXml(model: ExportModel): string {
  const body = new OdtBody();
  const text = `${titlePage(model)}${tableOfContents(model)}${body.blocks(model.body)}`;
  return odfRoot(
    'office:document-content',
    `${FONT_DECLS}${body.automaticStyles(PARAGRAPH_AUTO_STYLES)}<office:body><office:text>${text}</office:text></office:body>`,
  );
}

export async function toOdt(model: ExportModel): Promise<Uint8Array> {
  const parts = {
    'content.xml': contentXml(model),
    'styles.xml': stylesXml(model.meta),
    'meta.xml': metaXml(model.meta),
    'settings.xml': settingsXml(),
  };
  const fonts = EMBEDDED_FONTS.map((f) => ({ ...f, data: notoFile(f.face) }));
  const mtime = new Date(model.meta.generatedAt);
  // Object order is entry order: the mimetype must be the first entry, and stored, so that tools can
  // recognise the file from its first bytes.
  return zipSync(
    {
      mimetype: [strToU8(ODT_MIME), { level: 0 }],
      ...Object.fromEntries(Object.entries(parts).map(([path, xml]) => [path, strToU8(xml)])),
      ...Object.fromEntries(fonts.map((f) => [f.path, f.data])),
      'META-INF/manifest.xml': strToU8(
        manifestXml([
          ...Object.keys(parts).map((path) => ({ path, mediaType: 'text/xml' })),
          ...fonts.map((f) => ({ path: f.path, mediaType: 'application/x-font-ttf' })),
        ]),
      ),
    },
    { level: 6, mtime },
  );
}
