import { type Language, locale, t } from '../../../shared/i18n/translate';
import { esc } from '../../export/html';

/** A moment (ms) as people read it, in the Netherlands' time: "27 november 2026". */
export const dateText = (ms: number, lang: Language): string =>
  new Intl.DateTimeFormat(locale(lang), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(ms));

/** A calendar day (YYYY-MM-DD) with its weekday: "dinsdag 8 december 2026". */
export const dayText = (day: string, lang: Language): string =>
  new Intl.DateTimeFormat(locale(lang), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${day}T12:00:00Z`));

/**
 * The page's own styles, inline (one request, no bundle): the voorbeeld theme's calm blues and greys as
 * CSS variables, readable from 320 px up, large text and targets, visible focus, and a print layout.
 */
const STYLE = `:root{--blue:#154273;--blue-2:#1c5a9e;--bg:#f3f6fa;--line:#cbd5e1;--text:#1a1a1a;--quiet:#4a5563;--focus:#ffbf47;--ok:#e8f3ec;--err:#fdecec;--err-line:#a4262c}
*{box-sizing:border-box}html{-webkit-text-size-adjust:100%}
body{margin:0;font:1.125rem/1.6 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:var(--text);background:var(--bg);overflow-wrap:anywhere}
a{color:var(--blue-2);text-underline-offset:.15em}a:hover{color:var(--blue)}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px;box-shadow:0 0 0 5px var(--text)}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem 1rem}.skip:focus{left:.5rem;z-index:1}
header.top{background:var(--blue);color:#fff}header.top a{color:#fff}
.wrap{max-width:46rem;margin:0 auto;padding:0 1rem}
.bar{display:flex;flex-wrap:wrap;gap:.5rem 1rem;justify-content:space-between;align-items:center;padding:.75rem 0;font-size:1rem}
.hero{padding:1.5rem 0 2rem}.hero .name{font-weight:700;font-size:clamp(1.6rem,6vw,2.4rem);line-height:1.2;margin:0 0 .5rem}.hero p{margin:.25rem 0;max-width:40rem}
.place{opacity:.9;font-size:1rem}
nav.toc{margin:1.5rem 0}nav.toc h2{font-size:1rem;margin:0 0 .5rem;color:var(--quiet)}
nav.toc ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.5rem}
nav.toc a{display:inline-block;padding:.35rem .8rem;border:1px solid var(--line);border-radius:999px;background:#fff;text-decoration:none;font-size:1rem}
main section{background:#fff;border:1px solid var(--line);border-radius:8px;padding:1.25rem 1rem;margin:0 0 1.25rem}
@media (min-width:40rem){main section{padding:1.5rem 1.75rem}}
h2{font-size:1.5rem;line-height:1.25;margin:0 0 1rem;color:var(--blue)}h3{font-size:1.25rem;line-height:1.3;margin:1.25rem 0 .5rem}h4,h5{font-size:1.1rem;margin:1rem 0 .25rem}
.card+.card{border-top:1px solid var(--line);margin-top:1.25rem;padding-top:.25rem}
ul.items{list-style:none;margin:0;padding:0}ol.items{padding-left:1.4rem}
ul.items>li{border-left:4px solid var(--blue-2);padding:.25rem 0 .25rem .9rem;margin:0 0 1rem}ul.items p,ol.items p{margin:.15rem 0}
ul.counts{padding-left:1.2rem}ul.counts li{margin:.4rem 0}
.label{font-size:.95rem;font-weight:700;color:var(--quiet);text-transform:none}
.quiet,.hint{color:var(--quiet);font-size:1rem}
.answer{background:var(--ok);padding:.5rem .75rem;border-radius:4px}
form.ask{margin-top:1rem}.field{margin:0 0 1rem}label{display:block;font-weight:700;margin-bottom:.25rem}
.hint{margin:0 0 .35rem}
input,textarea{width:100%;font:inherit;padding:.6rem .7rem;border:2px solid var(--quiet);border-radius:4px;background:#fff;color:inherit}
textarea{min-height:8rem;resize:vertical}
button{font:inherit;font-weight:700;background:var(--blue-2);color:#fff;border:0;border-radius:4px;padding:.75rem 1.5rem;min-height:48px;cursor:pointer}
button:hover{background:var(--blue)}
.hp{position:absolute;left:-9999px;width:1px;height:1px;overflow:hidden}
.limit{background:#fff8e1;border-left:4px solid #8a6d00;padding:.35rem .9rem}
.alert{background:var(--err);border-left:4px solid var(--err-line);padding:.5rem 1rem;margin-bottom:1rem}
.follow ul{padding-left:1.2rem}
footer.bottom{color:var(--quiet);font-size:1rem;padding-top:1rem;padding-bottom:3rem}
table{border-collapse:collapse}th,td{border:1px solid var(--line);padding:.3rem .5rem;text-align:left}.table{overflow-x:auto}
.chart{display:block;width:100%;max-width:26rem;height:auto;font-size:16px;margin:.5rem 0}.chart text{fill:var(--quiet)}.chu{font-weight:700}.chart .chu{fill:var(--text)}.chg text{text-anchor:end}.chx text{text-anchor:middle}.chg path{stroke:var(--line);fill:none}
.chl{fill:none;stroke-width:2.5;stroke-linejoin:round}.chw{fill:#1d4f91}.chw .chl{stroke:#1d4f91}.chm{fill:#8f4a00}.chm .chl{stroke:#8f4a00;stroke-width:2;stroke-dasharray:7 4}.cht{fill:#1a1a1a}.chd{fill:none;stroke:#1a1a1a;stroke-dasharray:2 4}.chb{fill:#fff;stroke:#1a1a1a;stroke-width:2}
@media (max-width:30rem){.chart{font-size:19px}}figure.trend{margin:0 0 1rem;break-inside:avoid}.legend{list-style:none;margin:.25rem 0 .5rem;padding:0;display:flex;flex-wrap:wrap;gap:.1rem 1.25rem;font-size:1rem}.legend li{display:flex;align-items:center;gap:.4rem}.legend svg{width:34px;height:14px;flex:none;overflow:visible}
blockquote{margin:1rem 0;padding:.25rem 1rem;border-left:4px solid var(--line)}
@media print{body{background:#fff}header.top{background:none;color:inherit}header.top a{color:inherit}nav.toc,form.ask,.skip{display:none}main section{border:0;padding:0}}`;

export interface Shell {
  lang: Language;
  title: string;
  /** Extra tags for the head (feeds). */
  head?: string;
  /** The blue band on top: werkgroep name, place, intro, language switch. */
  header: string;
  main: string;
  footer: string;
}

/** The whole document: lang, landmarks, a skip link, inline styles, no scripts. */
export const shell = (s: Shell): string =>
  `<!doctype html><html lang="${locale(s.lang).slice(0, 2)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${esc(
    s.title,
  )}</title><meta name="robots" content="index,follow">${s.head ?? ''}<style>${STYLE}</style></head><body><a class="skip" href="#inhoud">${esc(
    t(s.lang, 'wijkpagina.page.skip'),
  )}</a><header class="top">${s.header}</header><main id="inhoud" class="wrap" tabindex="-1">${s.main}</main><footer class="bottom wrap">${s.footer}</footer></body></html>`;
