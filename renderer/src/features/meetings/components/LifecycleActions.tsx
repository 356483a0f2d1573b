/**
 * The buttons that move a meeting through its life, offered only where the lifecycle allows.
 * Steps that need a reason ask for it; closing a meeting and issuing the notice ask first.
 */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { availableActions, MEETING_ACTIONS, type MeetingAction } from '@shared/domain/meeting-lifecycle';
import type { Meeting } from '@shared/schemas';
import { useRepositories } from '../../../db/DataProvider';
import { useConfirm } from '../../../ui/ConfirmDialog';
import { useAction } from '../../../ui/useAction';
import { useWriteRefusal } from '../../../ui/access';

type Actionable = Exclude<MeetingAction, 'confirm_minutes'>;

const PRIMARY: readonly MeetingAction[] = ['issue_notice', 'open', 'close', 'prepare_minutes', 'circulate_minutes', 'reschedule'];

const CONFIRMATIONS: Partial<Record<Actionable, string>> = {
  issue_notice: 'Issuing the notice freezes the item numbers as printed. Late items will get lettered numbers (7.2A).',
  close: 'Close the meeting? Minutes can still be completed and corrected until they are confirmed.',
  open: 'Open the meeting? The attendance register and minutes are recorded from now.',
};

export function LifecycleActions({ meeting }: { meeting: Meeting }) {
  const repos = useRepositories();
  const action = useAction();
  const { confirm, dialog } = useConfirm();
  const actions = availableActions(meeting.status).filter((a): a is Actionable => a !== 'confirm_minutes');

  const perform = async (name: Actionable) => {
    const rule = MEETING_ACTIONS[name];
    let reason: string | undefined;
    if (rule.needsReason || CONFIRMATIONS[name]) {
      const answer = await confirm({
        title: rule.label,
        message: CONFIRMATIONS[name] ?? `${rule.label}: the reason is kept with the meeting and shown to everyone.`,
        confirmLabel: rule.label,
        ...(rule.needsReason ? { reason: { label: 'Reason' } } : {}),
      });
      if (!answer.confirmed) return;
      reason = rule.needsReason ? answer.reason : undefined;
    }
    await action.run(() => repos.meetingWorkflow.act(meeting.id, name, reason));
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
            disabled={action.busy || refusal !== null}
          >
            {MEETING_ACTIONS[name].label}
          </Button>
        ))}
      </Stack>
      {action.error ? (
        <Alert severity="error" onClose={action.clear}>
          {action.error}
        </Alert>
      ) : null}
      {dialog}
    </Stack>
  );
}
