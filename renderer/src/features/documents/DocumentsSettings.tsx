/**
 * Settings → Documents: which letterhead Word exports use. By default Quorum's own (name,
 * logo, address and contact line from General); a municipality may instead choose its own
 * .docx with placeholders. A file that cannot be used is refused with the reason, and the
 * letterhead in use stays as it was.
 */
import UploadFileIcon from '@mui/icons-material/UploadFile';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useState, type ChangeEvent } from 'react';
import { TEMPLATE_PLACEHOLDERS } from '@shared/documents/template-fields';
import { DOCUMENT_TEMPLATE_MAX_BYTES, type DocumentTemplateSettings } from '@shared/settings/areas';
import { useRepositories } from '../../db/DataProvider';
import { errorMessage } from '../../ui/form-errors';
import { LiveView } from '../../ui/LoadState';
import { SettingsCard } from '../../ui/SettingsCard';
import { useDocumentTemplate } from './hooks';
import { adoptTemplate, removeTemplate } from './letterhead-template';

type Message = { severity: 'success' | 'warning' | 'error'; text: string };

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

function TemplateInUse({ template }: { template: DocumentTemplateSettings }) {
  if (!template.fileName) {
    return (
      <Typography component="p" role="status">
        <strong>In use: the built-in letterhead</strong>, made from the municipality’s name, logo, address and contact details in General settings.
      </Typography>
    );
  }
  return (
    <Typography component="p" role="status">
      <strong>In use: {template.fileName}</strong> ({sizeText(template.size)}), with the placeholders {template.placeholders.map((p) => `{{${p}}}`).join(', ')}.
    </Typography>
  );
}

export function DocumentsSettings() {
  const repos = useRepositories();
  const template = useDocumentTemplate();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Cleared at once, so choosing the same file again after fixing it still counts as a change.
    input.value = '';
    if (!file) return;
    setBusy(true);
    setMessage(null);
    const kept = template.data?.fileName ? `“${template.data.fileName}” is still in use.` : 'The built-in letterhead is still in use.';
    try {
      if (file.size > DOCUMENT_TEMPLATE_MAX_BYTES * 2) {
        throw new Error(`“${file.name}” is ${sizeText(file.size)}; a template may be at most ${sizeText(DOCUMENT_TEMPLATE_MAX_BYTES)}.`);
      }
      const report = await adoptTemplate(repos, file.name, new Uint8Array(await file.arrayBuffer()));
      setMessage(
        report.unknown.length > 0
          ? {
              severity: 'warning',
              text: `“${file.name}” is now used for Word exports. Quorum does not know ${report.unknown.map((p) => `{{${p}}}`).join(', ')}: they are left empty.`,
            }
          : { severity: 'success', text: `“${file.name}” is now used for Word exports.` },
      );
    } catch (error) {
      setMessage({ severity: 'error', text: `Not used: ${errorMessage(error)} ${kept}` });
    } finally {
      setBusy(false);
    }
  }

  async function remove() {
    setBusy(true);
    setMessage(null);
    try {
      await removeTemplate(repos);
      setMessage({ severity: 'success', text: 'The template was removed: Word exports use the built-in letterhead again.' });
    } catch (error) {
      setMessage({ severity: 'error', text: `The template was not removed: ${errorMessage(error)}` });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack spacing={3}>
      <SettingsCard title="Letterhead for Word documents">
        <Stack spacing={2}>
          <LiveView live={template} label="Reading the letterhead setting…">
            {(current) => <TemplateInUse template={current} />}
          </LiveView>
          <Typography variant="body2" color="text.secondary">
            Agendas, minutes, registers, reports and letters can use the municipality’s own Word letterhead. Make it in Word, type {'{{content}}'} on a line of
            its own where the text should go, add any other placeholders listed below, and save it as a Word Document (.docx) of at most{' '}
            {sizeText(DOCUMENT_TEMPLATE_MAX_BYTES)}.
          </Typography>
          {message ? (
            <Alert severity={message.severity} role={message.severity === 'error' ? 'alert' : 'status'} onClose={() => setMessage(null)}>
              {message.text}
            </Alert>
          ) : null}
          <Stack direction="row" spacing={1.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
            <Button component="label" variant="contained" startIcon={<UploadFileIcon aria-hidden="true" />} disabled={busy}>
              Choose a Word template (.docx)
              <input
                type="file"
                hidden
                accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                onChange={(event) => void choose(event)}
                disabled={busy}
              />
            </Button>
            {template.data?.fileName ? (
              <Button variant="outlined" color="error" onClick={() => void remove()} disabled={busy}>
                Remove template
              </Button>
            ) : null}
          </Stack>
        </Stack>
      </SettingsCard>
      <SettingsCard title="Placeholders">
        <Table size="small" aria-label="Template placeholders">
          <TableHead>
            <TableRow>
              <TableCell>Placeholder</TableCell>
              <TableCell>Becomes</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {Object.entries(TEMPLATE_PLACEHOLDERS).map(([name, meaning]) => (
              <TableRow key={name}>
                <TableCell sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>{`{{${name}}}`}</TableCell>
                <TableCell>{meaning}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </SettingsCard>
    </Stack>
  );
}
