/** Records that may be the same stakeholder, by name, phone or email, each with a Merge that asks which record to keep. */
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';
import { findPossibleDuplicates } from '@shared/domain/stakeholder-duplicates';
import type { Stakeholder } from '@shared/schemas';
import { SettingsCard } from '../../../ui/SettingsCard';
import { MergeDialog } from './MergeDialog';
import { useStakeholders } from '../hooks';

export function StakeholderDuplicates({ stakeholder }: { stakeholder: Stakeholder }) {
  const all = useStakeholders();
  const navigate = useNavigate();
  const [merging, setMerging] = useState<Stakeholder | null>(null);
  const candidates = useMemo(
    () =>
      findPossibleDuplicates(
        stakeholder,
        (all.data ?? []).filter((s) => s.kind === stakeholder.kind),
        { excludeId: stakeholder.id },
      ),
    [stakeholder, all.data],
  );
  if (stakeholder.anonymisedAt || stakeholder.mergedIntoId) return null;
  return (
    <SettingsCard title="Possible duplicates">
      {candidates.length === 0 ? (
        <Typography color="text.secondary">No other record looks like this one.</Typography>
      ) : (
        <List dense aria-label="Possible duplicates of this record">
          {candidates.map((c) => (
            <ListItem
              key={c.stakeholder.id}
              disableGutters
              sx={{ pr: 12 }}
              secondaryAction={
                <Button size="small" onClick={() => setMerging(c.stakeholder)} aria-label={`Merge with ${c.stakeholder.name}`}>
                  Merge…
                </Button>
              }
            >
              <ListItemText
                primary={
                  <Link component={RouterLink} to={`/stakeholders/${c.stakeholder.id}`}>
                    {c.stakeholder.name}
                  </Link>
                }
                secondary={[c.stakeholder.phone, c.stakeholder.email, c.reasons.join(', ')].filter(Boolean).join(' · ')}
              />
            </ListItem>
          ))}
        </List>
      )}
      {merging ? (
        <MergeDialog
          current={stakeholder}
          other={merging}
          onClose={() => setMerging(null)}
          onMerged={(kept) => {
            setMerging(null);
            void navigate(`/stakeholders/${kept.id}`);
          }}
        />
      ) : null}
    </SettingsCard>
  );
}
