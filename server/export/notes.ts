/** What a writer tells about one file besides its bytes: characters no font could draw (PDF). */
export interface ExportNotes {
  /** Character clusters drawn as a placeholder, each once. */
  missing: Set<string>;
}

export const exportNotes = (): ExportNotes => ({ missing: new Set() });

/** For the log: code points only (U+0627 …), never the text people wrote. */
export const missingCodePoints = (notes: ExportNotes): string[] =>
  [...notes.missing].map((cluster) =>
    [...cluster]
      .map((c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`)
      .join(' '),
  );
