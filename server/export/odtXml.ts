import type { ExportMeta } from './model';

/**
 * The XML primitives of the ODT export: escaping, ODF's white-space rules, the namespaces, and the
 * two small parts (meta.xml, the manifest). Styles are in odtStyles.ts, the body in odtBody.ts.
 */

export const ODF_VERSION = '1.3';
export const ODT_MIME = 'application/vnd.oasis.opendocument.text';

const NAMESPACES = {
  office: 'urn:oasis:names:tc:opendocument:xmlns:office:1.0',
  style: 'urn:oasis:names:tc:opendocument:xmlns:style:1.0',
  text: 'urn:oasis:names:tc:opendocument:xmlns:text:1.0',
  table: 'urn:oasis:names:tc:opendocument:xmlns:table:1.0',
  fo: 'urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0',
  svg: 'urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0',
  xlink: 'http://www.w3.org/1999/xlink',
  dc: 'http://purl.org/dc/elements/1.1/',
  meta: 'urn:oasis:names:tc:opendocument:xmlns:meta:1.0',
  config: 'urn:oasis:names:tc:opendocument:xmlns:config:1.0',
} as const;

const XML_DECL = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** An ODF part's root element with every namespace declared (unused ones are harmless). */
export function odfRoot(element: string, inner: string): string {
  const xmlns = Object.entries(NAMESPACES)
    .map(([prefix, uri]) => `xmlns:${prefix}="${uri}"`)
    .join(' ');
  return `${XML_DECL}<${element} ${xmlns} office:version="${ODF_VERSION}">${inner}</${element}>`;
}

// Everything outside XML 1.0's Char production (control characters, lone surrogates, U+FFFE/FFFF).
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text content: characters XML cannot hold are dropped, markup characters escaped. */
export const esc = (value: string): string =>
  value.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An attribute value (always written in double quotes). */
export const attr = (value: string): string => esc(value).replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/**
 * Writes the text of one paragraph. ODF collapses white space like HTML does, so a space that
 * follows another space (or starts the paragraph, or follows a tab or break) is written as
 * `text:s`; tabs and newlines become their elements. One writer per paragraph, because a run of
 * spaces may continue across two differently formatted pieces.
 */
export class ParagraphText {
  private afterSpace = true;

  write(value: string): string {
    let out = '';
    for (const part of value.split(/( +|\t|\r\n|\r|\n)/)) {
      if (part === '') continue;
      if (part === '\t') {
        out += '<text:tab/>';
        this.afterSpace = true;
      } else if (part === '\n' || part === '\r' || part === '\r\n') {
        out += '<text:line-break/>';
        this.afterSpace = true;
      } else if (part[0] === ' ') {
        const literal = this.afterSpace ? 0 : 1;
        const coded = part.length - literal;
        out += literal ? ' ' : '';
        if (coded > 0) out += coded === 1 ? '<text:s/>' : `<text:s text:c="${coded}"/>`;
        this.afterSpace = true;
      } else {
        const escaped = esc(part);
        if (escaped === '') continue;
        out += escaped;
        this.afterSpace = false;
      }
    }
    return out;
  }

  lineBreak(): string {
    this.afterSpace = true;
    return '<text:line-break/>';
  }
}

/** Plain text as paragraph content, white space kept. */
export const spaced = (value: string): string => new ParagraphText().write(value);

/** ISO date-time without milliseconds (xsd:dateTime, as ODF's meta fields want). */
const dateTime = (iso: string) => iso.replace(/\.\d+Z$/, 'Z');

export function metaXml(meta: ExportMeta): string {
  const at = dateTime(meta.generatedAt);
  return odfRoot(
    'office:document-meta',
    '<office:meta>' +
      '<meta:generator>Wijkatelier</meta:generator>' +
      `<dc:title>${esc(meta.title)}</dc:title>` +
      `<dc:description>${esc(meta.subtitle)}</dc:description>` +
      `<dc:language>${esc(meta.locale)}</dc:language>` +
      `<dc:date>${at}</dc:date>` +
      `<meta:creation-date>${at}</meta:creation-date>` +
      '</office:meta>',
  );
}

/** settings.xml: LibreOffice keeps the embedded fonts when the file is saved again. */
export const settingsXml = (): string =>
  odfRoot(
    'office:document-settings',
    '<office:settings><config:config-item-set config:name="ooo:configuration-settings">' +
      '<config:config-item config:name="EmbedFonts" config:type="boolean">true</config:config-item>' +
      '</config:config-item-set></office:settings>',
  );

/** META-INF/manifest.xml: the package itself, then every part with its media type. */
export function manifestXml(parts: readonly { path: string; mediaType: string }[]): string {
  const entry = (path: string, mediaType: string, version = '') =>
    `<manifest:file-entry manifest:full-path="${attr(path)}"${version} manifest:media-type="${attr(mediaType)}"/>`;
  return (
    `${XML_DECL}<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="${ODF_VERSION}">` +
    entry('/', ODT_MIME, ` manifest:version="${ODF_VERSION}"`) +
    parts.map((p) => entry(p.path, p.mediaType)).join('') +
    '</manifest:manifest>'
  );
}
