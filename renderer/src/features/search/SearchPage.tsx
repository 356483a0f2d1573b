/** Search results: meetings, agenda items and minutes, resolutions, queries and stakeholders that contain every word typed. */
import SearchIcon from '@mui/icons-material/Search';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { useRepositories } from '../../db/DataProvider';
import { EmptyState } from '../../ui/EmptyState';
import { Loading } from '../../ui/LoadState';
import { PageHeader } from '../../ui/PageHeader';
import { SEARCH_KINDS, searchHitPath } from './search-hits';
import type { SearchHit } from './search-reads';
import { errorMessage } from '@shared/error-message';
import { PartialRecordsNotice } from '../sync/components/PartialRecordsNotice';

const GROUPS = SEARCH_KINDS.map(({ kind, many }) => ({ kind, title: many }));

export function SearchPage() {
  const repos = useRepositories();
  const [params] = useSearchParams();
  const query = params.get('q') ?? '';
  const [result, setResult] = useState<{ query: string; hits: SearchHit[]; error?: string } | null>(null);

  useEffect(() => {
    let cancelled = false;
    repos.search.search(query).then(
      (hits) => !cancelled && setResult({ query, hits }),
      (error: unknown) => !cancelled && setResult({ query, hits: [], error: errorMessage(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, [repos, query]);

  return (
    <>
      <PageHeader title="Search" subtitle={query ? `Results for “${query}”` : 'Type words to find in the search box above'} />
      <PartialRecordsNotice collections={['meetings', 'agendaitems', 'resolutions', 'queries', 'stakeholders']} what="this search" />
      {!query.trim() ? (
        <EmptyState title="Search everything" icon={<SearchIcon />}>
          One search finds meetings, agenda items, minutes text, resolutions, queries and stakeholders on this device, with or without a network.
        </EmptyState>
      ) : !result || result.query !== query ? (
        <Loading label="Searching…" />
      ) : result.error ? (
        <Typography color="error">The search failed: {result.error}</Typography>
      ) : result.hits.length === 0 ? (
        <EmptyState title="Nothing found" icon={<SearchIcon />}>
          No meeting, agenda item, minutes, resolution, query or stakeholder contains every word of “{query}”.
        </EmptyState>
      ) : (
        <Stack spacing={2}>
          {GROUPS.map((group) => {
            const hits = result.hits.filter((h) => h.kind === group.kind);
            if (hits.length === 0) return null;
            return (
              <Paper key={group.kind} variant="outlined" component="section" aria-label={group.title} sx={{ p: 2 }}>
                <Typography variant="h2" component="h2">
                  {group.title} ({hits.length})
                </Typography>
                <List dense>
                  {hits.map((hit) => (
                    <ListItem key={hit.id} disableGutters>
                      <ListItemText
                        primary={
                          <Link component={RouterLink} to={searchHitPath(hit)}>
                            {hit.title}
                          </Link>
                        }
                        secondary={hit.snippet}
                        slotProps={{ secondary: { sx: { whiteSpace: 'pre-wrap', wordBreak: 'break-word' } } }}
                      />
                    </ListItem>
                  ))}
                </List>
              </Paper>
            );
          })}
        </Stack>
      )}
    </>
  );
}
