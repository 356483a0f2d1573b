/** Settings → Meetings: the standard phrases a secretary inserts while minuting. */
import AddIcon from '@mui/icons-material/Add';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import DeleteIcon from '@mui/icons-material/Delete';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { newId } from '@shared/domain/ids';
import type { Phrase } from '@shared/settings/meetings';
import { useRepositories } from '../../../db/DataProvider';
import { useAction } from '../../../ui/useAction';
import { moveInList } from './list-move';
import { SettingsSaveBar } from './SettingsSaveBar';

export function MinutesPhrasesEditor({ initial }: { initial: Phrase[] }) {
  const repos = useRepositories();
  const action = useAction();
  const [phrases, setPhrases] = useState(initial);
  const set = (index: number, change: Partial<Phrase>) => setPhrases(phrases.map((p, i) => (i === index ? { ...p, ...change } : p)));
  return (
    <Box>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        While minuting, the first nine phrases are inserted with Ctrl+Shift+1 to Ctrl+Shift+9, in this order.
      </Typography>
      <Stack spacing={2} component="ol" aria-label="Phrases" sx={{ pl: 3, m: 0 }}>
        {phrases.map((phrase, index) => (
          <Box component="li" key={phrase.id}>
            <Stack direction={{ xs: 'column', md: 'row' }} spacing={1} sx={{ alignItems: { md: 'flex-start' } }}>
              <TextField
                size="small"
                label={`Phrase ${index + 1} name`}
                value={phrase.label}
                onChange={(e) => set(index, { label: e.target.value })}
                sx={{ width: { md: 220 } }}
              />
              <TextField
                size="small"
                label={`Phrase ${index + 1} wording`}
                value={phrase.text}
                onChange={(e) => set(index, { text: e.target.value })}
                multiline
                sx={{ flex: 1 }}
              />
              <IconButton
                size="small"
                aria-label={`Move phrase ${index + 1} up`}
                disabled={index === 0}
                onClick={() => setPhrases(moveInList(phrases, index, -1))}
              >
                <ArrowUpwardIcon fontSize="small" />
              </IconButton>
              <IconButton size="small" aria-label={`Remove phrase ${index + 1}`} onClick={() => setPhrases(phrases.filter((_p, i) => i !== index))}>
                <DeleteIcon fontSize="small" />
              </IconButton>
            </Stack>
          </Box>
        ))}
      </Stack>
      <Button startIcon={<AddIcon />} onClick={() => setPhrases([...phrases, { id: newId(), label: '', text: '' }])} sx={{ mt: 1 }}>
        Add phrase
      </Button>
      <SettingsSaveBar label="Save phrases" action={action} onSave={() => action.run(() => repos.settings.saveArea('phrases', { phrases }))} />
    </Box>
  );
}
