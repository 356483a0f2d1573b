/** A named vote: each member present and eligible, with their vote (for, against, abstain) and what was wrong with it. */
import FormControlLabel from '@mui/material/FormControlLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { Member } from '@shared/schemas';
import type { NamedVoteChoice } from '@shared/schemas/vocabulary';
import type { FieldErrors } from '@shared/validation/record-validator';
import { displayName } from '../../attendance/AttendanceRegister';

export function NamedVoteTable({
  number,
  eligible,
  members,
  named,
  errors,
  onVote,
}: {
  /** The resolution's number, which names the table. */
  number: string;
  eligible: readonly string[];
  members: Map<string, Member>;
  named: ReadonlyMap<string, NamedVoteChoice>;
  errors: FieldErrors;
  onVote: (memberId: string, choice: NamedVoteChoice) => void;
}) {
  return (
    <Table size="small" aria-label={`Named vote on ${number}`}>
      <TableHead>
        <TableRow>
          <TableCell>Member</TableCell>
          <TableCell>Vote</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {eligible.map((memberId) => {
          const name = displayName(members.get(memberId));
          // The repository keys a named vote's message by its place in the list sent (namedVotes.2).
          const errorKey = Object.keys(errors).find((k) => k.startsWith('namedVotes.') && [...named.keys()][Number(k.split('.')[1])] === memberId);
          return (
            <TableRow key={memberId}>
              <TableCell>{name}</TableCell>
              <TableCell>
                <RadioGroup
                  row
                  aria-label={`Vote of ${name}`}
                  value={named.get(memberId) ?? ''}
                  onChange={(e) => onVote(memberId, e.target.value as NamedVoteChoice)}
                >
                  <FormControlLabel value="for" control={<Radio size="small" />} label="For" />
                  <FormControlLabel value="against" control={<Radio size="small" />} label="Against" />
                  <FormControlLabel value="abstain" control={<Radio size="small" />} label="Abstain" />
                </RadioGroup>
                {errorKey ? (
                  <Typography variant="body2" color="error">
                    {errors[errorKey]}
                  </Typography>
                ) : null}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
