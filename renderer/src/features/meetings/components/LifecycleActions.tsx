/**
 * The buttons that move a meeting through its life, offered only where the lifecycle allows.
 * Steps that need a reason ask for it; issuing the notice and opening ask first; closing asks
 * the time the meeting closed (CloseMeetingDialog.tsx).
 */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { quorumAt } from '@shared/domain/attendance';
import { adjournNoQuorumRefusal, openingOnAnotherDay } from '@shared/domain/meeting-integrity';
import { availableActions, MEETING_ACTIONS, type MeetingAction } from '@shared/domain/meeting-lifecycle';
import type { Body, Meeting } from '@shared/schemas';
import { useRepositories } from '../../../db/DataProvider';
import { useConfirm } from '../../../ui/ConfirmDialog';
import { useAction } from '../../../ui/useAction';
import { useWriteRefusal } from '../../../ui/access';
import { useTimeZone } from '../../settings/hooks';
import { errorMessage } from '@shared/error-message';
import { useState } from 'react';
import { CloseMeetingDialog } from './CloseMeetingDialog';

type Actionable = Exclude<MeetingAction, 'confirm_minutes'>;

const PRIMARY: readonly MeetingAction[] = ['issue_notice', 'open', 'close', 'prepare_minutes', 'circulate_minutes', 'reschedule'];

const CONFIRMATIONS: Partial<Record<Actionable, string>> = {
  issue_notice: 'Issuing the notice freezes the item numbers as printed. Late items will get lettered numbers (7.2A).',
  open: 'Open the meeting? The attendance register and minutes are recorded from now.',
};

export function LifecycleActions({ meeting, body }: { meeting: Meeting; body?: Body | null | undefined }) {
  const repos = useRepositories();
  const action = useAction();
  const timeZone = useTimeZone();
  const { confirm, dialog } = useConfirm();
  const [closing, setClosing] = useState(false);
  const actions = availableActions(meeting.status).filter((a): a is Actionable => a !== 'confirm_minutes');
  const adjournRefusal = body && meeting.status === 'in_session' ? adjournNoQuorumRefusal(quorumAt(meeting, body, new Date().toISOString())) : null;

  const perform = async (name: Actionable) => {
    if (name === 'close') {
      setClosing(true);
      return;
    }
    const rule = MEETING_ACTIONS[name];
    let reason: string | undefined;
    const otherDay = name === 'open' ? openingOnAnotherDay(meeting, new Date(), timeZone) : null;
    if (rule.needsReason || CONFIRMATIONS[name]) {
      const answer = await confirm({
        title: otherDay ? 'Open the meeting on another day?' : rule.label,
        message: otherDay
          ? `${otherDay} Open it today? The minutes will record the date and time it was actually held.`
          : (CONFIRMATIONS[name] ?? `${rule.label}: the reason is kept with the meeting and shown to everyone.`),
        confirmLabel: rule.label,
        ...(rule.needsReason ? { reason: { label: 'Reason' } } : {}),
      });
      if (!answer.confirmed) return;
      reason = rule.needsReason ? answer.reason : undefined;
    }
    await action.run(() => repos.meetingWorkflow.act(meeting.id, name, reason, otherDay ? { anotherDay: true } : {}));
  };

  const refusal = useWriteRefusal('meetings');
  if (actions.length === 0) return null;
  return (
    <Stack spacing={1} sx={{ alignItems: 'flex-end' }}>
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', justifyContent: 'flex-end', rowGap: 1 }} role="group" aria-label="Meeting steps">
        {actions.map((name) => (
          <Button
            key={name}
            variant={PRIMARY.includes(name) ? 'contained' : 'outlined'}
            color={name === 'cancel' || name === 'adjourn_no_quorum' ? 'error' : 'primary'}
            onClick={() => void perform(name)}
            disabled={action.busy || refusal !== null || (name === 'adjourn_no_quorum' && adjournRefusal !== null)}
            {...(name === 'adjourn_no_quorum' && adjournRefusal ? { 'aria-describedby': `adjourn-refusal-${meeting.id}` } : {})}
          >
            {MEETING_ACTIONS[name].label}
          </Button>
        ))}
      </Stack>
      {adjournRefusal && actions.includes('adjourn_no_quorum') ? (
        <Typography id={`adjourn-refusal-${meeting.id}`} variant="body2" color="text.secondary" sx={{ maxWidth: 420, textAlign: 'right' }}>
          {adjournRefusal}
        </Typography>
      ) : null}
      {action.error ? (
        <Alert severity="error" onClose={action.clear}>
          {action.error}
        </Alert>
      ) : null}
      {dialog}
      {closing ? (
        <CloseMeetingDialog
          meeting={meeting}
          timeZone={timeZone}
          onClose={() => setClosing(false)}
          onCloseMeeting={(at) =>
            repos.meetingWorkflow.act(meeting.id, 'close', undefined, { at }).then(
              () => null,
              (error: unknown) => errorMessage(error),
            )
          }
        />
      ) : null}
    </Stack>
  );
}
