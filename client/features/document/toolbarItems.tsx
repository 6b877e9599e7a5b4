import type { ChainedCommands, Editor } from '@tiptap/react';
import type { TFunction } from 'i18next';
import { Icon } from '../../ui/icons';
import type { ToolbarItem } from '../../ui/Toolbar';

/** What the toolbar shows of the selection (read by useEditorState, so it follows the cursor). */
export function toolbarState(e: Editor) {
  return {
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
  };
}
export type ToolbarState = ReturnType<typeof toolbarState>;

/** A command chain that first gives the editor its focus back (the button had it). */
type Chain = () => ChainedCommands;

/** Paragraph and headings: words, not icons, so they say what they do. */
function blockItems(state: ToolbarState, chain: Chain, t: TFunction): ToolbarItem[] {
  const block = (id: string, label: string, pressed: boolean, run: () => boolean): ToolbarItem => ({
    id,
    label,
    icon: null,
    showLabel: true,
    pressed,
    onActivate: run,
  });
  return [
    block('paragraph', t('toolbar.paragraph'), state.paragraph, () => chain().setParagraph().run()),
    block('h1', t('toolbar.heading1'), state.h1, () => chain().toggleHeading({ level: 1 }).run()),
    block('h2', t('toolbar.heading2'), state.h2, () => chain().toggleHeading({ level: 2 }).run()),
    block('h3', t('toolbar.heading3'), state.h3, () => chain().toggleHeading({ level: 3 }).run()),
  ];
}

/** Bold, italic and link; then the two kinds of list. */
function textItems(state: ToolbarState, chain: Chain, t: TFunction, onLink: () => void): ToolbarItem[] {
  return [
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
  ];
}

/** Inserting a table; inside one, adding a row or a column and removing it. */
function tableItems(state: ToolbarState, chain: Chain, t: TFunction): ToolbarItem[] {
  const insert: ToolbarItem = {
    id: 'table',
    label: t('toolbar.table'),
    icon: <Icon name="table" />,
    pressed: state.table,
    groupStart: true,
    disabled: state.table,
    onActivate: () => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(),
  };
  if (!state.table) return [insert];
  const labelled = (id: string, label: string, icon: string | null, run: () => boolean): ToolbarItem => ({
    id,
    label,
    icon,
    showLabel: true,
    onActivate: run,
  });
  return [
    insert,
    labelled('addRow', t('toolbar.addRow'), '+', () => chain().addRowAfter().run()),
    labelled('addColumn', t('toolbar.addColumn'), '+', () => chain().addColumnAfter().run()),
    labelled('deleteTable', t('toolbar.deleteTable'), null, () => chain().deleteTable().run()),
  ];
}

/** Every item that changes the text, in toolbar order. */
export function formattingItems(state: ToolbarState, chain: Chain, t: TFunction, onLink: () => void) {
  return [
    ...blockItems(state, chain, t),
    ...textItems(state, chain, t, onLink),
    ...tableItems(state, chain, t),
  ];
}

export function historyItems(state: ToolbarState, chain: Chain, t: TFunction): ToolbarItem[] {
  return [
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
}

export const commentItems = (t: TFunction, onComment?: () => void): ToolbarItem[] =>
  onComment
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
