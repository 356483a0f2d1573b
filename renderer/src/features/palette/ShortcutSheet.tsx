/** The keyboard shortcut sheet (`?`, or Help → Keyboard shortcuts): every shortcut, from app/shortcuts. */
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { Fragment, useMemo } from 'react';
import { shortcutGroups } from '../../app/shortcuts';

export function ShortcutSheet({ open, onClose }: { open: boolean; onClose: () => void }) {
  const groups = useMemo(() => shortcutGroups(), []);
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby="shortcut-sheet-title" fullWidth maxWidth="md">
      <DialogTitle id="shortcut-sheet-title" component="h2">
        Keyboard shortcuts
      </DialogTitle>
      {/* Focusable: it scrolls, and a keyboard must be able to scroll it (axe scrollable-region-focusable). */}
      <DialogContent tabIndex={0} role="region" aria-label="Shortcut list">
        <Table size="small" aria-labelledby="shortcut-sheet-title">
          <TableHead>
            <TableRow>
              <TableCell component="th" scope="col" sx={{ width: '30%' }}>
                Keys
              </TableCell>
              <TableCell component="th" scope="col">
                What they do
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {groups.map((group) => (
              <Fragment key={group.title}>
                <TableRow>
                  <TableCell component="th" scope="colgroup" colSpan={2} sx={{ pt: 2, fontWeight: 700, bgcolor: 'action.hover' }}>
                    {group.title}
                    {group.where ? ` (${group.where.charAt(0).toLowerCase()}${group.where.slice(1)})` : ''}
                  </TableCell>
                </TableRow>
                {group.shortcuts.map((shortcut) => (
                  <TableRow key={`${group.title}:${shortcut.keys}`}>
                    <TableCell>
                      <kbd>{shortcut.keys}</kbd>
                    </TableCell>
                    <TableCell>{shortcut.does}</TableCell>
                  </TableRow>
                ))}
              </Fragment>
            ))}
          </TableBody>
        </Table>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Close</Button>
      </DialogActions>
    </Dialog>
  );
}
