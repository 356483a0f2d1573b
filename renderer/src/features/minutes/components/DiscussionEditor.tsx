/**
 * The discussion of an item in rich text (paragraphs, bold, italic, bulleted and numbered
 * lists), saved as it is typed. Text is text: typed markup is shown and stored literally.
 */
import FormatBoldIcon from '@mui/icons-material/FormatBold';
import FormatItalicIcon from '@mui/icons-material/FormatItalic';
import FormatListBulletedIcon from '@mui/icons-material/FormatListBulleted';
import FormatListNumberedIcon from '@mui/icons-material/FormatListNumbered';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { HintTooltip } from '../../../ui/HintTooltip';
import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import { memo } from 'react';
import StarterKit from '@tiptap/starter-kit';
import type { RichText } from '@shared/schemas/agenda-item';
import type { Phrase } from '@shared/settings/meetings';
import { fromEditorDocument, toEditorDocument } from '../rich-text';
import { useAutosave } from '../useAutosave';
import { PhraseMenu, phraseForShortcut } from './PhraseMenu';
import { SaveStatus } from './SaveStatus';

export interface DiscussionEditorProps {
  /** Names the editor for screen readers: "Discussion of item 7.2". */
  label: string;
  initial: RichText | undefined;
  phrases: Phrase[];
  timeZone: string;
  onSave: (discussion: RichText) => Promise<unknown>;
}

export function DiscussionEditor({ label, initial, phrases, timeZone, onSave }: DiscussionEditorProps) {
  const autosave = useAutosave<RichText>(onSave);
  const editor = useEditor({
    extensions: [
      StarterKit.configure({
        heading: false,
        code: false,
        codeBlock: false,
        blockquote: false,
        strike: false,
        horizontalRule: false,
        link: false,
        underline: false,
      }),
    ],
    content: toEditorDocument(initial),
    editorProps: {
      attributes: { 'aria-label': label, role: 'textbox', 'aria-multiline': 'true', spellcheck: 'true', class: 'quorum-minutes-editor' },
      handleKeyDown: (view, event) => {
        const phrase = phraseForShortcut(event, phrases);
        if (!phrase) return false;
        view.dispatch(view.state.tr.insertText(phrase.text));
        return true;
      },
    },
    onUpdate: ({ editor: current }) => autosave.schedule(fromEditorDocument(current.getJSON())),
  });
  const marks = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e?.isActive('bold') ?? false,
      italic: e?.isActive('italic') ?? false,
      bullet: e?.isActive('bulletList') ?? false,
      numbered: e?.isActive('orderedList') ?? false,
    }),
  });

  return (
    <Box>
      <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', mb: 0.5, flexWrap: 'wrap' }} role="toolbar" aria-label={`${label} formatting`}>
        <Typography variant="h3" component="h3" sx={{ mr: 1 }}>
          Discussion
        </Typography>
        <FormattingTools
          editor={editor}
          bold={marks?.bold ?? false}
          italic={marks?.italic ?? false}
          bullet={marks?.bullet ?? false}
          numbered={marks?.numbered ?? false}
          phrases={phrases}
        />
        <Box sx={{ flex: 1 }} />
        <SaveStatus state={autosave.state} label={`${label} saved state`} timeZone={timeZone} />
      </Stack>
      <EditorFrame editor={editor} />
    </Box>
  );
}

type Editor = ReturnType<typeof useEditor>;

/**
 * The formatting buttons and the phrase menu, memoised: saving on every keystroke changes the
 * save state above them, and they need not render again for it.
 */
const FormattingTools = memo(function FormattingTools({
  editor,
  bold,
  italic,
  bullet,
  numbered,
  phrases,
}: {
  editor: Editor;
  bold: boolean;
  italic: boolean;
  bullet: boolean;
  numbered: boolean;
  phrases: Phrase[];
}) {
  const tool = (name: string, active: boolean, icon: React.ReactNode, run: () => void, shortcut: string) => (
    <HintTooltip title={`${name} (${shortcut})`}>
      <IconButton
        size="small"
        aria-label={name}
        aria-pressed={active}
        color={active ? 'primary' : 'default'}
        onMouseDown={(event) => event.preventDefault()}
        onClick={run}
      >
        {icon}
      </IconButton>
    </HintTooltip>
  );
  return (
    <>
      {tool('Bold', bold, <FormatBoldIcon fontSize="small" />, () => editor?.chain().focus().toggleBold().run(), 'Ctrl+B')}
      {tool('Italic', italic, <FormatItalicIcon fontSize="small" />, () => editor?.chain().focus().toggleItalic().run(), 'Ctrl+I')}
      {tool('Bulleted list', bullet, <FormatListBulletedIcon fontSize="small" />, () => editor?.chain().focus().toggleBulletList().run(), 'Ctrl+Shift+8')}
      {tool('Numbered list', numbered, <FormatListNumberedIcon fontSize="small" />, () => editor?.chain().focus().toggleOrderedList().run(), 'Ctrl+Shift+7')}
      <PhraseMenu phrases={phrases} onInsert={(text) => editor?.chain().focus().insertContent({ type: 'text', text }).run()} />
    </>
  );
});

/** The editing area, memoised for the same reason (ProseMirror updates its own DOM). */
const EditorFrame = memo(function EditorFrame({ editor }: { editor: Editor }) {
  return (
    <Box
      sx={{
        border: 1,
        borderColor: 'divider',
        borderRadius: 1,
        px: 1.5,
        bgcolor: 'background.paper',
        '& .quorum-minutes-editor': { minHeight: 140, outline: 'none', py: 1, whiteSpace: 'pre-wrap', wordBreak: 'break-word' },
        '&:focus-within': { borderColor: 'primary.main', boxShadow: (t) => `0 0 0 1px ${t.palette.primary.main}` },
        '& p': { my: 0.75 },
      }}
    >
      <EditorContent editor={editor} />
    </Box>
  );
});
