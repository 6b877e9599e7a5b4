import { Mark } from '@tiptap/core';
import type { Editor } from '@tiptap/react';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { groupOfDescription } from '../../../shared/editor/authorship';
import type { RoleGroup } from '../../../shared/schemas/member';

/** Light backgrounds per role group for the "who wrote what" view (dark text stays readable on each). */
export const GROUP_TINTS: Record<RoleGroup, { light: string; dark: string }> = {
  bewoners: { light: '#d6e4f5', dark: '#1d4f91' },
  ambtenaren: { light: '#f6d9da', dark: '#a4262c' },
  partners: { light: '#d5ecdb', dark: '#1e6b35' },
  facilitators: { light: '#eadcf2', dark: '#6b2c91' },
  observers: { light: '#e3e6e9', dark: '#3d4b57' },
};
const UNKNOWN = { light: '#f1f1f1', dark: '#6b7079' };

/**
 * The mark y-prosemirror puts on text while it renders a snapshot (`ychange`: who added or removed
 * it). Display only: it is never written into the shared document.
 */
export const YChange = Mark.create({
  name: 'ychange',
  inclusive: false,
  excludes: '',
  addAttributes() {
    return {
      user: { default: null, rendered: false },
      type: { default: null, rendered: false },
      color: { default: null, rendered: false },
    };
  },
  parseHTML() {
    return [];
  },
  renderHTML({ mark }) {
    const user = mark.attrs.user as string | null;
    const type = mark.attrs.type as 'added' | 'removed' | null;
    const group = groupOfDescription(user ?? undefined);
    const tint = group ? GROUP_TINTS[group] : UNKNOWN;
    return [
      'span',
      {
        class: `ychange ychange--${type ?? 'added'}`,
        'data-group': group ?? 'unknown',
        style: `background-color: ${tint.light}; box-shadow: inset 0 -2px 0 ${tint.dark}`,
      },
      0,
    ];
  },
});

/** The colour of each author, by group, for y-prosemirror's snapshot rendering. */
export function fillColorMapping(doc: Y.Doc, mapping: Map<string, { light: string; dark: string }>): void {
  doc.getMap('users').forEach((_user, description) => {
    const group = groupOfDescription(description);
    mapping.set(description, group ? GROUP_TINTS[group] : UNKNOWN);
  });
}

const EMPTY_STATE = Y.encodeStateAsUpdateV2(new Y.Doc());

/**
 * Shows the section's text coloured by who wrote it (read-only while shown), or goes back to
 * editing. Rendered in a separate history doc built from updates, so the live doc is never touched.
 */
export function showAuthorship(editor: Editor, doc: Y.Doc, on: boolean): void {
  if (editor.isDestroyed) return;
  const state = ySyncPluginKey.getState(editor.state) as
    | { binding?: { unrenderSnapshot: () => void } }
    | undefined;
  if (on) {
    editor.view.dispatch(
      editor.state.tr.setMeta(ySyncPluginKey, {
        snapshot: Y.encodeStateAsUpdateV2(doc),
        prevSnapshot: EMPTY_STATE,
      }),
    );
  } else {
    state?.binding?.unrenderSnapshot();
  }
}
