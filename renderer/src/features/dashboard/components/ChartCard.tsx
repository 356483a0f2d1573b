/**
 * A dashboard card whose figures can be read as a chart or as a table. The table holds the same
 * numbers as the chart, for screen readers, for copying into a report, and for anyone who
 * prefers numbers to bars.
 */
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useState, type ReactNode } from 'react';

export interface ChartTable {
  columns: string[];
  rows: (string | number)[][];
}

export function ChartCard({
  title,
  description,
  chart,
  table,
  empty,
}: {
  title: string;
  /** A sentence saying what the chart shows, read out with it. */
  description: string;
  chart: ReactNode;
  table: ChartTable;
  empty?: string | undefined;
}) {
  const [view, setView] = useState<'chart' | 'table'>('chart');
  return (
    <Paper variant="outlined" component="section" aria-label={title} sx={{ p: 2.5, minWidth: 0, height: '100%', display: 'flex', flexDirection: 'column' }}>
      <Box sx={{ display: 'flex', alignItems: 'flex-start', justifyContent: 'space-between', gap: 1, mb: 1 }}>
        <Box>
          <Typography variant="h2" component="h2">
            {title}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {description}
          </Typography>
        </Box>
        {empty ? null : (
          <ToggleButtonGroup
            size="small"
            exclusive
            value={view}
            onChange={(_event, next: 'chart' | 'table' | null) => next && setView(next)}
            aria-label={`Show ${title} as`}
          >
            <ToggleButton value="chart">Chart</ToggleButton>
            <ToggleButton value="table">Table</ToggleButton>
          </ToggleButtonGroup>
        )}
      </Box>
      {empty ? (
        <Typography color="text.secondary">{empty}</Typography>
      ) : view === 'chart' ? (
        <Box role="img" aria-label={`${title}: ${description} Choose Table to read the figures.`}>
          {chart}
        </Box>
      ) : (
        <Table size="small" aria-label={title}>
          <TableHead>
            <TableRow>
              {table.columns.map((column, i) => (
                <TableCell key={column} align={i === 0 ? 'left' : 'right'}>
                  {column}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {table.rows.map((row) => (
              <TableRow key={String(row[0])}>
                {row.map((cell, i) => (
                  <TableCell key={i} align={i === 0 ? 'left' : 'right'} component={i === 0 ? 'th' : 'td'} scope={i === 0 ? 'row' : undefined}>
                    {cell}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Paper>
  );
}
