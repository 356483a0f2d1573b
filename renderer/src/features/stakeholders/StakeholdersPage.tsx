/** The stakeholder directory: people and organisations the municipality answers to. */
import ContactsIcon from '@mui/icons-material/Contacts';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { STAKEHOLDER_CATEGORY_LABELS } from '@shared/schemas/vocabulary';
import { EmptyState } from '../../ui/EmptyState';
import { LiveView } from '../../ui/LoadState';
import { PageHeader } from '../../ui/PageHeader';
import { useStakeholders } from './hooks';

export function StakeholdersPage() {
  const stakeholders = useStakeholders();
  return (
    <>
      <PageHeader title="Stakeholders" subtitle="Residents, councillors, ward committees, organisations, media and partners" />
      <LiveView live={stakeholders} label="Loading stakeholders…">
        {(list) =>
          list.length === 0 ? (
            <EmptyState title="No stakeholders yet" icon={<ContactsIcon />}>
              People and organisations are added here when their first query is logged, with the purpose and consent for
              keeping their details.
            </EmptyState>
          ) : (
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
                  </TableRow>
                </TableHead>
                <TableBody>
                  {list.map((s) => (
                    <TableRow key={s.id}>
                      <TableCell>{s.name}</TableCell>
                      <TableCell>{s.kind === 'person' ? 'Person' : 'Organisation'}</TableCell>
                      <TableCell>{STAKEHOLDER_CATEGORY_LABELS[s.category]}</TableCell>
                      <TableCell>{s.ward ?? ''}</TableCell>
                      <TableCell>{s.phone ?? ''}</TableCell>
                      <TableCell>{s.email ?? ''}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableContainer>
          )
        }
      </LiveView>
    </>
  );
}
