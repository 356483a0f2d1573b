/** The save button of a settings editor, with what the save said beneath it. */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import { type useAction } from '../../../ui/useAction';

export function SettingsSaveBar({ label, action, onSave }: { label: string; action: ReturnType<typeof useAction>; onSave: () => Promise<boolean> }) {
  const [saved, setSaved] = useState(false);
  return (
    <Stack spacing={1} sx={{ mt: 2 }}>
      {action.error ? <Alert severity="error">{action.error}</Alert> : null}
      {saved ? <Alert severity="success">Saved.</Alert> : null}
      <div>
        <Button
          variant="contained"
          disabled={action.busy}
          onClick={() => {
            setSaved(false);
            void onSave().then(setSaved);
          }}
        >
          {label}
        </Button>
      </div>
    </Stack>
  );
}
