/**
 * What is published for residents, when and by whom, and the acts the secretary may take:
 * "Publish …", "Withdraw" (asks a reason) and "Publish a correction" (asks a note). A button that
 * cannot be used now is disabled with the reason written beside it. Acts taken offline show as
 * waiting; a refusal by the server shows its reason, with "Try again" and "Discard".
 */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { formatDateTime } from '@shared/domain/time';
import { publicationId, publicationKey, type PublicationKind } from '@shared/publishing/publication';
import { publicMeetingReference } from '@shared/publishing/reference';
import { PUBLICATION_KIND_LABELS, meetingStateRefusal } from '@shared/publishing/rules';
import type { Body, Meeting } from '@shared/schemas';
import { useDeviceProfile } from '../../db/DataProvider';
import { useConfirm } from '../../ui/ConfirmDialog';
import { useAction } from '../../ui/useAction';
import { useTimeZone } from '../settings/hooks';
import { usePublishing, useRefreshPublications } from './hooks';
import type { PublishingState, QueuedAct } from './publication-outbox';
import type { PublishTarget, PublishingService } from './publishing.service';

const ACT_LABELS: Record<QueuedAct['act']['act'], string> = { publish: 'publication', correct: 'correction', withdraw: 'withdrawal' };

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

interface RowProps {
  service: PublishingService;
  state: PublishingState;
  target: PublishTarget;
  id: string;
  /** Why the records' state does not allow publishing now (null when it does). */
  blocked: string | null;
  timeZone: string;
}

function PublicationRow({ service, state, target, id, blocked, timeZone }: RowProps) {
  const profile = useDeviceProfile();
  const action = useAction();
  const { confirm, dialog } = useConfirm();
  const reasonsId = useId();
  const kind: PublicationKind = target.kind;
  const label = PUBLICATION_KIND_LABELS[kind];
  const view = service.view(id, kind, blocked, state);
  /** What residents see: the publication as the server last showed it. */
  const shown = view.published;
  const by = profile?.userName ?? '';
  const when = (instant: string) => formatDateTime(instant, timeZone);
  /** Why the published Word document has the built-in letterhead, when the stored template failed. */
  const [letterheadNotice, setLetterheadNotice] = useState<string | null>(null);
  const publish = (correctionNote?: string) =>
    action.run(async () => {
      setLetterheadNotice(null);
      const { notice } = await service.publish(target, by, correctionNote);
      setLetterheadNotice(notice ?? null);
    });

  const withdraw = async () => {
    const answer = await confirm({
      title: `Withdraw the public ${label}`,
      message: `The portal keeps the entry and says it was withdrawn, when and why; its text and Word document are no longer shown.`,
      confirmLabel: 'Withdraw',
      reason: { label: 'Reason for withdrawing' },
    });
    if (answer.confirmed) await action.run(() => service.withdraw(target, by, answer.reason));
  };
  const correct = async () => {
    const answer = await confirm({
      title: `Publish a correction of the ${label}`,
      message: `The ${label} is published again as the records stand now, as the next version; residents read your note on what was corrected.`,
      confirmLabel: 'Publish the correction',
      reason: { label: 'What was corrected' },
    });
    if (answer.confirmed) await publish(answer.reason);
  };

  const reasons = [...new Set([view.availability.publish, view.availability.withdraw, view.availability.correct].filter((r): r is string => r !== null))];
  const disabled = (reason: string | null) => action.busy || reason !== null;
  const waiting = view.waiting.filter((q) => !q.problem);
  const refused = view.waiting.filter((q) => q.problem);

  return (
    <Box component="section" aria-label={`Public ${label}`} sx={{ py: 1 }}>
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        Public {label}
      </Typography>
      <Typography variant="body2" role="status" aria-label={`Public ${label} status`}>
        {!shown
          ? 'Not published.'
          : shown.state === 'withdrawn'
            ? `Withdrawn on ${when(shown.withdrawal?.at ?? shown.publishedAt)}: ${shown.withdrawal?.reason ?? ''} (was version ${shown.version}, published by ${shown.publishedBy}).`
            : `Published version ${shown.version} on ${when(shown.publishedAt)} by ${shown.publishedBy}${shown.version > 1 ? ' (a correction)' : ''}.`}
        {shown?.correction && shown.state === 'published' ? ` Corrected: ${shown.correction.note}` : ''}
      </Typography>
      {waiting.length > 0 ? (
        <Typography variant="body2" color="warning.main">
          Not yet on the server: {waiting.map((q) => `the ${ACT_LABELS[q.act.act]} taken ${when(q.queuedAt)}`).join(', ')}. It is sent when this laptop is next
          online; residents see it from then.
        </Typography>
      ) : shown ? (
        <Typography variant="body2" color="text.secondary">
          On the server: residents see this version.
        </Typography>
      ) : null}
      {letterheadNotice ? (
        <Alert severity="warning" sx={{ mt: 1 }} onClose={() => setLetterheadNotice(null)}>
          {letterheadNotice}
        </Alert>
      ) : null}
      {refused.map((q) => (
        <Alert
          key={`${q.act.act}-${q.act.at}`}
          severity="error"
          sx={{ mt: 1 }}
          action={
            <Stack direction="row" spacing={1}>
              <Button color="inherit" size="small" onClick={() => void action.run(() => service.retry(q))}>
                Try again
              </Button>
              <Button color="inherit" size="small" onClick={() => service.discard(q)}>
                Discard
              </Button>
            </Stack>
          }
        >
          {capitalised(
            `the ${ACT_LABELS[q.act.act]} of ${when(q.queuedAt)} was not accepted. ${q.problem ?? ''} It stays on this laptop until you try again or discard it.`,
          )}
        </Alert>
      ))}
      <Stack direction="row" spacing={1} sx={{ mt: 1, flexWrap: 'wrap', rowGap: 1 }} role="group" aria-label={`Publishing the ${label}`}>
        <Button
          variant="contained"
          size="small"
          disabled={disabled(view.availability.publish)}
          aria-describedby={view.availability.publish ? reasonsId : undefined}
          onClick={() => void publish()}
        >
          Publish {label}
        </Button>
        <Button
          size="small"
          variant="outlined"
          disabled={disabled(view.availability.correct)}
          aria-describedby={view.availability.correct ? reasonsId : undefined}
          onClick={() => void correct()}
        >
          Publish a correction
        </Button>
        <Button
          size="small"
          variant="outlined"
          color="error"
          disabled={disabled(view.availability.withdraw)}
          aria-describedby={view.availability.withdraw ? reasonsId : undefined}
          onClick={() => void withdraw()}
        >
          Withdraw
        </Button>
      </Stack>
      {reasons.length > 0 ? (
        <Typography id={reasonsId} variant="caption" color="text.secondary" component="p" sx={{ mt: 0.5 }}>
          {reasons.join(' ')}
        </Typography>
      ) : null}
      {action.error ? (
        <Alert severity="error" onClose={action.clear} sx={{ mt: 1 }}>
          {action.error}
        </Alert>
      ) : null}
      {dialog}
    </Box>
  );
}

/** The meeting page's panel: its public agenda and public minutes. */
export function MeetingPublicationPanel({ meeting, body }: { meeting: Meeting; body: Body }) {
  const { service, state } = usePublishing();
  const timeZone = useTimeZone();
  const key = publicationKey(publicMeetingReference(meeting, body, timeZone));
  const agendaId = publicationId('agenda', key);
  const minutesId = publicationId('minutes', key);
  useRefreshPublications(service, [agendaId, minutesId]);
  if (!state.data) return null;
  return (
    <Paper variant="outlined" component="section" aria-label="Published for residents" sx={{ p: 2, mt: 3 }}>
      <Typography variant="h6" component="h2">
        Published for residents
      </Typography>
      <PublicationRow
        service={service}
        state={state.data}
        target={{ kind: 'agenda', meetingId: meeting.id }}
        id={agendaId}
        blocked={meetingStateRefusal('agenda', meeting)}
        timeZone={timeZone}
      />
      <PublicationRow
        service={service}
        state={state.data}
        target={{ kind: 'minutes', meetingId: meeting.id }}
        id={minutesId}
        blocked={meetingStateRefusal('minutes', meeting)}
        timeZone={timeZone}
      />
    </Paper>
  );
}

/** The resolution register page's panel: the public register of one body. */
export function RegisterPublicationPanel({ body }: { body: Body | null }) {
  const { service, state } = usePublishing();
  const timeZone = useTimeZone();
  const id = body ? publicationId('register', publicationKey(body.code)) : '';
  useRefreshPublications(service, id ? [id] : []);
  if (!state.data) return null;
  return (
    <Paper variant="outlined" component="section" aria-label="Register published for residents" sx={{ p: 2, mb: 2 }}>
      {body ? (
        <>
          <Typography variant="subtitle2" component="h2" color="text.secondary">
            {body.name}: public resolutions
          </Typography>
          <PublicationRow service={service} state={state.data} target={{ kind: 'register', bodyId: body.id }} id={id} blocked={null} timeZone={timeZone} />
        </>
      ) : (
        <Typography variant="body2" color="text.secondary">
          To publish a body’s register of public resolutions for residents, choose the body in the filter above.
        </Typography>
      )}
    </Paper>
  );
}
