import { type Editor, useEditorState } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { Toolbar } from '../../ui/Toolbar';
import { PHONE_QUERY, useMediaQuery } from '../../ui/useMediaQuery';
import { commentItems, formattingItems, historyItems, toolbarState } from './toolbarItems';
import { NARROW_QUERY, toolbarLayout } from './toolbarLayout';

/**
 * The formatting toolbar; state follows the selection. In a section this member may not change
 * (`locked`), every button that would change the text is disabled; commenting stays.
 */
export function EditorToolbar({
  editor,
  onLink,
  onComment,
  locked = false,
  describedBy,
}: {
  editor: Editor;
  onLink: () => void;
  /** Comment on the selected words; absent for members who may not comment. */
  onComment?: () => void;
  locked?: boolean;
  /** Id of the text that says why the buttons are disabled. */
  describedBy?: string;
}) {
  const { t } = useTranslation();
  const phone = useMediaQuery(PHONE_QUERY);
  const narrow = useMediaQuery(NARROW_QUERY);
  const state = useEditorState({ editor, selector: ({ editor: e }) => toolbarState(e) });
  const chain = () => editor.chain().focus();
  const { items, overflow } = toolbarLayout(
    {
      formatting: formattingItems(state, chain, t, onLink),
      comment: commentItems(t, onComment),
      history: historyItems(state, chain, t),
    },
    { locked, phone, narrow },
  );
  return (
    <Toolbar
      label={t('toolbar.label')}
      items={items}
      describedBy={describedBy}
      overflow={overflow}
      moreLabel={t('toolbar.more')}
    />
  );
}
