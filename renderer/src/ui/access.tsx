/**
 * What the signed-in account may change, for the screens: the reason a page is read-only (or
 * null), and the notice that says it on the page, so the disabled controls are explained in words
 * a screen reader reads too (a tooltip alone is not enough).
 */
import LockOutlinedIcon from '@mui/icons-material/LockOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import { useEffect, useState, type ReactNode } from 'react';
import type { DatabaseSuffix } from '@shared/couch/names';
import { firstRefusal, type KnownAccount } from '@shared/couch/permissions';
import { useRepositories } from '../db/DataProvider';

export function useAccount(): KnownAccount | null {
  const repos = useRepositories();
  const [account, setAccount] = useState<KnownAccount | null>(() => repos.access.account);
  useEffect(() => {
    const subscription = repos.access.watch().subscribe(setAccount);
    return () => subscription.unsubscribe();
  }, [repos]);
  return account;
}

/** Why the account may not change these records, or null when it may. */
export function useWriteRefusal(...databases: DatabaseSuffix[]): string | null {
  return firstRefusal(useAccount(), databases);
}

export function ReadOnlyNotice({ reason }: { reason: string | null }) {
  if (!reason) return null;
  return (
    <Alert severity="info" icon={<LockOutlinedIcon fontSize="inherit" />} role="note" aria-label="Read-only" sx={{ mb: 2 }}>
      Read-only. {reason}
    </Alert>
  );
}

/**
 * Says why the part is read-only and disables every field and button inside at once (a disabled
 * fieldset), or shows the part as it is when the account may change it. Keep page tabs and links
 * outside: they stay usable.
 */
export function ReadOnlyPart({ reason, label, children }: { reason: string | null; label: string; children: ReactNode }) {
  if (!reason) return <>{children}</>;
  return (
    <>
      <ReadOnlyNotice reason={reason} />
      <Box component="fieldset" disabled aria-label={`${label} (read-only)`} sx={{ border: 0, p: 0, m: 0, minWidth: 0 }}>
        {children}
      </Box>
    </>
  );
}
