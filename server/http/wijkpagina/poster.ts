import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { type Language, t } from '../../../shared/i18n/translate';
import { notoFile } from '../../export/fonts';
import type { WerkgroepRow } from '../../storage/WorkspaceStore';

export const POSTER_SIZES = ['A4', 'A3'] as const;
export type PosterSize = (typeof POSTER_SIZES)[number];

const BLUE = '#154273';

/**
 * A poster for the buurthuis and the supermarket board: the werkgroep's name, a short text and a QR code
 * to the public page, with the address written out for who has no camera. The QR code is drawn as
 * vector squares (sharp at any size); Noto covers every name a werkgroep may have.
 */
export function posterPdf(o: {
  werkgroep: WerkgroepRow;
  intro: string;
  url: string;
  lang: Language;
  size: PosterSize;
}): Promise<Buffer> {
  const doc = new PDFDocument({
    size: o.size,
    margin: 0,
    info: { Title: o.werkgroep.name, Author: o.werkgroep.name },
    lang: o.lang,
    displayTitle: true,
  });
  doc.registerFont('Noto', notoFile('regular'));
  doc.registerFont('Noto-Bold', notoFile('bold'));
  const { width, height } = doc.page;
  // Every measure scales with the page: A3 is A4 times √2.
  const u = width / 595.28;
  const margin = 48 * u;
  const inner = width - 2 * margin;

  doc.rect(0, 0, width, 210 * u).fill(BLUE);
  doc
    .fillColor('#ffffff')
    .font('Noto-Bold')
    .fontSize(34 * u);
  doc.text(t(o.lang, 'wijkpagina.poster.heading', { wijk: o.werkgroep.wijk }), margin, 56 * u, {
    width: inner,
  });
  doc
    .font('Noto')
    .fontSize(16 * u)
    .text(o.werkgroep.name, { width: inner });

  doc
    .fillColor('#1a1a1a')
    .font('Noto')
    .fontSize(17 * u);
  doc.text(t(o.lang, 'wijkpagina.poster.lead', { name: o.werkgroep.name }), margin, 240 * u, {
    width: inner,
    lineGap: 4 * u,
  });
  if (o.intro) doc.moveDown(0.6).text(o.intro, { width: inner, lineGap: 4 * u });

  const qr = QRCode.create(o.url, { errorCorrectionLevel: 'M' });
  const side = 260 * u;
  const cells = qr.modules.size + 8; // a quiet zone of four modules on every side
  const cell = side / cells;
  const x0 = (width - side) / 2;
  const y0 = Math.max(doc.y + 24 * u, height - side - 190 * u);
  doc.rect(x0, y0, side, side).fill('#ffffff');
  for (let r = 0; r < qr.modules.size; r++)
    for (let c = 0; c < qr.modules.size; c++)
      if (qr.modules.get(r, c)) doc.rect(x0 + (c + 4) * cell, y0 + (r + 4) * cell, cell, cell);
  doc.fill('#000000');

  doc
    .fillColor('#1a1a1a')
    .font('Noto')
    .fontSize(14 * u);
  doc.text(t(o.lang, 'wijkpagina.poster.scan'), margin, y0 + side + 16 * u, {
    width: inner,
    align: 'center',
  });
  doc
    .font('Noto-Bold')
    .fontSize(16 * u)
    .text(o.url, { width: inner, align: 'center' });

  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}
