/**
 * The register's changes on their way to the database: each shows at once (pending, so the
 * quorum follows a key press on the next paint) and is written in the background, one write
 * after another; a refused or failed write is taken back and said.
 */
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Meeting } from '@shared/schemas';
import type { AttendanceEntry } from '@shared/schemas/meeting';
import { memberEntryId } from '@shared/domain/attendance';
import { useRepositories } from '../../db/DataProvider';
import { errorMessage } from '../../ui/form-errors';
import { settledPending, withPending, type PendingChanges } from './register-model';

export function useRegisterWrites(meeting: Meeting) {
  const repos = useRepositories();
  // Changes shown before the database has them; dropped once the stored meeting agrees.
  const [pending, setPending] = useState<PendingChanges>(() => new Map());
  const [writeError, setWriteError] = useState<string | null>(null);
  const [seen, setSeen] = useState(meeting.attendance);
  if (seen !== meeting.attendance) {
    setSeen(meeting.attendance);
    const done = settledPending(meeting.attendance, pending);
    if (done.length > 0) {
      const next = new Map(pending);
      for (const id of done) next.delete(id);
      setPending(next);
    }
  }
  const attendance = useMemo(() => withPending(meeting.attendance, pending), [meeting.attendance, pending]);
  const entries = useMemo(() => new Map(attendance.filter((e) => e.memberId && e.kind === 'member').map((e) => [e.memberId as string, e])), [attendance]);

  // The latest of what apply reads, so apply never changes.
  const latest = useRef({ meetingId: meeting.id, entries });
  useLayoutEffect(() => {
    latest.current = { meetingId: meeting.id, entries };
  });

  const writes = useRef<Promise<unknown>>(Promise.resolve());
  /** Shows the change now and stores it; a failure takes it back and says why. */
  /**
   * One write after another, in the order they were asked for (a quick P then Delete ends not
   * recorded); a failed one is said and its change taken back from the screen.
   */
  const enqueue = useCallback((run: () => Promise<unknown> | undefined, takeBack: () => void) => {
    const write = writes.current.then(run);
    writes.current = write.then(
      () => undefined,
      () => undefined,
    );
    write.catch((error: unknown) => {
      setWriteError(errorMessage(error));
      takeBack();
    });
  }, []);

  const apply = useCallback(
    (memberId: string, entry: AttendanceEntry | null) => {
      const stored = latest.current.entries.get(memberId);
      setWriteError(null);
      setPending((current) => new Map(current).set(memberId, entry));
      const meetingId = latest.current.meetingId;
      enqueue(
        () => (entry ? repos.meetings.saveAttendance(meetingId, entry) : stored ? repos.meetings.removeAttendance(meetingId, stored.id) : undefined),
        () =>
          setPending((current) => {
            if (current.get(memberId) !== entry) return current;
            const next = new Map(current);
            next.delete(memberId);
            return next;
          }),
      );
    },
    [repos, enqueue],
  );

  /** Marks these members present in one write, shown at once like any other change. */
  const markPresent = (missing: string[]) => {
    if (missing.length === 0) return;
    setWriteError(null);
    const added = new Map(pending);
    for (const memberId of missing) added.set(memberId, { id: memberEntryId(memberId), kind: 'member', memberId, status: 'present' });
    setPending(added);
    enqueue(
      () => repos.meetings.markPresent(meeting.id, missing),
      () =>
        setPending((current) => {
          const next = new Map(current);
          for (const memberId of missing)
            if (next.get(memberId)?.status === 'present' && !meeting.attendance.some((e) => e.memberId === memberId)) next.delete(memberId);
          return next;
        }),
    );
  };

  return { attendance, entries, writeError, setWriteError, apply, markPresent };
}
