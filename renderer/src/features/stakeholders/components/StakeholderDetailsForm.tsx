/** A stakeholder's details, corrected in place and saved with the register's checks; read-only once erased or merged. */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { formatDateTime } from '@shared/domain/time';
import type { Stakeholder } from '@shared/schemas';
import { STAKEHOLDER_CATEGORY_LABELS } from '@shared/schemas/vocabulary';
import { seenFields } from '@shared/sync/seen-edit';
import { useRepositories } from '../../../db/DataProvider';
import { errorMessage, fieldMessages, mapRecordErrors } from '../../../ui/form-errors';
import { StakeholderFields } from './StakeholderFields';
import { STAKEHOLDER_FIELD_OF, toDraft, valuesOf, type StakeholderField, type StakeholderValues } from './stakeholder-form';
import { useOrganisations } from '../hooks';

export function StakeholderDetailsForm({ stakeholder }: { stakeholder: Stakeholder }) {
  const repos = useRepositories();
  const organisations = useOrganisations();
  const { control, handleSubmit, setError, formState } = useForm<StakeholderValues>({ defaultValues: valuesOf(stakeholder) });
  const [message, setMessage] = useState<{ severity: 'success' | 'error'; text: string } | null>(null);
  // The details as the form showed them (at opening, then as last saved): a colleague's change
  // synced in meanwhile is kept beside the person's, not written over.
  const [shown, setShown] = useState(stakeholder);
  const locked = !!stakeholder.anonymisedAt || !!stakeholder.mergedIntoId;

  const save = handleSubmit(async (values) => {
    setMessage(null);
    try {
      const draft = toDraft(values);
      setShown(await repos.stakeholders.edit(stakeholder.id, draft, seenFields(shown, draft)));
      setMessage({ severity: 'success', text: 'Saved.' });
    } catch (error) {
      const mapped = mapRecordErrors(error, STAKEHOLDER_FIELD_OF);
      for (const [field, message] of Object.entries(mapped?.fields ?? {}) as Array<[StakeholderField, string]>) setError(field, { message });
      setMessage({ severity: 'error', text: mapped?.general[0] ?? (mapped ? 'Correct the fields marked.' : errorMessage(error)) });
    }
  });

  if (locked) {
    return (
      <List dense>
        {[
          ['Category', STAKEHOLDER_CATEGORY_LABELS[stakeholder.category]],
          ['Ward', stakeholder.ward ?? ''],
          ['Erased on', stakeholder.anonymisedAt ? formatDateTime(stakeholder.anonymisedAt) : ''],
        ]
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <ListItem key={label} disableGutters>
              <ListItemText primary={value} secondary={label} />
            </ListItem>
          ))}
      </List>
    );
  }
  return (
    <form noValidate aria-label="Stakeholder details" onSubmit={(event) => void save(event)}>
      <Stack spacing={2}>
        <StakeholderFields
          control={control}
          errors={fieldMessages(formState.errors)}
          organisations={(organisations.data ?? []).filter((o) => o.id !== stakeholder.id)}
        />
        {stakeholder.consentAt ? (
          <Typography variant="body2" color="text.secondary">
            Consent recorded {formatDateTime(stakeholder.consentAt)}.
          </Typography>
        ) : null}
        {message ? <Alert severity={message.severity}>{message.text}</Alert> : null}
        <Box>
          <Button type="submit" variant="contained" disabled={formState.isSubmitting}>
            Save details
          </Button>
        </Box>
      </Stack>
    </form>
  );
}
