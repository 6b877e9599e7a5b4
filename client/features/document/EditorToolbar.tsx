import { type Editor, useEditorState } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../ui/icons';
import { Toolbar, type ToolbarItem } from '../../ui/Toolbar';
import { PHONE_QUERY, useMediaQuery } from '../../ui/useMediaQuery';

/**
 * On a phone the first five of these that are there (four below 24rem, 384 px) stay in the toolbar's one
 * row; the rest is behind "Meer".
 */
const PHONE_ROW = ['bold', 'italic', 'bulletList', 'link', 'comment', 'undo'];
const NARROW_QUERY = '(max-width: 24rem)';

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
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      paragraph: e.isActive('paragraph'),
      h1: e.isActive('heading', { level: 1 }),
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      link: e.isActive('link'),
      table: e.isActive('table'),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    }),
  });
  const chain = () => editor.chain().focus();
  const formatting: ToolbarItem[] = [
    {
      id: 'paragraph',
      label: t('toolbar.paragraph'),
      icon: null,
      showLabel: true,
      pressed: state.paragraph,
      onActivate: () => chain().setParagraph().run(),
    },
    {
      id: 'h1',
      label: t('toolbar.heading1'),
      icon: null,
      showLabel: true,
      pressed: state.h1,
      onActivate: () => chain().toggleHeading({ level: 1 }).run(),
    },
    {
      id: 'h2',
      label: t('toolbar.heading2'),
      icon: null,
      showLabel: true,
      pressed: state.h2,
      onActivate: () => chain().toggleHeading({ level: 2 }).run(),
    },
    {
      id: 'h3',
      label: t('toolbar.heading3'),
      icon: null,
      showLabel: true,
      pressed: state.h3,
      onActivate: () => chain().toggleHeading({ level: 3 }).run(),
    },
    {
      id: 'bold',
      label: t('toolbar.bold'),
      icon: <Icon name="bold" />,
      pressed: state.bold,
      groupStart: true,
      onActivate: () => chain().toggleBold().run(),
    },
    {
      id: 'italic',
      label: t('toolbar.italic'),
      icon: <Icon name="italic" />,
      pressed: state.italic,
      onActivate: () => chain().toggleItalic().run(),
    },
    {
      id: 'link',
      label: t('toolbar.link'),
      icon: <Icon name="link" />,
      pressed: state.link,
      onActivate: onLink,
    },
    {
      id: 'bulletList',
      label: t('toolbar.bulletList'),
      icon: <Icon name="bulletList" />,
      pressed: state.bulletList,
      groupStart: true,
      onActivate: () => chain().toggleBulletList().run(),
    },
    {
      id: 'orderedList',
      label: t('toolbar.orderedList'),
      icon: <Icon name="orderedList" />,
      pressed: state.orderedList,
      onActivate: () => chain().toggleOrderedList().run(),
    },
    {
      id: 'table',
      label: t('toolbar.table'),
      icon: <Icon name="table" />,
      pressed: state.table,
      groupStart: true,
      disabled: state.table,
      onActivate: () => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(),
    },
    ...(state.table
      ? [
          {
            id: 'addRow',
            label: t('toolbar.addRow'),
            icon: '+',
            showLabel: true,
            onActivate: () => chain().addRowAfter().run(),
          },
          {
            id: 'addColumn',
            label: t('toolbar.addColumn'),
            icon: '+',
            showLabel: true,
            onActivate: () => chain().addColumnAfter().run(),
          },
          {
            id: 'deleteTable',
            label: t('toolbar.deleteTable'),
            icon: null,
            showLabel: true,
            onActivate: () => chain().deleteTable().run(),
          },
        ]
      : []),
  ];
  const history: ToolbarItem[] = [
    {
      id: 'undo',
      label: t('toolbar.undo'),
      icon: <Icon name="undo" />,
      disabled: !state.canUndo,
      groupStart: true,
      onActivate: () => chain().undo().run(),
    },
    {
      id: 'redo',
      label: t('toolbar.redo'),
      icon: <Icon name="redo" />,
      disabled: !state.canRedo,
      onActivate: () => chain().redo().run(),
    },
  ];
  const comment: ToolbarItem[] = onComment
    ? [
        {
          id: 'comment',
          label: t('toolbar.comment'),
          icon: <Icon name="comment" />,
          groupStart: true,
          onActivate: onComment,
        },
      ]
    : [];
  const disable = (item: ToolbarItem): ToolbarItem => (locked ? { ...item, disabled: true } : item);
  const items = [...formatting.map(disable), ...comment, ...history.map(disable)];
  const row = PHONE_ROW.filter((id) => items.some((i) => i.id === id)).slice(0, narrow ? 4 : 5);
  const overflow = phone ? items.filter((i) => !row.includes(i.id)).map((i) => i.id) : [];
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
