/** The one search box in the app bar: Enter opens the results page. Ctrl+K (or /) jumps to it. */
import SearchIcon from '@mui/icons-material/Search';
import InputBase from '@mui/material/InputBase';
import Box from '@mui/material/Box';
import { alpha } from '@mui/material/styles';
import { useEffect, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';

export function SearchBox() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [value, setValue] = useState(params.get('q') ?? '');
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        input.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <Box
      component="form"
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        void navigate(`/search?q=${encodeURIComponent(value.trim())}`);
      }}
      sx={{ position: 'relative', borderRadius: 1, bgcolor: (t) => alpha(t.palette.common.white, 0.15), '&:focus-within': { bgcolor: (t) => alpha(t.palette.common.white, 0.25) }, display: 'flex', alignItems: 'center', px: 1 }}
    >
      <SearchIcon fontSize="small" aria-hidden="true" />
      <InputBase
        inputRef={input}
        value={value}
        onChange={(event) => setValue(event.target.value)}
        placeholder="Search meetings, minutes, resolutions (Ctrl+K)"
        inputProps={{ 'aria-label': 'Search everything', type: 'search', maxLength: 200 }}
        sx={{ color: 'inherit', ml: 1, width: { xs: 140, md: 320 } }}
      />
    </Box>
  );
}
