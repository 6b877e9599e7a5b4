import type { AnyExtension } from '@tiptap/core';
import { TableKit } from '@tiptap/extension-table';
import StarterKit from '@tiptap/starter-kit';

export { DOCUMENT_FIELD } from './documentField';

export const HEADING_LEVELS = [1, 2, 3] as const;

/**
 * The one list of Tiptap extensions that defines a document's schema. The editor adds only
 * collaboration on top; the server builds the same schema to read stored documents (export).
 * StarterKit's own undo/redo is off: with Yjs, undo must only undo your own changes.
 */
export function documentExtensions(): AnyExtension[] {
  return [
    StarterKit.configure({
      undoRedo: false,
      heading: { levels: [...HEADING_LEVELS] },
      codeBlock: false,
      code: false,
      link: {
        openOnClick: false,
        autolink: true,
        defaultProtocol: 'https',
        protocols: ['http', 'https', 'mailto', 'tel'],
        HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: '_blank' },
      },
    }),
    // Tables for "Wie doet wat" and "Planning"; no column resizing (it stores pixel widths).
    TableKit.configure({ table: { resizable: false, HTMLAttributes: { class: 'doc-table' } } }),
  ];
}
