/**
 * Settings → Appearance: light or dark (or as the operating system says), and how tightly table
 * rows are set. Each choice applies at once and is kept on this laptop only (its device profile),
 * like "I am": another person's laptop keeps its own.
 */
import Alert from '@mui/material/Alert';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import type { ColourModeChoice, Density } from '../../../app/design-tokens';
import { useDeviceProfile, useRepositories } from '../../../db/DataProvider';
import { DEFAULT_APPEARANCE, type Appearance } from '../../../db/device-profile';
import { errorMessage } from '../../../ui/form-errors';
import { SettingsCard } from '../../../ui/SettingsCard';

const MODES: { value: ColourModeChoice; label: string }[] = [
  { value: 'system', label: 'System (follow this computer)' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

const DENSITY_CHOICES: { value: Density; label: string }[] = [
  { value: 'comfortable', label: 'Comfortable' },
  { value: 'compact', label: 'Compact (more rows on screen)' },
];

export function AppearanceSettings() {
  const repos = useRepositories();
  const profile = useDeviceProfile();
  const saved = profile?.appearance ?? DEFAULT_APPEARANCE;
  // Shown at once; the theme follows when the profile is saved, and a refusal puts the choice back.
  const [appearance, setAppearance] = useState<Appearance>(saved);
  const [error, setError] = useState<string | null>(null);
  const change = (next: Partial<Appearance>) => {
    const chosen = { ...appearance, ...next };
    setError(null);
    setAppearance(chosen);
    repos.profile.setAppearance(chosen).catch((e: unknown) => {
      setAppearance(saved);
      setError(errorMessage(e));
    });
  };
  return (
    <SettingsCard title="Appearance">
      <Stack spacing={3}>
        <FormControl>
          <FormLabel id="appearance-theme-label">Theme</FormLabel>
          <RadioGroup
            aria-labelledby="appearance-theme-label"
            value={appearance.colourMode}
            onChange={(_event, value) => change({ colourMode: value as ColourModeChoice })}
          >
            {MODES.map((m) => (
              <FormControlLabel key={m.value} value={m.value} control={<Radio />} label={m.label} />
            ))}
          </RadioGroup>
        </FormControl>
        <FormControl>
          <FormLabel id="appearance-density-label">Table rows</FormLabel>
          <RadioGroup aria-labelledby="appearance-density-label" value={appearance.density} onChange={(_event, value) => change({ density: value as Density })}>
            {DENSITY_CHOICES.map((d) => (
              <FormControlLabel key={d.value} value={d.value} control={<Radio />} label={d.label} />
            ))}
          </RadioGroup>
        </FormControl>
        {error ? <Alert severity="error">{error}</Alert> : null}
      </Stack>
    </SettingsCard>
  );
}
