/** Settings, in tabs contributed by the features (see sections.tsx); the tab is in the URL. */
import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { Navigate, useNavigate, useParams } from 'react-router';
import { PageHeader } from '../../ui/PageHeader';
import { ReadOnlyPart, useAccount } from '../../ui/access';
import { firstRefusal } from '@shared/couch/permissions';
import { SETTINGS_SECTIONS } from './sections';

export function SettingsPage() {
  const { section: sectionId } = useParams();
  const navigate = useNavigate();
  const section = SETTINGS_SECTIONS.find((s) => s.id === sectionId);
  const account = useAccount();
  if (!section) return <Navigate to={`/settings/${SETTINGS_SECTIONS[0]?.id ?? 'general'}`} replace />;
  return (
    <>
      <PageHeader title="Settings" />
      <Tabs
        value={section.id}
        onChange={(_event, id: string) => void navigate(`/settings/${id}`)}
        aria-label="Settings sections"
        variant="scrollable"
        sx={{ mb: 3, borderBottom: 1, borderColor: 'divider' }}
      >
        {SETTINGS_SECTIONS.map((s) => (
          <Tab key={s.id} value={s.id} label={s.label} id={`settings-tab-${s.id}`} aria-controls="settings-panel" />
        ))}
      </Tabs>
      <Box role="tabpanel" id="settings-panel" aria-labelledby={`settings-tab-${section.id}`}>
        <ReadOnlyPart reason={firstRefusal(account, section.writes)} label={section.label}>
          {section.render()}
        </ReadOnlyPart>
      </Box>
    </>
  );
}
