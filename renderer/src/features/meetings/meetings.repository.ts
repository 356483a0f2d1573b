/** Meetings: the lists, scheduling, particulars, the attendance register and corrections. */
import type { Observable } from 'rxjs';
import { attendanceTimeProblem, memberEntryId } from '@shared/domain/attendance';
import { canEditMinutes, minutesLockedMessage } from '@shared/domain/meeting-lifecycle';
import { UPCOMING_STATUSES } from '@shared/domain/meeting-integrity';
import { checkMeeting, describeMeeting } from '@shared/domain/meetings';
import type { Meeting } from '@shared/schemas';
import type { AttendanceEntry } from '@shared/schemas/meeting';
import { MEETING_STATUS_LABELS, type MeetingStatus, type MeetingType } from '@shared/schemas/vocabulary';
import type { AuditLog } from '../../db/audit-log';
import type { QuorumDatabase } from '../../db/create-database';
import { RecordRepository } from '../../db/record-repository';
import type { WriteContext } from '../../db/write-context';
import type { MemberRepository } from '../bodies/members.repository';
import type { SettingsRepository } from '../settings/settings.repository';

export interface NewMeeting {
  bodyId: string;
  type: MeetingType;
  title: string;
  startsAt: string;
  endsAt?: string;
  venue: string;
  number?: string;
  sequence: number;
  chairpersonId?: string;
}

export type MeetingParticulars = Partial<Pick<Meeting, 'title' | 'type' | 'startsAt' | 'endsAt' | 'venue' | 'number' | 'sequence' | 'chairpersonId'>>;

export class MeetingChangeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MeetingChangeError';
  }
}

/** The register may be kept from the notice (apologies arrive early) until the minutes are confirmed. */
const REGISTER_OPEN: readonly MeetingStatus[] = ['notice_issued', 'in_session', 'closed', 'minutes_draft', 'minutes_circulated', 'adjourned_no_quorum'];
/** Particulars (date, venue…) can change until the meeting opens. */
const PARTICULARS_OPEN: readonly MeetingStatus[] = ['draft', 'notice_issued', 'postponed'];

/** What the attendance register's time checks read, each through its own repository. */
export interface MeetingRepositoryDeps {
  /** The member an arrival or departure is recorded for, named in a refusal. */
  members: Pick<MemberRepository, 'findById'>;
  /** The municipality's time zone, in which times are typed and said. */
  settings: Pick<SettingsRepository, 'getArea'>;
}

export class MeetingRepository extends RecordRepository<'meetings'> {
  constructor(
    db: QuorumDatabase,
    context: WriteContext,
    audit: AuditLog,
    private readonly deps: MeetingRepositoryDeps,
  ) {
    super(db, 'meetings', context, audit, { describe: describeMeeting, check: checkMeeting });
  }

  /** All meetings, the most recent first. */
  watchAll(): Observable<Meeting[]> {
    return this.watchMany({ sort: [{ startsAt: 'desc' }] });
  }

  /** Meetings not yet held that start at or after `from`, soonest first (a meeting closed or minuted is past). */
  watchUpcoming(from: string, limit = 10): Observable<Meeting[]> {
    return this.watchMany({ selector: { startsAt: { $gte: from }, status: { $in: [...UPCOMING_STATUSES] } }, sort: [{ startsAt: 'asc' }], limit });
  }

  /** Meetings starting between two instants, in order. */
  watchBetween(from: string, to: string): Observable<Meeting[]> {
    return this.watchMany({ selector: { startsAt: { $gte: from, $lte: to } }, sort: [{ startsAt: 'asc' }] });
  }

  /** Meetings now in session (the desktop app holds back an update while there is one). */
  watchInSession(): Observable<Meeting[]> {
    return this.watchMany({ selector: { status: 'in_session' } });
  }

  watchForBody(bodyId: string): Observable<Meeting[]> {
    return this.watchMany({ selector: { bodyId }, sort: [{ bodyId: 'asc' }, { startsAt: 'asc' }] });
  }

  async listAll(): Promise<Meeting[]> {
    const docs = await this.collection.find({ sort: [{ startsAt: 'asc' }] }).exec();
    return docs.map((doc) => doc.toMutableJSON());
  }

  schedule(input: NewMeeting): Promise<Meeting> {
    return this.create({
      bodyId: input.bodyId,
      type: input.type,
      title: input.title.trim(),
      startsAt: input.startsAt,
      ...(input.endsAt ? { endsAt: input.endsAt } : {}),
      venue: input.venue.trim(),
      ...(input.number?.trim() ? { number: input.number.trim() } : {}),
      sequence: input.sequence,
      ...(input.chairpersonId ? { chairpersonId: input.chairpersonId } : {}),
      status: 'draft',
      history: [],
      attendance: [],
    });
  }

  /** `seen`: the particulars as the person saw them (RecordRepository.update). */
  async updateParticulars(id: string, particulars: MeetingParticulars, seen?: Partial<Meeting>): Promise<Meeting> {
    const meeting = await this.getById(id);
    if (!PARTICULARS_OPEN.includes(meeting.status)) {
      throw new MeetingChangeError(`The particulars cannot change: the meeting is ${MEETING_STATUS_LABELS[meeting.status].toLowerCase()}.`);
    }
    return this.update(id, () => particulars, seen ? { seen } : {});
  }

  /**
   * Adds or replaces one line of the attendance register. Arrival and departure times are
   * checked against the clock and the sitting (`attendanceTimeProblem`): refused with the reason.
   */
  async saveAttendance(meetingId: string, entry: AttendanceEntry): Promise<Meeting> {
    const meeting = await this.getById(meetingId);
    this.assertRegisterOpen(meeting);
    await this.assertTimesPossible(meeting, entry);
    return this.update(meetingId, (current) => {
      const index = current.attendance.findIndex((e) => e.id === entry.id);
      const attendance = [...current.attendance];
      if (index >= 0) attendance[index] = entry;
      else attendance.push(entry);
      return { attendance };
    });
  }

  /**
   * Marks present, in one write (one audit entry), every member given who has no line yet:
   * "mark everyone else present". Members already recorded keep what they have. Returns how
   * many lines were added.
   */
  async markPresent(meetingId: string, memberIds: readonly string[]): Promise<number> {
    const meeting = await this.getById(meetingId);
    this.assertRegisterOpen(meeting);
    const already = new Set(meeting.attendance.map((e) => e.memberId));
    if (memberIds.every((id) => already.has(id))) return 0;
    let added = 0;
    await this.update(meetingId, (current) => {
      const recorded = new Set(current.attendance.map((e) => e.memberId).filter(Boolean));
      const fresh: AttendanceEntry[] = [];
      for (const memberId of new Set(memberIds)) {
        if (!recorded.has(memberId)) fresh.push({ id: memberEntryId(memberId), kind: 'member', memberId, status: 'present' });
      }
      added = fresh.length;
      return fresh.length > 0 ? { attendance: [...current.attendance, ...fresh] } : {};
    });
    return added;
  }

  private async assertTimesPossible(meeting: Meeting, entry: AttendanceEntry): Promise<void> {
    if (!entry.arrivedAt && !entry.departedAt) return;
    const [member, { timeZone }] = await Promise.all([
      entry.memberId ? this.deps.members.findById(entry.memberId) : Promise.resolve(null),
      this.deps.settings.getArea('municipality'),
    ]);
    const name = member ? [member.title, member.fullName].filter(Boolean).join(' ') : (entry.name ?? 'This person');
    const problem = attendanceTimeProblem(entry, { meeting, now: this.context.now(), name, timeZone });
    if (problem) throw new MeetingChangeError(problem);
  }

  async removeAttendance(meetingId: string, entryId: string): Promise<Meeting> {
    const meeting = await this.getById(meetingId);
    this.assertRegisterOpen(meeting);
    return this.update(meetingId, (current) => ({ attendance: current.attendance.filter((e) => e.id !== entryId) }));
  }

  private assertRegisterOpen(meeting: Meeting): void {
    if (REGISTER_OPEN.includes(meeting.status)) return;
    if (meeting.status === 'minutes_confirmed') throw new MeetingChangeError(minutesLockedMessage(meeting.status));
    throw new MeetingChangeError(
      `The attendance register opens once the notice is issued; the meeting is ${MEETING_STATUS_LABELS[meeting.status].toLowerCase()}.`,
    );
  }

  /**
   * Files about the meeting as a whole, chiefly the scanned signed minutes: added at any time,
   * including after the minutes are confirmed, because the signing comes last.
   */
  async addAttachment(meetingId: string, attachment: NonNullable<Meeting['attachments']>[number]): Promise<Meeting> {
    return this.update(meetingId, (current) => ({ attachments: [...(current.attachments ?? []).filter((a) => a.id !== attachment.id), attachment] }));
  }

  async removeAttachment(meetingId: string, attachmentId: string): Promise<Meeting> {
    return this.update(meetingId, (current) => ({ attachments: (current.attachments ?? []).filter((a) => a.id !== attachmentId) }));
  }

  /**
   * Confirmed minutes never change silently: a correction is recorded beside them with who,
   * when and why, and what it said before and after.
   */
  async recordCorrection(meetingId: string, correction: { reason: string; target?: string; before?: string; after?: string }): Promise<Meeting> {
    const meeting = await this.getById(meetingId);
    if (meeting.status !== 'minutes_confirmed') {
      throw new MeetingChangeError(
        canEditMinutes(meeting.status) ? 'These minutes are not yet confirmed: edit them directly.' : 'Corrections are recorded on confirmed minutes.',
      );
    }
    const entry = {
      at: this.context.now().toISOString(),
      by: this.context.actor(),
      reason: correction.reason.trim(),
      ...(correction.target?.trim() ? { target: correction.target.trim() } : {}),
      ...(correction.before ? { before: correction.before } : {}),
      ...(correction.after ? { after: correction.after } : {}),
    };
    return this.update(meetingId, (current) => ({ corrections: [...(current.corrections ?? []), entry] }));
  }
}
