/**
 * `npm run size`: the built client's files (dist/client) by size: raw, gzip (level 9) and brotli (the
 * `.br` copy the build made, which the server sends to every browser that takes brotli). "Shell" is
 * what every page loads first (index.html's script, its modulepreloads and CSS); the document page
 * adds the lazily loaded editor chunk. What a browser really receives per page: `npm run size:wire`.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const dir = path.resolve('dist/client');
const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
const gzip = (file: string) => zlib.gzipSync(fs.readFileSync(path.join(dir, file)), { level: 9 }).byteLength;
const raw = (file: string) => fs.statSync(path.join(dir, file)).size;
/** The build's brotli copy, or the file itself where it made none (too small, or already compressed). */
const br = (file: string) => {
  const copy = path.join(dir, `${file}.br`);
  return fs.existsSync(copy) ? fs.statSync(copy).size : raw(file);
};
const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;

const shellJs = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1] as string);
const shellCss = [...html.matchAll(/href="\/(assets\/[^"]+\.css)"/g)].map((m) => m[1] as string);
const editorJs = fs
  .readdirSync(path.join(dir, 'assets'))
  .filter((f) => /^DocumentPage-.*\.js$/.test(f))
  .map((f) => `assets/${f}`);
const themeCss = path.relative(
  dir,
  path.resolve('node_modules/@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css'),
);

const rows: [string, string[]][] = [
  ['shell JavaScript (every page)', shellJs],
  ['editor JavaScript (lazy, document page)', editorJs],
  ['component CSS (the NL Design System components used, and our own)', shellCss],
];
console.log('| what | files | raw | gzip | brotli |');
console.log('|---|---|---|---|---|');
let shellTotal = 0;
let docTotal = 0;
for (const [name, files] of rows) {
  const g = files.reduce((s, f) => s + gzip(f), 0);
  const r = files.reduce((s, f) => s + raw(f), 0);
  if (name.startsWith('shell')) shellTotal += g;
  if (name.startsWith('shell') || name.startsWith('editor')) docTotal += g;
  const b = files.reduce((s, f) => s + br(f), 0);
  console.log(`| ${name} | ${files.length} | ${kb(r)} | ${kb(g)} | ${kb(b)} |`);
}
const theme = fs.readFileSync(path.join(dir, themeCss));
const themeGzip = zlib.gzipSync(theme, { level: 9 }).byteLength;
// The server compresses the theme once at start, with the same settings as the build.
const themeBr = zlib.brotliCompressSync(theme, {
  params: { [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY },
}).byteLength;
console.log(
  `| theme tokens (/theme.css, voorbeeld) | 1 | ${kb(theme.byteLength)} | ${kb(themeGzip)} | ${kb(themeBr)} |`,
);
// woff2 is compressed already: raw is what is sent. A page fetches only the faces it draws text in.
const fonts = fs.readdirSync(path.join(dir, 'assets')).filter((f) => f.endsWith('.woff2'));
for (const [name, files] of [
  [
    'fonts, Latin (Noto Sans 400/600/700 + italics, Noto Serif 700)',
    fonts.filter((f) => !f.includes('latin-ext')),
  ],
  ['fonts, Latin Extended (only for text that needs it)', fonts.filter((f) => f.includes('latin-ext'))],
] as const) {
  const r = files.reduce((s, f) => s + raw(`assets/${f}`), 0);
  console.log(`| ${name} | ${files.length} | ${kb(r)} | ${kb(r)} | ${kb(r)} |`);
}
console.log(
  `\nInitial JavaScript, gzip: any page ${kb(shellTotal)}; a document link (shell + editor) ${kb(docTotal)}.`,
);
