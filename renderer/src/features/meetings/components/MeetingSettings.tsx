/**
 * Settings → Meetings: the standard agenda templates new meetings start from, the phrase library
 * used while minuting, and the format of resolution numbers (checked so numbers stay unique).
 */
import Stack from '@mui/material/Stack';
import { LiveView } from '../../../ui/LoadState';
import { SettingsCard } from '../../../ui/SettingsCard';
import { useSettingsAreaLive } from '../../settings/hooks';
import { AgendaTemplatesEditor } from './AgendaTemplatesEditor';
import { MinutesPhrasesEditor } from './MinutesPhrasesEditor';
import { ResolutionNumberingEditor } from './ResolutionNumberingEditor';

export function MeetingSettings() {
  const templates = useSettingsAreaLive('agendaTemplates');
  const phrases = useSettingsAreaLive('phrases');
  const numbering = useSettingsAreaLive('resolutionNumbering');
  return (
    <Stack spacing={3}>
      <SettingsCard title="Agenda templates">
        <LiveView live={templates}>{(value) => <AgendaTemplatesEditor initial={value.templates} />}</LiveView>
      </SettingsCard>
      <SettingsCard title="Phrase library">
        <LiveView live={phrases}>{(value) => <MinutesPhrasesEditor initial={value.phrases} />}</LiveView>
      </SettingsCard>
      <SettingsCard title="Resolution numbers">
        <LiveView live={numbering}>{(value) => <ResolutionNumberingEditor initial={value} />}</LiveView>
      </SettingsCard>
    </Stack>
  );
}
