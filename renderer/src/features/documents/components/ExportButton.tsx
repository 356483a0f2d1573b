/** One export button: a Word icon, or a spinner while its document is being made. */
import ArticleOutlinedIcon from '@mui/icons-material/ArticleOutlined';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';

export function ExportButton({ label, busy, disabled, onClick }: { label: string; busy: boolean; disabled?: boolean; onClick: () => void }) {
  return (
    <Button
      variant="outlined"
      onClick={onClick}
      disabled={busy || disabled === true}
      aria-busy={busy}
      startIcon={busy ? <CircularProgress size={16} aria-hidden="true" /> : <ArticleOutlinedIcon aria-hidden="true" />}
    >
      {label}
    </Button>
  );
}
