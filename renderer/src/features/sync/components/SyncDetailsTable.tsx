/** Records on this laptop and changes waiting to be sent, collection by collection. */
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { COLLECTION_LABELS } from '@shared/sync/record-labels';
import { LiveView } from '../../../ui/LoadState';
import { useSyncDetails } from '../hooks';

const NUMBER = new Intl.NumberFormat('en-ZA');

export function SyncDetailsTable() {
  const details = useSyncDetails();
  return (
    <LiveView live={details}>
      {(rows) => (
        <Table size="small" aria-label="Records and changes waiting">
          <TableHead>
            <TableRow>
              <TableCell>Records</TableCell>
              <TableCell align="right">On this laptop</TableCell>
              <TableCell align="right">Waiting to be sent</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => {
              const label = row.collection === 'attachments' ? 'Attachments (files)' : COLLECTION_LABELS[row.collection];
              return (
                <TableRow key={row.collection}>
                  <TableCell component="th" scope="row">
                    {label}
                  </TableCell>
                  <TableCell align="right">{row.onThisLaptop === null ? '—' : NUMBER.format(row.onThisLaptop)}</TableCell>
                  <TableCell align="right">
                    {NUMBER.format(row.waiting)}
                    {row.capped ? '+' : ''}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
    </LiveView>
  );
}
