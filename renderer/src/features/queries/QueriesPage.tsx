/** Stakeholder queries, newest first, with overdue ones marked. */
import QuestionAnswerIcon from '@mui/icons-material/QuestionAnswer';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { isQueryOverdue } from '@shared/domain/queries';
import { formatDate, today } from '@shared/domain/time';
import { QUERY_STATUS_LABELS } from '@shared/schemas/vocabulary';
import { EmptyState } from '../../ui/EmptyState';
import { LiveView } from '../../ui/LoadState';
import { PageHeader } from '../../ui/PageHeader';
import { useIndex } from '../bodies/hooks';
import { useDepartments, useTimeZone } from '../settings/hooks';
import { useStakeholders } from '../stakeholders/hooks';
import { useQueries } from './hooks';

export function QueriesPage() {
  const queries = useQueries();
  const departmentIndex = useIndex(useDepartments());
  const stakeholderIndex = useIndex(useStakeholders());
  const timeZone = useTimeZone();
  const todayDate = today(timeZone);
  return (
    <>
      <PageHeader title="Queries" subtitle="What councillors, residents, organisations and the media have asked of the municipality" />
      <LiveView live={queries} label="Loading queries…">
        {(list) =>
          list.length === 0 ? (
            <EmptyState title="No queries yet" icon={<QuestionAnswerIcon />}>
              Queries from stakeholders are logged here, assigned to departments and followed until they are resolved.
            </EmptyState>
          ) : (
            <TableContainer component={Paper} variant="outlined">
              <Table aria-label="Queries" size="small">
                <TableHead>
                  <TableRow>
                    <TableCell>Reference</TableCell>
                    <TableCell>Received</TableCell>
                    <TableCell>Subject</TableCell>
                    <TableCell>Stakeholder</TableCell>
                    <TableCell>Department</TableCell>
                    <TableCell>Due</TableCell>
                    <TableCell>Status</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {list.map((q) => {
                    const overdue = isQueryOverdue(q, todayDate);
                    return (
                      <TableRow key={q.id}>
                        <TableCell sx={{ whiteSpace: 'nowrap', fontFamily: 'monospace' }}>{q.reference}</TableCell>
                        <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDate(q.receivedAt, timeZone)}</TableCell>
                        <TableCell>{q.subject}</TableCell>
                        <TableCell>{stakeholderIndex.get(q.stakeholderId)?.name ?? ''}</TableCell>
                        <TableCell>{q.departmentId ? (departmentIndex.get(q.departmentId)?.name ?? '') : 'Unassigned'}</TableCell>
                        <TableCell sx={{ whiteSpace: 'nowrap', color: overdue ? 'error.main' : undefined }}>
                          {formatDate(q.dueDate, timeZone)}
                          {overdue ? ' (overdue)' : ''}
                        </TableCell>
                        <TableCell>
                          <Chip size="small" color={overdue ? 'error' : 'default'} label={QUERY_STATUS_LABELS[q.status]} />
                        </TableCell>
                      </TableRow>
                    );
                  })}
                </TableBody>
              </Table>
            </TableContainer>
          )
        }
      </LiveView>
    </>
  );
}
