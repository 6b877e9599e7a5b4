/**
 * `npm run size`: how much JavaScript and CSS a visitor downloads (gzip, level 9), from the built
 * client in dist/client. "Shell" is what every page loads first (index.html's script, its
 * modulepreloads and CSS); the document page adds the lazily loaded editor chunk.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const dir = path.resolve('dist/client');
const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
const gzip = (file: string) => zlib.gzipSync(fs.readFileSync(path.join(dir, file)), { level: 9 }).byteLength;
const raw = (file: string) => fs.statSync(path.join(dir, file)).size;
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
  ['component CSS', shellCss],
];
console.log('| what | files | raw | gzip |');
console.log('|---|---|---|---|');
let shellTotal = 0;
let docTotal = 0;
for (const [name, files] of rows) {
  const g = files.reduce((s, f) => s + gzip(f), 0);
  const r = files.reduce((s, f) => s + raw(f), 0);
  if (name.startsWith('shell')) shellTotal += g;
  if (name.startsWith('shell') || name.startsWith('editor')) docTotal += g;
  console.log(`| ${name} | ${files.length} | ${kb(r)} | ${kb(g)} |`);
}
const themeGzip = zlib.gzipSync(fs.readFileSync(path.join(dir, themeCss)), { level: 9 }).byteLength;
console.log(
  `| theme tokens (/theme.css, voorbeeld) | 1 | ${kb(fs.statSync(path.join(dir, themeCss)).size)} | ${kb(themeGzip)} |`,
);
console.log(
  `\nInitial JavaScript, gzip: any page ${kb(shellTotal)}; a document link (shell + editor) ${kb(docTotal)}.`,
);
