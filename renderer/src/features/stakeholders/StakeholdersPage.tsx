/** The stakeholder directory: people and organisations the municipality answers to, searchable by name, phone or email. */
import AddIcon from '@mui/icons-material/Add';
import ContactsIcon from '@mui/icons-material/Contacts';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useDeferredValue, useMemo, useState } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';
import { searchable } from '@shared/domain/query-queues';
import { phoneMatches } from '@shared/domain/phone';
import { STAKEHOLDER_CATEGORIES, STAKEHOLDER_CATEGORY_LABELS, type StakeholderCategory } from '@shared/schemas/vocabulary';
import { EmptyState } from '../../ui/EmptyState';
import { LiveView } from '../../ui/LoadState';
import { ClippedText } from '../../ui/ClippedText';
import { PageHeader } from '../../ui/PageHeader';
import { useIndex } from '../bodies/hooks';
import { AddStakeholderDialog } from './components/AddStakeholderDialog';
import { useOrganisations, useStakeholders } from './hooks';
import { ReadOnlyNotice, useWriteRefusal } from '../../ui/access';

/** Rows drawn at once; the search narrows a large directory. */
const SHOWN = 500;

export function StakeholdersPage() {
  const stakeholders = useStakeholders();
  const organisations = useOrganisations();
  const organisationIndex = useIndex(organisations);
  const navigate = useNavigate();
  const [adding, setAdding] = useState(false);
  const [search, setSearch] = useState('');
  const [category, setCategory] = useState<StakeholderCategory | ''>('');
  const text = useDeferredValue(search);

  const matching = useMemo(() => {
    const words = searchable(text).split(/\s+/).filter(Boolean);
    return (stakeholders.data ?? []).filter((s) => {
      if (category && s.category !== category) return false;
      if (words.length === 0) return true;
      const haystack = searchable([s.name, s.email ?? '', s.phone ?? '', s.ward ? `ward ${s.ward}` : ''].join(' '));
      return words.every((w) => haystack.includes(w)) || phoneMatches(s.phone, text, s.phoneE164);
    });
  }, [stakeholders.data, text, category]);

  const refusal = useWriteRefusal('stakeholders');
  return (
    <>
      <PageHeader
        title="Stakeholders"
        subtitle="Residents, councillors, ward committees, organisations, media and partners"
        actions={
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => setAdding(true)} disabled={refusal !== null}>
            Add stakeholder
          </Button>
        }
      />
      <ReadOnlyNotice reason={refusal} />
      <Stack direction="row" spacing={2} sx={{ mb: 2, flexWrap: 'wrap' }} useFlexGap>
        <TextField
          size="small"
          type="search"
          label="Search the directory"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          sx={{ minWidth: 300 }}
          helperText="Name, phone, email or ward"
        />
        <TextField
          size="small"
          select
          label="Category"
          value={category}
          onChange={(event) => setCategory(event.target.value as StakeholderCategory | '')}
          sx={{ minWidth: 200 }}
        >
          <MenuItem value="">Any category</MenuItem>
          {STAKEHOLDER_CATEGORIES.map((c) => (
            <MenuItem key={c} value={c}>
              {STAKEHOLDER_CATEGORY_LABELS[c]}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      <LiveView live={stakeholders} label="Loading stakeholders…" shape="table">
        {(list) =>
          list.length === 0 ? (
            <EmptyState title="No stakeholders yet" icon={<ContactsIcon />} action={<Button onClick={() => setAdding(true)}>Add the first stakeholder</Button>}>
              People and organisations are added here, or when their first query is logged, with the purpose and consent for keeping their details.
            </EmptyState>
          ) : (
            <>
              <Typography variant="body2" color="text.secondary" role="status" sx={{ mb: 1 }}>
                {matching.length} of {list.length} stakeholders{matching.length > SHOWN ? ` · the first ${SHOWN} are shown: search to narrow the list` : ''}
              </Typography>
              <TableContainer component={Paper} variant="outlined">
                <Table aria-label="Stakeholders" size="small">
                  <TableHead>
                    <TableRow>
                      <TableCell>Name</TableCell>
                      <TableCell>Person or organisation</TableCell>
                      <TableCell>Category</TableCell>
                      <TableCell>Ward</TableCell>
                      <TableCell>Phone</TableCell>
                      <TableCell>Email</TableCell>
                      <TableCell>Organisation</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {matching.slice(0, SHOWN).map((s) => (
                      <TableRow key={s.id} hover>
                        <TableCell>
                          <Link component={RouterLink} to={`/stakeholders/${s.id}`}>
                            {s.name}
                          </Link>
                        </TableCell>
                        <TableCell sx={{ whiteSpace: 'nowrap' }}>{s.kind === 'person' ? 'Person' : 'Organisation'}</TableCell>
                        <TableCell sx={{ whiteSpace: 'nowrap' }}>{STAKEHOLDER_CATEGORY_LABELS[s.category]}</TableCell>
                        <TableCell>
                          <ClippedText text={s.ward ?? ''} maxWidth={120} />
                        </TableCell>
                        <TableCell sx={{ whiteSpace: 'nowrap' }}>{s.phone ?? ''}</TableCell>
                        <TableCell>
                          <ClippedText text={s.email ?? ''} maxWidth={220} />
                        </TableCell>
                        <TableCell>
                          <ClippedText text={s.organisationId ? (organisationIndex.get(s.organisationId)?.name ?? '') : ''} lines={2} maxWidth={220} />
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </TableContainer>
            </>
          )
        }
      </LiveView>
      <AddStakeholderDialog
        open={adding}
        onClose={() => setAdding(false)}
        onAdded={(added) => {
          setAdding(false);
          void navigate(`/stakeholders/${added.id}`);
        }}
        existing={stakeholders.data ?? []}
        organisations={organisations.data ?? []}
      />
    </>
  );
}
