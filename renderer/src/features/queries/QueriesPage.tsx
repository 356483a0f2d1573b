/**
 * The operations unit's work queues: My queries, a department's queries, Overdue, Due in the next
 * 2 working days, all open and all queries; with filters, text search, sorting, and the list as
 * CSV. The queue is in the URL (#/queries?queue=overdue&department=…) so the dashboard links to it.
 */
import AddIcon from '@mui/icons-material/Add';
import DownloadIcon from '@mui/icons-material/Download';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useEventCallback } from '@mui/material/utils';
import { memo, useCallback, useDeferredValue, useMemo, useState } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { firstValueFrom } from 'rxjs';
import type { AppliedFilter } from '@shared/documents/inputs';
import type { StakeholderQuery } from '@shared/schemas';
import { csvBytes } from '@shared/domain/csv';
import { queryCsv } from '@shared/domain/query-export';
import { NO_FILTERS, QUEUE_LABELS, type QueryFilters, type QueryLookups, type QuerySort, type QueueKind } from '@shared/domain/query-queues';
import { addCalendarDays } from '@shared/domain/time';
import { queryListCsvFileName } from '@shared/documents/file-names';
import { useDeviceProfile, useRepositories } from '../../db/DataProvider';
import { useKeptWhileLoading } from '../../db/use-live';
import { platform } from '../../platform/platform';
import { LiveView } from '../../ui/LoadState';
import { PageHeader } from '../../ui/PageHeader';
import { errorMessage } from '../../ui/form-errors';
import { useIndex, useMembers } from '../bodies/hooks';
import { ExportQueryReportButton } from '../documents/ExportQueryReportButton';
import { useDepartments, useTimeZone } from '../settings/hooks';
import { useStakeholdersById } from '../stakeholders/hooks';
import { QueueCount } from './components/QueueCount';
import { QueueEmptyState } from './components/QueueEmptyState';
import { QueueFilters } from './components/QueueFilters';
import { QueueScope } from './components/QueueScope';
import { QueueTable } from './components/QueueTable';
import { QueueTabs } from './components/QueueTabs';
import { sharedCalendar } from './shared-calendar';
import { useAnyQuery, useEscalationSweep, useQuerySettings, useQueue, useToday, useWorkingDayCalendar } from './hooks';
import { ALL_QUERIES_MONTHS_BACK, appliedFilters, arrange, isQueueKind } from './queue-list';
import { QUEUE_LIMIT, queueReadLimit } from './queue-queries';
import { ReadOnlyNotice, useWriteRefusal } from '../../ui/access';
import { PartialRecordsNotice } from '../sync/components/PartialRecordsNotice';

/**
 * The page's heading and its actions, memoised: a filter chosen or rows arriving draw the page
 * again three or four times, and the heading's buttons need drawing only when they change.
 */
const QueriesHeader = memo(function QueriesHeader({
  mayLog,
  exportDisabled,
  onExportCsv,
  reportQueries,
  applied,
  departmentName,
}: {
  mayLog: boolean;
  exportDisabled: boolean;
  onExportCsv: () => void;
  reportQueries: () => Promise<StakeholderQuery[]>;
  applied: readonly AppliedFilter[];
  departmentName: string | undefined;
}) {
  return (
    <PageHeader
      title="Queries"
      subtitle="What councillors, residents, organisations and the media have asked of the municipality"
      actions={
        <>
          <Button variant="contained" startIcon={<AddIcon />} component={RouterLink} to="/queries/new" disabled={!mayLog}>
            Log a query
          </Button>
          <Button startIcon={<DownloadIcon />} onClick={onExportCsv} disabled={exportDisabled}>
            Export CSV
          </Button>
          <ExportQueryReportButton queries={reportQueries} filters={applied} departmentName={departmentName} disabled={exportDisabled} />
        </>
      }
    />
  );
});

/** The calendar given to the reads of the queues that do not use one (no extra holidays). */
const PLAIN_CALENDAR = sharedCalendar([]);

export function QueriesPage() {
  const repos = useRepositories();
  const [params, setParams] = useSearchParams();
  const queue: QueueKind = isQueueKind(params.get('queue')) ? (params.get('queue') as QueueKind) : 'open';
  const departments = useDepartments();
  const departmentId = params.get('department') ?? departments.data?.[0]?.id ?? '';
  const profile = useDeviceProfile();
  const timeZone = useTimeZone();
  const today = useToday(timeZone);
  const settings = useQuerySettings();
  const calendar = useWorkingDayCalendar(settings);
  useEscalationSweep(today);

  const [filters, setFilters] = useState<QueryFilters>(NO_FILTERS);
  const [sort, setSort] = useState<QuerySort>({ key: 'dueDate', direction: 'asc' });
  const [exportMessage, setExportMessage] = useState<{ severity: 'success' | 'error'; text: string } | null>(null);
  const text = useDeferredValue(filters.text);
  const stored = useAnyQuery();

  const defaultFrom = addCalendarDays(today, -ALL_QUERIES_MONTHS_BACK);
  // Only a department's queue reads by department, and only My queries by officer: the others do
  // not read again when the departments or this laptop's profile arrive.
  const specDepartment = queue === 'department' ? departmentId : '';
  const officerId = queue === 'mine' ? (profile?.officialId ?? '') : '';
  // The queue as read through its indexes; scrolling towards the end of its first page reads the
  // rest (up to QUEUE_LIMIT), until the queue or an index filter changes.
  const readKey = [queue, specDepartment, filters.status, filters.departmentId].join('\u0000');
  const [scrolledIn, setScrolledIn] = useState<string | null>(null);
  const limit = queueReadLimit(filters, scrolledIn === readKey);
  const onNearEnd = useCallback(() => setScrolledIn(readKey), [readKey]);
  const spec = useMemo(() => ({ kind: queue, officerId, departmentId: specDepartment }), [queue, officerId, specDepartment]);
  const readOptions = {
    status: filters.status,
    departmentId: queue === 'department' ? '' : filters.departmentId,
    receivedFrom: queue === 'all' ? filters.receivedFrom || defaultFrom : '',
    receivedTo: queue === 'all' ? filters.receivedTo : '',
    timeZone,
  };
  // Only the due-soon queue's range takes the calendar: the others do not read again when the
  // settings bring extra holidays.
  const queueLive = useQueue(spec, today, queue === 'due_soon' ? calendar : PLAIN_CALENDAR, { ...readOptions, limit });
  // A new filter or queue keeps the rows on screen until its own arrive.
  const { live, updating } = useKeptWhileLoading(queueLive);

  // Only the stakeholders of the queries in the queue are read, not the whole directory.
  const stakeholderIds = useMemo(() => (live.data?.queries ?? []).map((q) => q.stakeholderId), [live.data]);
  const stakeholderIndex = useStakeholdersById(stakeholderIds);
  const departmentIndex = useIndex(departments);
  const members = useMembers();
  const memberIndex = useIndex(members);
  const lookups: QueryLookups = useMemo(
    () => ({
      stakeholderName: (id) => stakeholderIndex.get(id)?.name ?? '',
      departmentName: (id) => departmentIndex.get(id)?.name ?? '',
      timeZone,
    }),
    [stakeholderIndex, departmentIndex, timeZone],
  );
  // While a changed queue or index filter is read, the rows stay as they were shown (filtered as
  // they were), so the table is not drawn twice: once for the old rows re-filtered, once for the new.
  const [shownWith, setShownWith] = useState({ filters, text });
  if (!updating && (shownWith.filters !== filters || shownWith.text !== text)) setShownWith({ filters, text });
  const shown = useMemo(() => arrange(live.data?.queries ?? [], shownWith, sort, lookups), [live.data, shownWith, lookups, sort]);
  const categories = useMemo(() => (settings.data?.categories ?? []).map((c) => c.name), [settings.data]);
  // The Word report names the queue and every filter in words, so a reader knows what it lists.
  const applied = useMemo(
    () =>
      appliedFilters(
        { queue, departmentId, filters, text, defaultFrom },
        { department: (id) => departmentIndex.get(id)?.name ?? '', officer: () => memberIndex.get(profile?.officialId ?? '')?.fullName ?? '' },
      ),
    [queue, departmentIndex, memberIndex, departmentId, profile, filters, text, defaultFrom],
  );

  /** The one department whose queries are listed, by its queue or the Department filter: it names the exported files. */
  const listedDepartment =
    (queue === 'department' ? departmentIndex.get(departmentId)?.name : filters.departmentId ? departmentIndex.get(filters.departmentId)?.name : undefined) ||
    undefined;

  const selectQueue = useCallback(
    (next: QueueKind) => {
      const nextParams = new URLSearchParams(params);
      nextParams.set('queue', next);
      setParams(nextParams, { replace: true });
    },
    [params, setParams],
  );
  const selectDepartment = (id: string) => {
    const nextParams = new URLSearchParams(params);
    nextParams.set('department', id);
    setParams(nextParams, { replace: true });
  };

  /**
   * What an export lists: the rows as filtered and sorted on screen, and when the screen holds only
   * the queue's first page, the whole queue (up to QUEUE_LIMIT) read for the export.
   */
  const exportRows = async (): Promise<{ queries: StakeholderQuery[]; lookups: QueryLookups }> => {
    if (!live.data?.truncated || limit >= QUEUE_LIMIT) return { queries: shown, lookups };
    const whole = await firstValueFrom(repos.queryReads.watchQueue(spec, today, calendar, { ...readOptions, limit: QUEUE_LIMIT }));
    const people = await firstValueFrom(repos.stakeholders.watchByIds(whole.queries.map((q) => q.stakeholderId)));
    const wholeLookups: QueryLookups = { ...lookups, stakeholderName: (id) => people.get(id)?.name ?? '' };
    return { queries: arrange(whole.queries, shownWith, sort, wholeLookups), lookups: wholeLookups };
  };

  const exportCsv = async () => {
    setExportMessage(null);
    try {
      const rows = await exportRows();
      const result = await platform.files.save({
        suggestedName: queryListCsvFileName(today, {
          departmentName: listedDepartment,
          queueLabel: queue === 'department' && listedDepartment ? undefined : QUEUE_LABELS[queue],
        }),
        bytes: csvBytes(queryCsv(rows.queries, rows.lookups, today)),
        filters: [{ name: 'CSV (Excel)', extensions: ['csv'] }],
      });
      if (result.status !== 'cancelled') setExportMessage({ severity: 'success', text: `${rows.queries.length} queries saved as ${result.fileName}.` });
    } catch (error) {
      setExportMessage({ severity: 'error', text: `The list was not saved: ${errorMessage(error)}` });
    }
  };

  const refusal = useWriteRefusal('queries');
  const onExportCsv = useEventCallback(() => void exportCsv());
  const reportQueries = useEventCallback(async () => (await exportRows()).queries);
  return (
    <>
      <QueriesHeader
        mayLog={refusal === null}
        exportDisabled={shown.length === 0 || updating}
        onExportCsv={onExportCsv}
        reportQueries={reportQueries}
        applied={applied}
        departmentName={listedDepartment}
      />
      <ReadOnlyNotice reason={refusal} />
      <PartialRecordsNotice collections={['queries', 'stakeholders']} what="this list" />
      <QueueTabs queue={queue} onSelect={selectQueue} />
      <Box role="tabpanel" id="queue-panel" aria-labelledby={`queue-tab-${queue}`}>
        <QueueScope
          queue={queue}
          departmentId={departmentId}
          departments={departments.data ?? []}
          onSelectDepartment={selectDepartment}
          officialId={profile?.officialId}
          officialName={profile?.officialId ? memberIndex.get(profile.officialId)?.fullName : undefined}
        />
        <QueueFilters
          filters={filters}
          onChange={setFilters}
          departments={departments.data ?? []}
          categories={categories}
          hideDepartment={queue === 'department'}
        />
        {exportMessage ? (
          <Alert severity={exportMessage.severity} onClose={() => setExportMessage(null)} sx={{ mb: 2 }}>
            {exportMessage.text}
          </Alert>
        ) : null}
        <LiveView live={live} label="Loading queries…" shape="table">
          {(result) => (
            <>
              <QueueCount shown={shown} result={result} updating={updating} queue={queue} receivedFrom={filters.receivedFrom} defaultFrom={defaultFrom} />
              {result.queries.length === 0 ? (
                <QueueEmptyState queue={queue} noneStored={stored.data === false} />
              ) : (
                <QueueTable
                  queries={shown}
                  lookups={lookups}
                  sort={sort}
                  onSort={setSort}
                  today={today}
                  calendar={calendar}
                  timeZone={timeZone}
                  onNearEnd={result.truncated ? onNearEnd : undefined}
                />
              )}
            </>
          )}
        </LiveView>
      </Box>
    </>
  );
}
