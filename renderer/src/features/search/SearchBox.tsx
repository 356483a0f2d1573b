/** The search box in the app bar: Enter opens the results page. Ctrl+K opens the command palette, which searches too. */
import SearchIcon from '@mui/icons-material/Search';
import InputBase from '@mui/material/InputBase';
import Box from '@mui/material/Box';
import { alpha } from '@mui/material/styles';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';

export function SearchBox() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [value, setValue] = useState(params.get('q') ?? '');
  return (
    <Box
      component="form"
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        void navigate(`/search?q=${encodeURIComponent(value.trim())}`);
      }}
      sx={{
        position: 'relative',
        borderRadius: 1,
        bgcolor: (t) => alpha(t.palette.common.white, 0.15),
        '&:focus-within': { bgcolor: (t) => alpha(t.palette.common.white, 0.25) },
        display: 'flex',
        alignItems: 'center',
        px: 1,
      }}
    >
      <SearchIcon fontSize="small" aria-hidden="true" />
      <InputBase
        value={value}
        onChange={(event) => setValue(event.target.value)}
        placeholder="Search everything"
        inputProps={{ 'aria-label': 'Search everything', type: 'search', maxLength: 200 }}
        sx={{ color: 'inherit', ml: 1, width: { xs: 140, md: 240 } }}
      />
    </Box>
  );
}
