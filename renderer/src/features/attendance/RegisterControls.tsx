/** The register's search field and the legend of its keys. */
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { memo } from 'react';

function Key({ children }: { children: string }) {
  return (
    <Box
      component="kbd"
      sx={{ px: 0.75, py: 0.1, border: 1, borderColor: 'divider', borderRadius: 0.5, fontFamily: 'monospace', fontSize: '0.85em', bgcolor: 'action.hover' }}
    >
      {children}
    </Box>
  );
}

export const KeyLegend = memo(function KeyLegend({ id, open }: { id: string; open: boolean }) {
  return (
    <Typography id={id} variant="body2" color="text.secondary" sx={{ mt: 1.5, mb: 1, display: 'flex', flexWrap: 'wrap', gap: 1.5, alignItems: 'center' }}>
      {open ? (
        <>
          <span>Keys on a row:</span>
          <span>
            <Key>P</Key> present
          </span>
          <span>
            <Key>A</Key> apology
          </span>
          <span>
            <Key>X</Key> absent
          </span>
          <span>
            <Key>L</Key> arrived late (asks the time)
          </span>
          <span>
            <Key>D</Key> left early (asks the time)
          </span>
          <span>
            <Key>Delete</Key> not recorded
          </span>
          <span>
            <Key>↑</Key> <Key>↓</Key> <Key>Home</Key> <Key>End</Key> move
          </span>
        </>
      ) : (
        <span>
          Read-only: <Key>↑</Key> <Key>↓</Key> <Key>Home</Key> <Key>End</Key> move between members.
        </span>
      )}
    </Typography>
  );
});

export const SearchField = memo(function SearchField({ value, onChange, onEnter }: { value: string; onChange: (value: string) => void; onEnter: () => void }) {
  return (
    <TextField
      size="small"
      type="search"
      label="Find a member"
      placeholder="Name, party or seat"
      value={value}
      onChange={(event) => onChange(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === 'ArrowDown' || event.key === 'Enter') {
          event.preventDefault();
          onEnter();
        }
      }}
      sx={{ width: 210 }}
      slotProps={{ htmlInput: { maxLength: 100 }, inputLabel: { shrink: true } }}
    />
  );
});
