/** Adding or editing an agenda item: its particulars, and for a new item, where it goes. */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { closingItems } from '@shared/domain/agenda-numbering';
import { lateReasonProblem } from '@shared/domain/meeting-integrity';
import type { AgendaItem } from '@shared/schemas';
import { AGENDA_ITEM_KIND_LABELS, AGENDA_ITEM_KINDS } from '@shared/schemas/vocabulary';
import type { Department } from '@shared/settings/areas';
import { useRecordErrors } from '../../../ui/form-errors';
import { DepartmentSelect } from '../../settings/components/DepartmentSelect';
import type { AgendaItemParticulars, ItemPlacement } from '../agenda.repository';
import type { OutlineEntry } from '../hooks';

type Field = 'title' | 'kind' | 'reportReference' | 'departmentId' | 'presenter' | 'notes' | 'placement' | 'lateReason';

const FIELD_OF: Partial<Record<string, Field>> = {
  title: 'title',
  kind: 'kind',
  reportReference: 'reportReference',
  departmentId: 'departmentId',
  presenter: 'presenter',
  notes: 'notes',
  lateReason: 'lateReason',
};

export interface PlacementChoice {
  value: string;
  label: string;
  placement: ItemPlacement;
}

export interface AgendaItemDialogProps {
  /** The item being edited, or null to add one. */
  item: AgendaItem | null;
  departments: Department[];
  /** For a new item: where it may go (empty when editing). */
  placements: PlacementChoice[];
  initialPlacement?: string;
  /** A late item (added after the notice): its reason is asked for and required. */
  late?: boolean;
  onClose: () => void;
  onSave: (particulars: AgendaItemParticulars, placement: ItemPlacement | null) => Promise<void>;
}

export function placementChoices(outline: OutlineEntry[], frozen: boolean): PlacementChoice[] {
  if (!frozen) {
    // A new item may go after any item but the closing ones, which stay last.
    const closing = new Set(closingItems(outline.map((e) => e.item)).map((i) => i.id));
    const firstClosing = outline.find((e) => closing.has(e.item.id));
    return [
      { value: 'end', label: firstClosing ? `At the end, before ${firstClosing.number} ${firstClosing.item.title}` : 'At the end of the agenda', placement: { at: 'end' } },
      ...outline
        .filter((e) => e.depth === 0 && !closing.has(e.item.id))
        .map((e) => ({ value: `after:${e.item.id}`, label: `After ${e.number} ${e.item.title}`, placement: { after: e.item.id } })),
      ...outline
        .filter((e) => e.depth === 0)
        .map((e) => ({ value: `under:${e.item.id}`, label: `As a sub-item of ${e.number} ${e.item.title}`, placement: { under: e.item.id } })),
    ];
  }
  return [
    ...outline
      .filter((e) => e.depth === 0 && (e.item.kind === 'urgent' || e.item.kind === 'report'))
      .map((e) => ({ value: `under:${e.item.id}`, label: `Under ${e.number} ${e.item.title}`, placement: { under: e.item.id } })),
    ...outline.map((e) => ({ value: `after:${e.item.id}`, label: `After ${e.number} ${e.item.title} (lettered)`, placement: { after: e.item.id } })),
  ];
}

export function AgendaItemDialog({ item, departments, placements, initialPlacement, late = false, onClose, onSave }: AgendaItemDialogProps) {
  const [values, setValues] = useState({
    title: item?.title ?? '',
    kind: item?.kind ?? 'report',
    reportReference: item?.reportReference ?? '',
    departmentId: item?.departmentId ?? '',
    presenter: item?.presenter ?? '',
    inCommittee: item?.inCommittee ?? false,
    notes: item?.notes ?? '',
    lateReason: item?.lateReason ?? '',
    placement: initialPlacement ?? placements[0]?.value ?? '',
  });
  const { fields: errors, general, capture, reset } = useRecordErrors<Field>(FIELD_OF);
  const [busy, setBusy] = useState(false);
  const set = (field: keyof typeof values) => (event: React.ChangeEvent<HTMLInputElement>) =>
    setValues((v) => ({ ...v, [field]: field === 'inCommittee' ? event.target.checked : event.target.value }));

  const save = async () => {
    const found: Partial<Record<Field, string>> = {};
    if (!values.title.trim()) found.title = 'Title is required.';
    const placement = item ? null : placements.find((p) => p.value === values.placement)?.placement;
    if (!item && !placement) found.placement = 'Choose where the item goes.';
    const lateProblem = late ? lateReasonProblem(values.lateReason) : null;
    if (lateProblem) found.lateReason = lateProblem;
    reset(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      await onSave(
        {
          title: values.title.trim(),
          kind: values.kind,
          inCommittee: values.inCommittee,
          ...(values.reportReference.trim() ? { reportReference: values.reportReference.trim() } : {}),
          ...(values.departmentId ? { departmentId: values.departmentId } : {}),
          ...(values.presenter.trim() ? { presenter: values.presenter.trim() } : {}),
          ...(values.notes.trim() ? { notes: values.notes } : {}),
          ...(late ? { lateReason: values.lateReason.trim() } : {}),
        },
        placement ?? null,
      );
    } catch (error) {
      capture(error);
    } finally {
      setBusy(false);
    }
  };

  const title = item ? 'Edit agenda item' : 'Add agenda item';
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="agenda-item-dialog-title">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <DialogTitle id="agenda-item-dialog-title">{title}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {general ? <Alert severity="error">{general}</Alert> : null}
            <TextField label="Title" value={values.title} onChange={set('title')} required error={!!errors.title} helperText={errors.title} autoFocus />
            {!item ? (
              <TextField
                select
                label="Place on the agenda"
                value={values.placement}
                onChange={set('placement')}
                error={!!errors.placement}
                helperText={errors.placement}
              >
                {placements.map((p) => (
                  <MenuItem key={p.value} value={p.value}>
                    {p.label}
                  </MenuItem>
                ))}
              </TextField>
            ) : null}
            {late ? (
              <TextField
                label="Why the item is late"
                value={values.lateReason}
                onChange={set('lateReason')}
                required
                error={!!errors.lateReason}
                helperText={errors.lateReason ?? 'Printed beside the item as "Late item" in the agenda and the minutes.'}
                slotProps={{ htmlInput: { maxLength: 500 } }}
              />
            ) : null}
            <TextField select label="Type of item" value={values.kind} onChange={set('kind')} error={!!errors.kind} helperText={errors.kind}>
              {AGENDA_ITEM_KINDS.map((kind) => (
                <MenuItem key={kind} value={kind}>
                  {AGENDA_ITEM_KIND_LABELS[kind]}
                </MenuItem>
              ))}
            </TextField>
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              <TextField
                label="Report reference"
                value={values.reportReference}
                onChange={set('reportReference')}
                error={!!errors.reportReference}
                helperText={errors.reportReference}
                sx={{ flex: 1 }}
              />
              <TextField label="Presenter" value={values.presenter} onChange={set('presenter')} error={!!errors.presenter} helperText={errors.presenter} sx={{ flex: 1 }} />
            </Stack>
            <DepartmentSelect
              departments={departments}
              value={values.departmentId}
              onChange={(departmentId) => setValues((v) => ({ ...v, departmentId }))}
              error={!!errors.departmentId}
              helperText={errors.departmentId}
            />
            <FormControlLabel
              control={<Checkbox checked={values.inCommittee} onChange={set('inCommittee')} />}
              label="Taken in committee (kept out of public documents)"
            />
            <TextField label="Notes" value={values.notes} onChange={set('notes')} multiline minRows={2} error={!!errors.notes} helperText={errors.notes} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="contained" disabled={busy}>
            {item ? 'Save item' : 'Add item'}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
