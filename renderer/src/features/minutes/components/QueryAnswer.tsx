/**
 * Under a question item that came from a stakeholder query: the query it answers, and the answer
 * given in the meeting, which is minuted here and added to the query's timeline.
 */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { Link as RouterLink } from 'react-router';
import { formatDateTime } from '@shared/domain/time';
import type { AgendaItem } from '@shared/schemas';
import { useRepositories } from '../../../db/DataProvider';
import { showSaveError } from '../../../ui/form-errors';
import { LimitedTextField } from '../../../ui/LimitedTextField';
import { bindField } from '../../../ui/schema-resolver';
import { useQuery } from '../../queries/hooks';
import { ANSWER_LABEL, ANSWER_MAX, QUERY_ANSWER_FIELD_OF, queryAnswerResolver, type QueryAnswerValues } from './query-answer-form';
import { GeneralErrors } from '../../../ui/GeneralErrors';

function AnswerForm({ agendaItemId }: { agendaItemId: string }) {
  const repos = useRepositories();
  const [general, setGeneral] = useState<string[]>([]);
  const { control, handleSubmit, setError, getValues, resetField, formState } = useForm<QueryAnswerValues>({
    resolver: queryAnswerResolver,
    defaultValues: { answer: '' },
  });
  const record = handleSubmit(async ({ answer }) => {
    setGeneral([]);
    try {
      await repos.queryQuestions.recordAnswer(agendaItemId, answer);
      // Only what was recorded is cleared: words typed meanwhile stay.
      if (getValues('answer') === answer) resetField('answer');
    } catch (error) {
      showSaveError(error, QUERY_ANSWER_FIELD_OF, setError, setGeneral);
    }
  });
  const error = formState.errors.answer?.message;
  return (
    <Stack
      component="form"
      aria-label="Record the answer"
      noValidate
      spacing={1}
      sx={{ mt: 1 }}
      onSubmit={(event) => {
        event.preventDefault();
        void record(event);
      }}
    >
      <Controller
        name="answer"
        control={control}
        render={({ field }) => (
          <LimitedTextField {...bindField(field)} label={ANSWER_LABEL} maxLength={ANSWER_MAX} multiline minRows={2} error={!!error} helperText={error} />
        )}
      />
      <div>
        <Button type="submit" variant="outlined" disabled={formState.isSubmitting}>
          Record the answer on the query
        </Button>
      </div>
      <GeneralErrors messages={general} />
    </Stack>
  );
}

export function QueryAnswer({ item, editable, timeZone }: { item: AgendaItem & { queryId: string }; editable: boolean; timeZone: string }) {
  const query = useQuery(item.queryId);
  const q = query.data;
  return (
    <Box component="section" aria-label="Stakeholder query">
      <Typography variant="h3" component="h3" gutterBottom>
        Stakeholder query
      </Typography>
      {q ? (
        <Typography>
          <Link component={RouterLink} to={`/queries/${q.id}`}>
            {q.reference}
          </Link>
          : {q.subject}
        </Typography>
      ) : (
        <Typography color="text.secondary">The query is not on this device.</Typography>
      )}
      {q?.answeredAt ? (
        <Alert severity="success" sx={{ mt: 1 }}>
          The answer was added to the query&apos;s timeline on {formatDateTime(q.answeredAt, timeZone)}.
        </Alert>
      ) : null}
      {editable && q ? <AnswerForm agendaItemId={item.id} /> : null}
    </Box>
  );
}
