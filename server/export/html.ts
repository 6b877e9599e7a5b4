import type { Block, Inline, TableCell } from './blocks';
import type { ExportModel } from './model';
import { EXPORT_THEME as T } from './theme';

/**
 * A standalone, semantic page: one file, styles inside, no scripts, readable on a phone and printable.
 * A long word or web address breaks where it must (overflow-wrap:anywhere), so a phone never scrolls
 * sideways; in table cells it breaks only when alone on its line, and a wide table scrolls in its own box.
 */

/** Text for HTML content and attribute values (also the public wijkpagina's one escape). */
export const esc = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

function inline(i: Inline): string {
  if (i.lineBreak) return '<br>';
  let s = esc(i.text);
  if (i.bold) s = `<strong>${s}</strong>`;
  if (i.italic) s = `<em>${s}</em>`;
  if (i.underline) s = `<u>${s}</u>`;
  if (i.strike) s = `<s>${s}</s>`;
  if (i.href) s = `<a href="${esc(i.href)}">${s}</a>`;
  return s;
}
const inlines = (list: readonly Inline[]) => list.map(inline).join('');

function cell(c: TableCell, inHead: boolean): string {
  const tag = c.header ? 'th' : 'td';
  const scope = c.header ? ` scope="${inHead ? 'col' : 'row'}"` : '';
  const span = `${c.colspan > 1 ? ` colspan="${c.colspan}"` : ''}${c.rowspan > 1 ? ` rowspan="${c.rowspan}"` : ''}`;
  return `<${tag}${scope}${span}>${c.blocks.map(block).join('')}</${tag}>`;
}

function table(caption: string, rows: readonly TableCell[][]): string {
  const [first, ...rest] = rows;
  const headed = first?.every((c) => c.header) ?? false;
  const head = headed && first ? `<thead><tr>${first.map((c) => cell(c, true)).join('')}</tr></thead>` : '';
  const bodyRows = headed ? rest : rows;
  const body = `<tbody>${bodyRows.map((r) => `<tr>${r.map((c) => cell(c, false)).join('')}</tr>`).join('')}</tbody>`;
  return `<div class="table"><table>${caption ? `<caption>${esc(caption)}</caption>` : ''}${head}${body}</table></div>`;
}

function block(b: Block): string {
  switch (b.kind) {
    case 'heading': {
      const tag = `h${Math.min(6, b.level + 1)}`;
      return `<${tag} id="${esc(b.id)}"${b.level === 1 ? ' class="part"' : ''}>${inlines(b.inlines)}</${tag}>`;
    }
    case 'paragraph': {
      const cls = b.style === 'normal' ? '' : ` class="${b.style}"`;
      return `<p${cls}>${inlines(b.inlines)}</p>`;
    }
    case 'list': {
      const items = b.items.map((item) => `<li>${item.map(block).join('')}</li>`).join('');
      return b.ordered
        ? `<ol${b.start !== 1 ? ` start="${b.start}"` : ''}>${items}</ol>`
        : `<ul>${items}</ul>`;
    }
    case 'quote':
      return `<blockquote>${b.blocks.map(block).join('')}</blockquote>`;
    case 'rule':
      return '<hr>';
    case 'table':
      return table(b.caption, b.rows);
  }
}

/** Export blocks as HTML (the public wijkpagina shows ambitions with the export's writer). */
export const blocksHtml = (list: readonly Block[]): string => list.map(block).join('');

const STYLE = `
:root{color-scheme:light;--text:#${T.text};--subtle:#${T.subtle};--border:#${T.border};--bg-subtle:#${T.subtleBg};--accent:#${T.accent};--head:#${T.headerBg}}
*{box-sizing:border-box}
body{margin:0;font-family:'${T.font}',system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;font-size:1.125rem;line-height:1.6;color:var(--text);background:#fff;overflow-wrap:anywhere}
.page{max-width:46rem;margin:0 auto;padding:2rem 1.25rem 4rem}
h1,h2,h3,h4,h5{line-height:1.25;margin:2rem 0 .75rem;color:var(--text);overflow-wrap:break-word;hyphens:auto}
h1{font-size:clamp(1.75rem,7vw,2.25rem);margin-top:0}
h2{font-size:1.75rem}h3{font-size:1.375rem}h4{font-size:1.2rem}h5{font-size:1.05rem}
h2.part{border-top:2px solid var(--border);padding-top:1.5rem;margin-top:3rem}
a{color:var(--accent);text-underline-offset:.15em}
a:focus-visible{outline:3px solid var(--text);outline-offset:2px}
.title-page{border-bottom:2px solid var(--border);padding-bottom:1.5rem;margin-bottom:2rem}
.subtitle{font-size:1.25rem;color:var(--subtle);margin:.25rem 0 1.5rem}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1.5rem;margin:0}
dl.facts dt{font-weight:700}dl.facts dd{margin:0}
nav.toc{background:var(--bg-subtle);border:1px solid var(--border);border-radius:4px;padding:1rem 1.5rem;margin-bottom:2rem}
nav.toc h2{margin-top:0}nav.toc ol{margin:.5rem 0 0;padding-left:1.25rem}
li p{margin:.2rem 0}nav.toc ol ol{margin:0}
p.status{color:var(--subtle);font-size:1rem;margin-top:-.5rem}
p.note{color:var(--subtle);font-style:italic}
p.lead{font-weight:700}
blockquote{margin:1rem 0;padding:.25rem 1rem;border-left:4px solid var(--border);background:var(--bg-subtle)}
hr{border:0;border-top:1px solid var(--border);margin:2rem 0}
.table{overflow-x:auto;margin:1rem 0}
table{border-collapse:collapse;min-width:60%}
caption{text-align:left;font-weight:700;padding:.25rem 0}
th,td{border:1px solid var(--border);padding:.4rem .6rem;text-align:left;vertical-align:top;overflow-wrap:break-word}
thead th,th[scope=row]{background:var(--head)}
th p,td p{margin:0}
footer{margin-top:3rem;color:var(--subtle);font-size:.9rem}
@media print{body{font-size:11pt}.page{max-width:none;padding:0}h2.part{break-before:page;border:0;padding:0}a{color:inherit}nav.toc{break-after:page}}
`;

export async function toHtml(model: ExportModel): Promise<Uint8Array> {
  const { meta } = model;
  const link = (e: { id: string; title: string }) => `<a href="#${esc(e.id)}">${esc(e.title)}</a>`;
  const groups: { entry: (typeof model.toc)[number]; children: typeof model.toc }[] = [];
  for (const e of model.toc) {
    const last = groups.at(-1);
    if (e.level === 2 && last) last.children.push(e);
    else groups.push({ entry: e, children: [] });
  }
  const toc = `<ol>${groups
    .map(
      (g) =>
        `<li>${link(g.entry)}${g.children.length ? `<ol>${g.children.map((c) => `<li>${link(c)}</li>`).join('')}</ol>` : ''}</li>`,
    )
    .join('')}</ol>`;
  const html = `<!doctype html>
<html lang="${meta.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wijkatelier">
<meta name="dcterms.created" content="${meta.generatedAt}">
<title>${esc(meta.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<div class="page">
<header class="title-page">
<h1>${esc(meta.title)}</h1>
<p class="subtitle">${esc(meta.subtitle)}</p>
<dl class="facts">${meta.facts.map((f) => `<dt>${esc(f.label)}</dt><dd>${esc(f.value)}</dd>`).join('')}</dl>
</header>
<nav class="toc" aria-labelledby="wa-inhoud"><h2 id="wa-inhoud">${esc(meta.labels.contents)}</h2>${toc}</nav>
<main>
${model.body.map(block).join('\n')}
</main>
<footer><p>${esc(meta.labels.generated(meta.generatedAt.slice(0, 10)))}</p></footer>
</div>
</body>
</html>
`;
  return new TextEncoder().encode(html);
}
