import type { Face } from './fonts';
import type { ExportMeta } from './model';
import { esc, odfRoot, spaced } from './odtXml';
import { EXPORT_THEME as T } from './theme';

/**
 * styles.xml of the ODT export: named styles with LibreOffice's own names (Heading_20_1,
 * Text_20_body, …) so the file behaves like one made in Writer, the list styles, an A4 page with a
 * footer, and the font.
 */

/** A4 (21 cm) less two 2.5 cm margins. */
export const TEXT_WIDTH_CM = 16;

const subtle = `#${T.subtle}`;
export const BORDER = `0.5pt solid #${T.border}`;
/** Noto Sans's four faces, embedded in the package under Fonts/ (see odt.ts), as LibreOffice embeds fonts. */
export const EMBEDDED_FONTS: readonly { path: string; face: Face }[] = [
  { path: 'Fonts/NotoSans-Regular.ttf', face: 'regular' },
  { path: 'Fonts/NotoSans-Bold.ttf', face: 'bold' },
  { path: 'Fonts/NotoSans-Italic.ttf', face: 'italic' },
  { path: 'Fonts/NotoSans-BoldItalic.ttf', face: 'boldItalic' },
];
const fontUri = (path: string) =>
  `<svg:font-face-uri xlink:href="${path}" xlink:type="simple"><svg:font-face-format svg:string="truetype"/></svg:font-face-uri>`;
export const FONT_DECLS = `<office:font-face-decls><style:font-face style:name="${T.font}" svg:font-family="&apos;${T.font}&apos;" style:font-family-generic="swiss" style:font-pitch="variable"><svg:font-face-src>${EMBEDDED_FONTS.map((f) => fontUri(f.path)).join('')}</svg:font-face-src></style:font-face></office:font-face-decls>`;

interface Para {
  name: string;
  display?: string;
  parent?: string;
  next?: string;
  cls?: string;
  outline?: number;
  para?: string;
  text?: string;
  inner?: string;
}

function paragraphStyle(s: Para): string {
  const display = s.display ?? s.name.replace(/_20_/g, ' ');
  const attrs = [
    `style:name="${s.name}"`,
    display !== s.name ? `style:display-name="${display}"` : '',
    'style:family="paragraph"',
    s.parent ? `style:parent-style-name="${s.parent}"` : '',
    s.next ? `style:next-style-name="${s.next}"` : '',
    s.outline ? `style:default-outline-level="${s.outline}"` : '',
    `style:class="${s.cls ?? 'text'}"`,
  ].filter(Boolean);
  const para =
    s.para || s.inner
      ? `<style:paragraph-properties ${s.para ?? ''}>${s.inner ?? ''}</style:paragraph-properties>`
      : '';
  const text = s.text ? `<style:text-properties ${s.text}/>` : '';
  return `<style:style ${attrs.join(' ')}>${para}${text}</style:style>`;
}

const bold = 'fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold"';
const italic = 'fo:font-style="italic" style:font-style-asian="italic" style:font-style-complex="italic"';
const size = (pt: number) =>
  `fo:font-size="${pt}pt" style:font-size-asian="${pt}pt" style:font-size-complex="${pt}pt"`;
const rightTab = (cm: number, leader = false) =>
  `<style:tab-stops><style:tab-stop style:position="${cm}cm" style:type="right"${leader ? ' style:leader-style="dotted" style:leader-text="."' : ''}/></style:tab-stops>`;

const heading = (level: number, pt: number, para: string): Para => ({
  name: `Heading_20_${level}`,
  parent: 'Heading',
  next: 'Text_20_body',
  outline: level,
  para,
  text: `${size(pt)} ${bold}`,
});

const PARAGRAPH_STYLES: Para[] = [
  { name: 'Standard', cls: 'text' },
  {
    name: 'Text_20_body',
    parent: 'Standard',
    para: 'fo:margin-top="0cm" fo:margin-bottom="0.25cm" fo:line-height="140%"',
  },
  {
    name: 'Heading',
    parent: 'Standard',
    next: 'Text_20_body',
    para: 'fo:keep-with-next="always" fo:keep-together="always" fo:line-height="120%"',
    text: `fo:color="#${T.text}"`,
  },
  // Each part of the document (a section, the appendix) starts on a new page.
  heading(1, 20, 'fo:margin-top="0cm" fo:margin-bottom="0.2cm" fo:break-before="page"'),
  heading(2, 15, 'fo:margin-top="0.6cm" fo:margin-bottom="0.2cm"'),
  heading(3, 12.5, 'fo:margin-top="0.5cm" fo:margin-bottom="0.15cm"'),
  heading(4, 11, 'fo:margin-top="0.4cm" fo:margin-bottom="0.1cm"'),
  {
    name: 'Title',
    parent: 'Heading',
    next: 'Subtitle',
    cls: 'chapter',
    para: 'fo:margin-top="6cm" fo:margin-bottom="0.4cm"',
    text: `${size(28)} ${bold}`,
  },
  {
    name: 'Subtitle',
    parent: 'Heading',
    next: 'Text_20_body',
    cls: 'chapter',
    para: 'fo:margin-top="0cm" fo:margin-bottom="1.2cm"',
    text: `${size(14)} fo:color="${subtle}"`,
  },
  {
    name: 'Status',
    parent: 'Text_20_body',
    para: 'fo:margin-bottom="0.5cm"',
    text: `${size(9.5)} fo:color="${subtle}"`,
  },
  { name: 'Note', parent: 'Text_20_body', text: `fo:color="${subtle}" ${italic}` },
  { name: 'Lead', parent: 'Text_20_body', para: 'fo:margin-top="0.2cm"', text: size(12) },
  {
    name: 'Quotations',
    parent: 'Text_20_body',
    para: `fo:margin-top="0.15cm" fo:margin-left="0.4cm" fo:margin-right="0.6cm" fo:padding-left="0.3cm" fo:border-left="1.5pt solid #${T.border}" fo:border-right="none" fo:border-top="none" fo:border-bottom="none"`,
  },
  { name: 'Quotation_20_Note', parent: 'Quotations', text: `fo:color="${subtle}" ${italic}` },
  { name: 'List_20_Contents', parent: 'Text_20_body', cls: 'list', para: 'fo:margin-bottom="0.1cm"' },
  {
    name: 'Horizontal_20_Line',
    parent: 'Standard',
    next: 'Text_20_body',
    cls: 'html',
    para: `fo:margin-top="0.2cm" fo:margin-bottom="0.5cm" fo:padding="0cm" fo:border-bottom="${BORDER}" fo:border-top="none" fo:border-left="none" fo:border-right="none"`,
    text: size(4),
  },
  {
    name: 'Table_20_Contents',
    parent: 'Standard',
    cls: 'extra',
    para: 'fo:margin-top="0cm" fo:margin-bottom="0.05cm" fo:line-height="130%"',
  },
  { name: 'Table_20_Heading', parent: 'Table_20_Contents', cls: 'extra', text: bold },
  { name: 'Fact_20_Label', parent: 'Table_20_Contents', cls: 'extra', text: `fo:color="${subtle}"` },
  {
    name: 'Caption',
    parent: 'Standard',
    cls: 'extra',
    para: 'fo:margin-top="0.3cm" fo:margin-bottom="0.15cm"',
    text: `${size(10)} ${bold} fo:color="${subtle}"`,
  },
  { name: 'Table', parent: 'Caption', cls: 'extra', para: 'fo:keep-with-next="always"' },
  {
    name: 'Contents_20_Heading',
    parent: 'Heading',
    cls: 'index',
    para: 'fo:margin-top="0cm" fo:margin-bottom="0.5cm"',
    text: `${size(20)} ${bold}`,
  },
  {
    name: 'Contents_20_1',
    parent: 'Standard',
    cls: 'index',
    para: 'fo:margin-top="0.25cm" fo:margin-bottom="0.05cm"',
    inner: rightTab(TEXT_WIDTH_CM, true),
    text: bold,
  },
  {
    name: 'Contents_20_2',
    parent: 'Standard',
    cls: 'index',
    para: 'fo:margin-left="0.7cm" fo:margin-bottom="0.05cm"',
    inner: rightTab(TEXT_WIDTH_CM - 0.7, true),
  },
  {
    name: 'Footer',
    parent: 'Standard',
    cls: 'extra',
    inner: rightTab(TEXT_WIDTH_CM),
    text: `${size(9)} fo:color="${subtle}"`,
  },
];

const TEXT_STYLES = [
  `<style:style style:name="Internet_20_link" style:display-name="Internet link" style:family="text"><style:text-properties fo:color="#${T.link}" style:text-underline-style="solid" style:text-underline-width="auto" style:text-underline-color="font-color"/></style:style>`,
  `<style:style style:name="Visited_20_Internet_20_Link" style:display-name="Visited Internet Link" style:family="text"><style:text-properties fo:color="#${T.link}" style:text-underline-style="solid" style:text-underline-width="auto" style:text-underline-color="font-color"/></style:style>`,
  '<style:style style:name="Index_20_Link" style:display-name="Index Link" style:family="text"/>',
];

const BULLETS = ['•', '◦', '▪'];

/** Bullet or number list style, ten levels, each indented 0.635 cm more. */
function listStyle(name: string, display: string, ordered: boolean): string {
  const levels = Array.from({ length: 10 }, (_, i) => {
    const level = i + 1;
    const at = (0.635 * level).toFixed(3);
    const props = `<style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="${at}cm" fo:text-indent="-0.635cm" fo:margin-left="${at}cm"/></style:list-level-properties>`;
    return ordered
      ? `<text:list-level-style-number text:level="${level}" style:num-suffix="." style:num-format="1">${props}</text:list-level-style-number>`
      : `<text:list-level-style-bullet text:level="${level}" text:bullet-char="${BULLETS[i % BULLETS.length]}">${props}<style:text-properties style:font-name="${T.font}"/></text:list-level-style-bullet>`;
  });
  return `<text:list-style style:name="${name}" style:display-name="${display}">${levels.join('')}</text:list-style>`;
}

export const BULLET_LIST = 'Bullet_20_List';
export const NUMBER_LIST = 'Numbered_20_List';

// Headings carry outline levels without numbers.
const OUTLINE = `<text:outline-style style:name="Outline">${Array.from(
  { length: 10 },
  (_, i) =>
    `<text:outline-level-style text:level="${i + 1}" style:num-format=""><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="nothing"/></style:list-level-properties></text:outline-level-style>`,
).join('')}</text:outline-style>`;

const pageLayout = (name: string) =>
  `<style:page-layout style:name="${name}"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="2.2cm" fo:margin-bottom="1.4cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/><style:header-style/>${
    name === 'pm_standard'
      ? '<style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.6cm"/></style:footer-style>'
      : '<style:footer-style/>'
  }</style:page-layout>`;

/** "Pagina 3 van 41" with live fields: the label is asked for with two markers, then the markers become fields. */
function pageFooter(meta: ExportMeta): string {
  const label = meta.labels.page(900001, 900002);
  const fields = label
    .split(/(900001|900002)/)
    .map((part) =>
      part === '900001'
        ? '<text:page-number text:select-page="current">1</text:page-number>'
        : part === '900002'
          ? '<text:page-count>1</text:page-count>'
          : spaced(part),
    )
    .join('');
  return `<text:p text:style-name="Footer">${esc(meta.title)}<text:tab/>${fields}</text:p>`;
}

export function stylesXml(meta: ExportMeta): string {
  const [language = 'nl', country = ''] = meta.locale.split('-');
  const locale = `fo:language="${esc(language)}"${country ? ` fo:country="${esc(country)}"` : ''}`;
  const defaults =
    `<style:default-style style:family="paragraph"><style:paragraph-properties style:writing-mode="lr-tb" style:tab-stop-distance="1.25cm"/>` +
    `<style:text-properties style:font-name="${T.font}" style:font-name-asian="${T.font}" style:font-name-complex="${T.font}" ${size(11)} fo:color="#${T.text}" ${locale} fo:hyphenate="false"/></style:default-style>` +
    '<style:default-style style:family="table"><style:table-properties table:border-model="collapsing"/></style:default-style>';
  return odfRoot(
    'office:document-styles',
    FONT_DECLS +
      `<office:styles>${defaults}${PARAGRAPH_STYLES.map(paragraphStyle).join('')}${TEXT_STYLES.join('')}` +
      `${listStyle(BULLET_LIST, 'Bullet list', false)}${listStyle(NUMBER_LIST, 'Numbered list', true)}${OUTLINE}</office:styles>` +
      `<office:automatic-styles>${pageLayout('pm_standard')}${pageLayout('pm_first')}</office:automatic-styles>` +
      '<office:master-styles>' +
      `<style:master-page style:name="Standard" style:page-layout-name="pm_standard"><style:footer>${pageFooter(meta)}</style:footer></style:master-page>` +
      '<style:master-page style:name="First_20_Page" style:display-name="First Page" style:page-layout-name="pm_first" style:next-style-name="Standard"/>' +
      '</office:master-styles>',
  );
}
