/**
 * The files attached to a record (report PDFs and annexures on an agenda item, scanned signed
 * minutes on a meeting): a list with download links, a way to add files, and a way to remove
 * one. The component stores and reads the bytes through the attachment store; the record keeps
 * only the references, and the caller writes them through its repository (`onAdd`, `onRemove`),
 * so each change is validated and audited with the record.
 */
import AttachFileIcon from '@mui/icons-material/AttachFile';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlineOutlined';
import InsertDriveFileIcon from '@mui/icons-material/InsertDriveFileOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId, useState, type ChangeEvent } from 'react';
import { formatDateTime } from '@shared/domain/time';
import { useDeviceProfile } from '../db/DataProvider';
import { useTimeZone } from '../features/settings/hooks';
import { errorMessage } from '../ui/form-errors';
import { formatBytes, type AttachmentKind, type AttachmentRef } from './attachment-store';
import { downloadAttachment, useAttachmentStore } from './hooks';

export interface AttachmentListProps {
  /** The record's references (its `attachments` field). */
  attachments: readonly AttachmentRef[];
  /** A file was stored: add its reference to the record. A rejection is shown, and the file removed again. */
  onAdd: (ref: AttachmentRef) => Promise<void> | void;
  /** Remove the reference from the record; the file itself is removed once this succeeds. */
  onRemove: (ref: AttachmentRef) => Promise<void> | void;
  /** Accessible name of the list, such as "Attachments of item 7.2". */
  label?: string;
  /** The kind given to files added here. */
  kind?: AttachmentKind;
  /** Which files the file picker offers, such as "application/pdf,image/*". */
  accept?: string;
  /** The add button's text. */
  addLabel?: string;
  /** Only list and download (confirmed minutes, a viewer). */
  readOnly?: boolean;
}

const KIND_LABELS: Record<AttachmentKind, string> = {
  report: 'Report',
  annexure: 'Annexure',
  signed_minutes: 'Signed minutes',
  other: 'File',
};

function typeLabel(ref: AttachmentRef): string {
  const extension = /\.([a-z0-9]{1,8})$/i.exec(ref.name)?.[1];
  if (extension) return extension.toUpperCase();
  return ref.mimeType?.split('/')[1]?.toUpperCase() ?? 'File';
}

export function AttachmentList({
  attachments,
  onAdd,
  onRemove,
  label = 'Attachments',
  kind,
  accept,
  addLabel = 'Add file',
  readOnly = false,
}: AttachmentListProps) {
  const store = useAttachmentStore();
  const profile = useDeviceProfile();
  const timeZone = useTimeZone();
  const listId = useId();
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const [confirming, setConfirming] = useState<string | null>(null);

  const add = async (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    event.target.value = '';
    if (files.length === 0) return;
    setBusy(true);
    const found: string[] = [];
    for (const file of files) {
      try {
        const ref = await store.put(file, { ...(kind ? { kind } : {}), ...(profile ? { addedBy: profile.userName } : {}) });
        try {
          await onAdd(ref);
        } catch (error) {
          // The record refused the reference: the file must not linger unreferenced.
          await store.remove(ref.id);
          throw error;
        }
      } catch (error) {
        found.push(`${file.name}: ${errorMessage(error)}`);
      }
    }
    setProblems(found);
    setBusy(false);
  };

  const download = async (ref: AttachmentRef) => {
    setProblems([]);
    try {
      await downloadAttachment(store, ref);
    } catch (error) {
      setProblems([`${ref.name}: ${errorMessage(error)}`]);
    }
  };

  const remove = async (ref: AttachmentRef) => {
    setConfirming(null);
    setBusy(true);
    try {
      await onRemove(ref);
      await store.remove(ref.id);
      setProblems([]);
    } catch (error) {
      setProblems([`${ref.name} was not removed: ${errorMessage(error)}`]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack spacing={1}>
      <Typography id={listId} variant="h3" component="h3">
        {label}
      </Typography>
      {attachments.length === 0 ? (
        <Typography color="text.secondary">No files attached yet.</Typography>
      ) : (
        <List dense aria-labelledby={listId} disablePadding>
          {attachments.map((ref) => (
            <ListItem
              key={ref.id}
              disableGutters
              secondaryAction={
                readOnly ? null : confirming === ref.id ? (
                  <Stack direction="row" spacing={1}>
                    <Button size="small" color="error" onClick={() => void remove(ref)} disabled={busy}>
                      Remove {ref.name}
                    </Button>
                    <Button size="small" onClick={() => setConfirming(null)}>
                      Keep
                    </Button>
                  </Stack>
                ) : (
                  <IconButton edge="end" aria-label={`Remove ${ref.name}`} onClick={() => setConfirming(ref.id)} disabled={busy}>
                    <DeleteOutlineIcon />
                  </IconButton>
                )
              }
            >
              <ListItemIcon sx={{ minWidth: 36 }} aria-hidden="true">
                <InsertDriveFileIcon />
              </ListItemIcon>
              <ListItemText
                primary={
                  <Link component="button" type="button" onClick={() => void download(ref)} sx={{ textAlign: 'left' }} aria-label={`Download ${ref.name}`}>
                    {ref.name}
                  </Link>
                }
                secondary={[
                  ref.kind ? KIND_LABELS[ref.kind] : null,
                  typeLabel(ref),
                  formatBytes(ref.size),
                  ref.addedAt ? `added ${ref.addedBy ? `by ${ref.addedBy}, ` : ''}${formatDateTime(ref.addedAt, timeZone)}` : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              />
            </ListItem>
          ))}
        </List>
      )}
      {problems.length > 0 ? (
        <Alert severity="error" role="alert">
          {problems.map((problem) => (
            <div key={problem}>{problem}</div>
          ))}
        </Alert>
      ) : null}
      {readOnly ? null : (
        <Box>
          <Button component="label" variant="outlined" startIcon={<AttachFileIcon aria-hidden="true" />} disabled={busy}>
            {busy ? 'Working…' : addLabel}
            <input type="file" hidden multiple {...(accept ? { accept } : {})} onChange={(event) => void add(event)} />
          </Button>
          <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
            Files up to {formatBytes(store.maxBytes)}; they reach the server with the next sync.
          </Typography>
        </Box>
      )}
    </Stack>
  );
}
