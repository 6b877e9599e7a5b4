import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Thread } from '../../../shared/schemas/comment';
import { resolveAnchor } from './anchors';

export const COMMENTS_CHANGED = 'commentsChanged';

/**
 * Marks the passages that open comment threads point at (questions to the municipality stand out).
 * The threads come from the page; it dispatches a `commentsChanged` meta when they change.
 */
export const CommentHighlights = Extension.create<{ getThreads: () => Thread[] }>({
  name: 'commentHighlights',
  addOptions() {
    return { getThreads: () => [] };
  },
  addProseMirrorPlugins() {
    const getThreads = this.options.getThreads;
    return [
      new Plugin({
        key: new PluginKey('commentHighlights'),
        props: {
          decorations(state) {
            const decorations: Decoration[] = [];
            for (const thread of getThreads()) {
              if (!thread.anchor || thread.resolved) continue;
              const range = resolveAnchor(state, thread.anchor);
              if (!range) continue;
              decorations.push(
                Decoration.inline(range.from, range.to, {
                  class: thread.questionDue ? 'comment-mark comment-mark--question' : 'comment-mark',
                  'data-thread': thread.id,
                }),
              );
            }
            return DecorationSet.create(state.doc, decorations);
          },
        },
      }),
    ];
  },
});
