/**
 * The vote on one motion, checked against the attendance register when it is recorded: a
 * quorum at the time of the vote, no more votes than members present and eligible, no vote by
 * a member who declared an interest, and the chairperson's casting vote on a tie. A motion never
 * voted on may be withdrawn or discarded (its number is not reused).
 */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { quorumAt } from '@shared/domain/attendance';
import { sittingDate } from '@shared/domain/meeting-integrity';
import { normalizeClockTime, zonedToInstant } from '@shared/domain/time';
import type { AgendaItem, Body, Meeting, Member, Resolution } from '@shared/schemas';
import { RecordValidationError, type FieldErrors } from '@shared/validation/record-validator';
import { useRepositories } from '../../../db/DataProvider';
import { useConfirm } from '../../../ui/ConfirmDialog';
import { errorMessage } from '../../../ui/form-errors';
import { bindField } from '../../../ui/schema-resolver';
import { TimeField } from '../../../ui/TimeField';
import { useAction } from '../../../ui/useAction';
import { CountedVotes } from './CountedVotes';
import { NamedVoteTable } from './NamedVoteTable';
import { defaultVoteTime, eligibleVoters, errorsForNoField, VOTE_FIELD_OF, voteInput, voteResolver, voteTally, voteValues, type VoteValues } from './vote-form';

interface Props {
  resolution: Resolution;
  item: AgendaItem;
  meeting: Meeting;
  body: Body;
  members: Map<string, Member>;
  timeZone: string;
}

export function VoteForm({ resolution, item, meeting, body, members, timeZone }: Props) {
  const repos = useRepositories();
  const action = useAction();
  const { confirm, dialog } = useConfirm();
  const defaultTime = defaultVoteTime(resolution, meeting);
  const { control, setValue, setError, handleSubmit, formState } = useForm<VoteValues>({
    defaultValues: voteValues(resolution, defaultTime, timeZone),
    resolver: voteResolver,
  });
  /** What the resolutions repository refused: a named vote's row, or the vote as a whole. */
  const [refused, setRefused] = useState<FieldErrors>({});
  const vote = useWatch({ control }) as VoteValues;
  const time = normalizeClockTime(vote.time);
  const votedAt = time ? zonedToInstant(sittingDate(meeting, timeZone), time, timeZone) : defaultTime;
  const declared = (item.declarations ?? []).map((d) => d.memberId);
  const eligible = useMemo(() => eligibleVoters(meeting, body, item, votedAt), [meeting, body, item, votedAt]);
  const quorum = quorumAt(meeting, body, votedAt);
  const number = resolution.number;
  const errors = formState.errors;

  const recordVote = handleSubmit(async (values) => {
    setRefused({});
    const checked = voteInput(values, votedAt);
    if ('errors' in checked) return; // the resolver has said it already
    try {
      await repos.resolutions.recordVote(resolution.id, checked.input);
    } catch (error) {
      if (!(error instanceof RecordValidationError)) {
        setRefused({ '': errorMessage(error) });
        return;
      }
      for (const [key, message] of Object.entries(error.fieldErrors)) {
        const field = VOTE_FIELD_OF[key];
        if (field) setError(field, { message });
      }
      setRefused(error.fieldErrors);
    }
  });

  const pendingTally = voteTally(vote, eligible);
  // A mover or seconder who was not present at the time of the vote is said here, where the vote was recorded.
  const generalErrors = errorsForNoField(refused);

  return (
    <>
      <Box component="fieldset" sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 2, m: 0 }}>
        <Typography component="legend" variant="body2" sx={{ px: 0.5, fontWeight: 600 }}>
          Vote on {number}
        </Typography>
        <Typography variant="body2" color={quorum.hasQuorum ? 'text.secondary' : 'error.main'} sx={{ mb: 1 }}>
          {quorum.hasQuorum
            ? `${eligible.length} members present and eligible to vote at ${vote.time || '…'}${declared.length ? ` (${declared.length} declared an interest)` : ''}.`
            : `No quorum at ${vote.time || '…'}: ${quorum.present} members present, ${quorum.required} needed. No vote can be taken.`}
        </Typography>
        <Stack spacing={2}>
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' } }}>
            <FormControl>
              <FormLabel id={`vote-kind-${resolution.id}`}>How the vote was taken</FormLabel>
              <Controller
                name="kind"
                control={control}
                render={({ field }) => (
                  <RadioGroup row aria-labelledby={`vote-kind-${resolution.id}`} value={field.value} onChange={(e) => field.onChange(e.target.value)}>
                    <FormControlLabel value="unanimous" control={<Radio />} label="Unanimous" />
                    <FormControlLabel value="counted" control={<Radio />} label="Counted" />
                    <FormControlLabel value="named" control={<Radio />} label="Named vote" />
                  </RadioGroup>
                )}
              />
            </FormControl>
            <Controller
              name="time"
              control={control}
              render={({ field }) => (
                <TimeField
                  label="Time of the vote"
                  value={field.value}
                  onChange={field.onChange}
                  error={!!errors.time}
                  helperText={errors.time?.message}
                  sx={{ width: 170 }}
                />
              )}
            />
          </Stack>
          {vote.kind === 'counted' ? (
            <CountedVotes
              vote={vote}
              error={errors.votesFor?.message}
              onChange={(counts) => {
                for (const [field, value] of Object.entries(counts) as [keyof typeof counts, string][]) setValue(field, value, { shouldDirty: true });
              }}
            />
          ) : null}
          {vote.kind === 'named' ? (
            <NamedVoteTable
              number={number}
              eligible={eligible}
              members={members}
              named={vote.named}
              errors={refused}
              onVote={(memberId, choice) => {
                const named = new Map(vote.named);
                named.set(memberId, choice);
                setValue('named', named, { shouldDirty: true });
              }}
            />
          ) : null}
          {vote.kind !== 'unanimous' ? (
            <Typography variant="body2" aria-live="polite">
              So far: {pendingTally.for} for, {pendingTally.against} against, {pendingTally.abstain} abstaining{pendingTally.tie ? ' (a tie)' : ''}.
            </Typography>
          ) : null}
          {pendingTally.tie || vote.casting !== 'none' ? (
            <Controller
              name="casting"
              control={control}
              render={({ field }) => (
                <TextField
                  select
                  label="Chairperson's casting vote"
                  {...bindField(field)}
                  error={!!errors.casting}
                  helperText={errors.casting?.message}
                  sx={{ maxWidth: 320 }}
                >
                  <MenuItem value="none">None</MenuItem>
                  <MenuItem value="for">For</MenuItem>
                  <MenuItem value="against">Against</MenuItem>
                </TextField>
              )}
            />
          ) : null}
          <Controller
            name="majorityOfAll"
            control={control}
            render={({ field }) => (
              <FormControlLabel
                control={<Checkbox checked={field.value} onChange={(e) => field.onChange(e.target.checked)} />}
                label="Needs a majority of all members (by-laws, budgets, rates and taxes, loans)"
              />
            )}
          />
          {generalErrors.map(([key, message]) => (
            <Alert key={key} severity="error">
              {message}
            </Alert>
          ))}
          <Stack direction="row" spacing={1}>
            <Button variant="contained" onClick={() => void recordVote()} disabled={formState.isSubmitting}>
              Record vote
            </Button>
            {resolution.outcome !== 'withdrawn' ? (
              <Button onClick={() => void action.run(() => repos.resolutions.withdraw(resolution.id))}>Withdrawn</Button>
            ) : null}
            {resolution.voteKind === 'none' ? (
              <Button
                color="error"
                onClick={() =>
                  void confirm({
                    title: 'Discard motion',
                    message: `Discard ${number}? It was never voted on; its number is not reused.`,
                    confirmLabel: 'Discard',
                  }).then(({ confirmed }) => confirmed && action.run(() => repos.resolutions.discard(resolution.id)))
                }
              >
                Discard
              </Button>
            ) : null}
          </Stack>
          {action.error ? <Alert severity="error">{action.error}</Alert> : null}
        </Stack>
      </Box>
      {dialog}
    </>
  );
}
