import { DOMParser, type Element } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import { PDFArray, PDFDict, type PDFDocument, PDFName, PDFRef, PDFDocument as PdfLib } from 'pdf-lib';

/**
 * Reads exported files back with general tools (an unzipper, an XML parser, pdf-lib), nothing of
 * the writers', for tests that check one thing across all five formats.
 */

export const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** One XML part of a zipped export (ODT, DOCX), parsed. */
export function zipXml(bytes: Uint8Array, path: string): Element {
  const files = unzipSync(bytes);
  const part = files[path];
  if (!part) throw new Error(`${path} is missing`);
  return new DOMParser().parseFromString(strFromU8(part), 'text/xml').documentElement as unknown as Element;
}

export const elements = (root: Element, ns: string, name: string): Element[] =>
  Array.from(root.getElementsByTagNameNS(ns, name));

function lookup(pdf: PDFDocument, value: unknown): unknown {
  return value instanceof PDFRef ? pdf.context.lookup(value) : value;
}

/** The structure types of a tagged PDF's structure tree, in reading order (depth first). */
export async function pdfStructTypes(bytes: Uint8Array): Promise<string[]> {
  const pdf = await PdfLib.load(new Uint8Array(bytes), { updateMetadata: false });
  const out: string[] = [];
  const seen = new Set<unknown>();
  const walk = (node: unknown) => {
    const v = lookup(pdf, node);
    if (seen.has(v)) return;
    seen.add(v);
    if (v instanceof PDFArray) {
      for (let i = 0; i < v.size(); i++) walk(v.get(i));
      return;
    }
    if (!(v instanceof PDFDict)) return;
    const type = v.get(PDFName.of('S'));
    if (type instanceof PDFName) out.push(type.decodeText());
    walk(v.get(PDFName.of('K')));
  };
  walk(pdf.catalog.get(PDFName.of('StructTreeRoot')));
  return out;
}
