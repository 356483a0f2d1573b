/** The resolution register: every resolution and failed motion, filtered, with implementation status. */
import GavelIcon from '@mui/icons-material/Gavel';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { alpha } from '@mui/material/styles';
import { useMemo, useState } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { departmentNameOf } from '@shared/domain/departments';
import { filterRegister, lastProgress, registerStatus } from '@shared/domain/resolutions';
import { formatDate, today } from '@shared/domain/time';
import { MOTION_OUTCOME_LABELS } from '@shared/schemas/vocabulary';
import { EmptyState } from '../../ui/EmptyState';
import { LiveView } from '../../ui/LoadState';
import { ClippedText } from '../../ui/ClippedText';
import { firstLine } from '../../ui/first-line';
import { PageHeader } from '../../ui/PageHeader';
import { useBodies, useIndex } from '../bodies/hooks';
import { useDepartments, useTimeZone } from '../settings/hooks';
import { ExportQuarterlyReportButton } from '../documents/ExportQuarterlyReportButton';
import { ExportResolutionRegisterButton } from '../documents/ExportResolutionRegisterButton';
import { filtersFromParams, RegisterFilters } from './components/RegisterFilters';
import { ImplementationStatusChip } from './components/StatusChip';
import { useResolutions } from './hooks';
import { RegisterPublicationPanel } from '../publishing/PublicationPanel';
import { PartialRecordsNotice } from '../sync/components/PartialRecordsNotice';

const PAGE_SIZE = 50;

export function ResolutionsPage() {
  const resolutions = useResolutions();
  const bodies = useBodies();
  const bodyIndex = useIndex(bodies);
  const departments = useDepartments();
  const departmentIndex = useIndex(departments);
  const timeZone = useTimeZone();
  const todayDate = today(timeZone);
  const [params, setParams] = useSearchParams();
  const [page, setPage] = useState(0);
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const filtered = useMemo(() => filterRegister(resolutions.data ?? [], filters, todayDate), [resolutions.data, filters, todayDate]);
  const headerActions = (
    <>
      <ExportResolutionRegisterButton filters={filters} />
      <ExportQuarterlyReportButton defaultBodyId={filters.bodyId} />
    </>
  );

  return (
    <>
      <PageHeader title="Resolutions" subtitle="The register of council and committee resolutions and their implementation" actions={headerActions} />
      <PartialRecordsNotice collections={['resolutions']} what="this register" />
      <LiveView live={resolutions} label="Loading resolutions…" shape="table">
        {(list) =>
          list.length === 0 ? (
            <EmptyState title="No resolutions yet" icon={<GavelIcon />}>
              Resolutions appear here as they are minuted in meetings, each with its number, mover, seconder and vote, and are tracked until implemented.
            </EmptyState>
          ) : (
            <>
              <RegisterFilters
                params={params}
                onChange={(next) => {
                  setPage(0);
                  setParams(next, { replace: true });
                }}
                bodies={bodies.data ?? []}
                departments={departments.data ?? []}
              />
              <RegisterPublicationPanel body={(filters.bodyId && bodyIndex.get(filters.bodyId)) || null} />
              <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }} role="status">
                {filtered.length === list.length ? `${list.length} resolutions` : `${filtered.length} of ${list.length} resolutions match`}
              </Typography>
              <TableContainer component={Paper} variant="outlined">
                <Table aria-label="Resolutions" size="small">
                  <TableHead>
                    <TableRow>
                      <TableCell sx={{ width: '1%' }}>Number</TableCell>
                      <TableCell>Date</TableCell>
                      <TableCell>Body</TableCell>
                      <TableCell>Title</TableCell>
                      <TableCell>Outcome</TableCell>
                      <TableCell>Responsible</TableCell>
                      <TableCell>Due</TableCell>
                      <TableCell>Status</TableCell>
                      <TableCell>Last progress</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {filtered.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE).map((r) => {
                      const status = registerStatus(r, todayDate);
                      const progress = lastProgress(r);
                      return (
                        <TableRow key={r.id} sx={status === 'overdue' ? { bgcolor: (t) => alpha(t.palette.error.main, 0.07) } : undefined}>
                          <TableCell sx={{ whiteSpace: 'nowrap' }}>
                            <Link component={RouterLink} to={`/resolutions/${r.id}`}>
                              {r.number}
                            </Link>
                          </TableCell>
                          <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDate(r.adoptedOn, timeZone)}</TableCell>
                          <TableCell>
                            <ClippedText text={bodyIndex.get(r.bodyId)?.name ?? ''} lines={2} maxWidth={150} />
                          </TableCell>
                          <TableCell sx={{ minWidth: 160 }}>
                            <ClippedText text={r.title} lines={2} />
                          </TableCell>
                          <TableCell sx={{ whiteSpace: 'nowrap' }}>{MOTION_OUTCOME_LABELS[r.outcome]}</TableCell>
                          <TableCell>
                            <ClippedText
                              text={[departmentNameOf(departmentIndex, r.departmentId), r.responsibleOfficial].filter(Boolean).join(', ')}
                              lines={2}
                              maxWidth={200}
                            />
                          </TableCell>
                          <TableCell
                            sx={{
                              whiteSpace: 'nowrap',
                              color: status === 'overdue' ? 'error.main' : undefined,
                              fontWeight: status === 'overdue' ? 600 : undefined,
                            }}
                          >
                            {r.dueDate ? formatDate(r.dueDate, timeZone) : ''}
                          </TableCell>
                          <TableCell sx={{ whiteSpace: 'nowrap' }}>
                            <ImplementationStatusChip status={status} />
                          </TableCell>
                          <TableCell sx={{ minWidth: 140 }}>
                            {progress ? (
                              <>
                                <Typography variant="caption" component="span" color="text.secondary" sx={{ display: 'block', whiteSpace: 'nowrap' }}>
                                  {formatDate(progress.at, timeZone)}
                                </Typography>
                                <ClippedText text={firstLine(progress.note)} full={progress.note} lines={2} maxWidth={240} />
                              </>
                            ) : null}
                          </TableCell>
                        </TableRow>
                      );
                    })}
                  </TableBody>
                </Table>
                {filtered.length > PAGE_SIZE ? (
                  <TablePagination
                    component="div"
                    count={filtered.length}
                    page={page}
                    onPageChange={(_e, next: number) => setPage(next)}
                    rowsPerPage={PAGE_SIZE}
                    rowsPerPageOptions={[PAGE_SIZE]}
                  />
                ) : null}
              </TableContainer>
            </>
          )
        }
      </LiveView>
    </>
  );
}
