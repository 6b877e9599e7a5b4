/**
 * The Y.XmlFragment in a document's Y.Doc that holds the rich text. In its own module so that code
 * which only reads a section (the room screen, a phone reading along) does not pull in Tiptap.
 */
export const DOCUMENT_FIELD = 'content';
