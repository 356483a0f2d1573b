/**
 * The query charts of the dashboard: open and overdue by department, aging of open queries,
 * median working days to resolve per department, and the 12-month trend. Figures come from the
 * pure aggregations in shared/domain/dashboard-queries.ts; each chart has its table.
 */
import { useTheme } from '@mui/material/styles';
import { BarChart } from '@mui/x-charts/BarChart';
import { LineChart } from '@mui/x-charts/LineChart';
import { useMemo } from 'react';
import { agingBuckets, medianDaysToResolve, monthLabel, openByDepartment, type MonthTrend, type ResolutionFact } from '@shared/domain/dashboard-queries';
import type { StakeholderQuery } from '@shared/schemas';
import type { Department } from '@shared/settings/areas';
import { CHART_ROLES } from '../../../app/design-tokens';
import { bandLabelWidth, countAxis, monthTick } from '../chart-axes';
import { ChartCard } from './ChartCard';

export interface QueryChartsProps {
  open: StakeholderQuery[];
  trend: MonthTrend[];
  resolutions: ResolutionFact[];
  departments: Map<string, Department>;
  today: string;
  timeZone: string;
}

export function QueryCharts({ open, trend, resolutions, departments, today, timeZone }: QueryChartsProps) {
  const name = (id: string) => (id ? (departments.get(id)?.name ?? id) : 'Not yet assigned');
  const loads = useMemo(() => openByDepartment(open, today), [open, today]);
  const aging = useMemo(() => agingBuckets(open, today, timeZone), [open, today, timeZone]);
  const turnaround = useMemo(() => medianDaysToResolve(resolutions, today, timeZone), [resolutions, today, timeZone]);

  const loadRows = loads.map((l) => ({ department: name(l.departmentId), open: l.open, overdue: l.overdue }));
  const turnaroundRows = turnaround.map((t) => ({ department: name(t.departmentId), median: t.medianWorkingDays, resolved: t.resolved }));
  const trendRows = trend.map((t) => ({ month: monthLabel(t.month), received: t.received, resolved: t.resolved }));
  // Colours from the theme's colour-blind-safe palette, the same role in the same colour on every chart.
  const palette = useTheme().quorum.chart;
  const PRIMARY = palette[CHART_ROLES.primary];
  const ALERT = palette[CHART_ROLES.alert];
  const DONE = palette[CHART_ROLES.done];
  const agingRows = aging.map((b) => ({ label: b.label, count: b.count }));

  return (
    <>
      <ChartCard
        title="Open queries by department"
        description="Open queries per department, and how many of them are overdue."
        empty={loadRows.length === 0 ? 'No query is open.' : undefined}
        chart={
          <BarChart
            height={Math.max(180, 48 * loadRows.length + 70)}
            layout="horizontal"
            dataset={loadRows}
            yAxis={[{ scaleType: 'band', dataKey: 'department', width: bandLabelWidth(loadRows.map((r) => r.department)) }]}
            xAxis={[countAxis(loadRows.map((r) => r.open))]}
            series={[
              { dataKey: 'open', label: 'Open', color: PRIMARY },
              { dataKey: 'overdue', label: 'Overdue', color: ALERT },
            ]}
            skipAnimation
          />
        }
        table={{ columns: ['Department', 'Open', 'Overdue'], rows: loadRows.map((r) => [r.department, r.open, r.overdue]) }}
      />
      <ChartCard
        title="Aging of open queries"
        description="How long open queries have waited since they were received, in calendar days."
        empty={aging.every((b) => b.count === 0) ? 'No query is open.' : undefined}
        chart={
          <BarChart
            height={220}
            dataset={agingRows}
            xAxis={[{ scaleType: 'band', dataKey: 'label' }]}
            yAxis={[countAxis(agingRows.map((r) => r.count))]}
            series={[{ dataKey: 'count', label: 'Open queries', color: PRIMARY }]}
            hideLegend
            skipAnimation
          />
        }
        table={{ columns: ['Waiting', 'Open queries'], rows: aging.map((b) => [b.label, b.count]) }}
      />
      <ChartCard
        title="Median working days to resolve"
        description="Per department, over the queries resolved in the last 90 days."
        empty={turnaroundRows.length === 0 ? 'No query was resolved in the last 90 days.' : undefined}
        chart={
          <BarChart
            height={Math.max(180, 44 * turnaroundRows.length + 70)}
            layout="horizontal"
            dataset={turnaroundRows}
            yAxis={[{ scaleType: 'band', dataKey: 'department', width: bandLabelWidth(turnaroundRows.map((r) => r.department)) }]}
            xAxis={[countAxis(turnaroundRows.map((r) => r.median))]}
            series={[{ dataKey: 'median', label: 'Median working days', color: DONE }]}
            hideLegend
            skipAnimation
          />
        }
        table={{ columns: ['Department', 'Median working days', 'Queries resolved'], rows: turnaroundRows.map((r) => [r.department, r.median, r.resolved]) }}
      />
      <ChartCard
        title="Queries over 12 months"
        description={`Queries received and resolved each month${trendRows.length > 1 ? `, ${trendRows[0]?.month ?? ''} to ${trendRows[trendRows.length - 1]?.month ?? ''}` : ''}.`}
        chart={
          <LineChart
            height={260}
            margin={{ right: 32 }}
            dataset={trendRows}
            xAxis={[
              {
                scaleType: 'point',
                dataKey: 'month',
                valueFormatter: (month: string, context) => (context.location === 'tick' ? monthTick(month) : month),
              },
            ]}
            yAxis={[countAxis(trendRows.flatMap((r) => [r.received, r.resolved]))]}
            series={[
              { dataKey: 'received', label: 'Received', color: PRIMARY, curve: 'linear' },
              { dataKey: 'resolved', label: 'Resolved', color: DONE, curve: 'linear' },
            ]}
            skipAnimation
          />
        }
        table={{ columns: ['Month', 'Received', 'Resolved'], rows: trendRows.map((r) => [r.month, r.received, r.resolved]) }}
      />
    </>
  );
}
