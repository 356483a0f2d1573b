/**
 * Under a question item that came from a stakeholder query: the query it answers, and the answer
 * given in the meeting, which is minuted here and added to the query's timeline.
 */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { formatDateTime } from '@shared/domain/time';
import type { AgendaItem } from '@shared/schemas';
import { useRepositories } from '../../../db/DataProvider';
import { useAction } from '../../../ui/useAction';
import { useQuery } from '../../queries/hooks';

export function QueryAnswer({ item, editable, timeZone }: { item: AgendaItem & { queryId: string }; editable: boolean; timeZone: string }) {
  const repos = useRepositories();
  const query = useQuery(item.queryId);
  const action = useAction();
  const [answer, setAnswer] = useState('');
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
      {editable && q ? (
        <Stack spacing={1} sx={{ mt: 1 }}>
          <TextField label="Answer given in the meeting" value={answer} onChange={(e) => setAnswer(e.target.value)} multiline minRows={2} />
          <div>
            <Button
              variant="outlined"
              disabled={action.busy || !answer.trim()}
              onClick={() => void action.run(() => repos.queryQuestions.recordAnswer(item.id, answer)).then((ok) => ok && setAnswer(''))}
            >
              Record the answer on the query
            </Button>
          </div>
          {action.error ? <Alert severity="error">{action.error}</Alert> : null}
        </Stack>
      ) : null}
    </Box>
  );
}
