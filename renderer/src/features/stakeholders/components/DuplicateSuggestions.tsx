/** Possible duplicates of a stakeholder being added, as a person types: same phone, email or a similar name. */
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import { useMemo, type ReactNode } from 'react';
import { findPossibleDuplicates, type DuplicateCandidate, type StakeholderDraftForMatching } from '@shared/domain/stakeholder-duplicates';
import type { Stakeholder } from '@shared/schemas';
import { STAKEHOLDER_CATEGORY_LABELS } from '@shared/schemas/vocabulary';

export interface DuplicateSuggestionsProps {
  draft: StakeholderDraftForMatching;
  existing: Stakeholder[];
  excludeId?: string;
  /** What a person can do with a suggestion: use it, open it, merge it. */
  action: (candidate: DuplicateCandidate) => ReactNode;
}

export function DuplicateSuggestions({ draft, existing, excludeId, action }: DuplicateSuggestionsProps) {
  const { name, phone, email } = draft;
  const candidates = useMemo(
    () => (name.trim().length < 3 && !phone && !email ? [] : findPossibleDuplicates({ name, phone, email }, existing, excludeId ? { excludeId } : {})),
    [name, phone, email, existing, excludeId],
  );
  if (candidates.length === 0) return null;
  return (
    <Alert severity="warning" role="region" aria-label="Possible duplicates">
      <AlertTitle>Possible duplicates already in the directory</AlertTitle>
      <List dense disablePadding>
        {candidates.map((candidate) => (
          <ListItem key={candidate.stakeholder.id} disableGutters secondaryAction={action(candidate)} sx={{ pr: 16 }}>
            <ListItemText
              primary={candidate.stakeholder.name}
              secondary={[
                STAKEHOLDER_CATEGORY_LABELS[candidate.stakeholder.category],
                candidate.stakeholder.phone,
                candidate.stakeholder.email,
                candidate.stakeholder.ward ? `Ward ${candidate.stakeholder.ward}` : '',
                candidate.reasons.join(', '),
              ]
                .filter(Boolean)
                .join(' · ')}
            />
          </ListItem>
        ))}
      </List>
    </Alert>
  );
}
