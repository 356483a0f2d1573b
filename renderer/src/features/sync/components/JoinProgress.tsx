/**
 * What has arrived of a laptop's join and what is still to come: one bar over the given
 * collections (records and the time left at the recent pace), and a line per collection still
 * arriving. Used on the first screen of a new laptop and, compactly, above every page while the
 * rest arrives in the background.
 */
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { describeCollectionJoin, describeTimeLeft, percentArrived, totalRecordsLeft, type JoinStatus } from '@shared/sync/join';
import type { CollectionName } from '@shared/schemas/vocabulary';

const NUMBER = new Intl.NumberFormat('en-ZA');

export interface JoinProgressProps {
  status: JoinStatus;
  /** The collections this bar is about. */
  collections: readonly CollectionName[];
  /** The bar's accessible name. */
  label: string;
  /** One line under the bar instead of a line per collection. */
  compact?: boolean;
}

export function JoinProgress({ status, collections, label, compact = false }: JoinProgressProps) {
  const parts = status.collections.filter((c) => collections.includes(c.name));
  const percent = percentArrived(parts);
  const left = totalRecordsLeft(parts);
  const timeLeft = describeTimeLeft(left === 0 ? 0 : status.secondsLeft);
  const arriving = parts.filter((c) => !c.caughtUp);
  const summary =
    left === null
      ? 'Counting the records on the server…'
      : left === 0
        ? 'All here.'
        : `${NUMBER.format(left)} records to go${timeLeft ? `, ${timeLeft}` : ''}.`;
  return (
    <Stack spacing={0.75}>
      <LinearProgress
        variant={percent === null ? 'indeterminate' : 'determinate'}
        {...(percent === null ? {} : { value: percent })}
        aria-label={label}
        {...(percent === null ? {} : { 'aria-valuetext': `${percent}% arrived` })}
        sx={{ height: 6, borderRadius: 3 }}
      />
      <Typography variant="body2" color="text.secondary">
        {summary}
        {compact && arriving.length > 0 ? ` ${arriving.map(describeCollectionJoin).join(' · ')}` : ''}
      </Typography>
      {compact ? null : (
        <Box component="ul" aria-label={`${label}: by kind of record`} sx={{ m: 0, pl: 2.5 }}>
          {parts.map((c) => (
            <Typography component="li" variant="body2" key={c.name} color={c.caughtUp ? 'text.secondary' : 'text.primary'}>
              {describeCollectionJoin(c)}
            </Typography>
          ))}
        </Box>
      )}
    </Stack>
  );
}
