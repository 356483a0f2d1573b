/**
 * Resolutions: proposed under an agenda item, worded and voted on in session (the vote checked
 * against the register and the quorum), numbered for ever when proposed, and then tracked in the
 * register until implemented or revoked.
 */
import type { MangoQuery } from 'rxdb';
import { combineLatest, map, type Observable } from 'rxjs';
import { membersPresentAt, quorumAt } from '@shared/domain/attendance';
import { canEditMinutes, minutesLockedMessage } from '@shared/domain/meeting-lifecycle';
import { checkMoverSeconder, motionMoment, type MotionContext } from '@shared/domain/meeting-integrity';
import { formatResolutionNumber, nextMeetingSequence } from '@shared/domain/resolution-numbers';
import { isBeingImplemented, isResolutionOverdue, UNFINISHED_STATUSES } from '@shared/domain/resolutions';
import { officialName, responsibleOfficerProblem } from '@shared/domain/officials';
import { instantToDate } from '@shared/domain/time';
import { checkVote, voteOutcome, type VoteContext } from '@shared/domain/votes';
import { agendaNumbers } from '@shared/domain/agenda-numbering';
import type { Meeting, Resolution } from '@shared/schemas';
import type { ImplementationStatus } from '@shared/schemas/vocabulary';
import { RecordValidationError, type FieldErrors } from '@shared/validation/record-validator';
import type { AuditLog } from '../../db/audit-log';
import type { QuorumDatabase } from '../../db/create-database';
import { RecordRepository } from '../../db/record-repository';
import type { WriteContext } from '../../db/write-context';
import type { AgendaItemRepository } from '../agenda/agenda.repository';
import type { BodyRepository } from '../bodies/bodies.repository';
import type { MemberRepository } from '../bodies/members.repository';
import type { MeetingRepository } from '../meetings/meetings.repository';
import type { SettingsRepository } from '../settings/settings.repository';
import { errorMessage } from '@shared/error-message';

export type VoteInput = Pick<Resolution, 'voteKind' | 'votesFor' | 'votesAgainst' | 'abstentions' | 'namedVotes' | 'castingVote' | 'requiresMajorityOfAll'> & {
  votedAt: string;
};

export class ResolutionChangeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ResolutionChangeError';
  }
}

const WORDING_AUDIT_WINDOW_MS = 10 * 60 * 1000;

const WITH_OFFICIAL_NAME: MangoQuery<Resolution> = { selector: { responsibleOfficial: { $gt: '' } } };

/** The other records a resolution is made in and checked against, each read through its own repository. */
export interface ResolutionRepositoryDeps {
  settings: Pick<SettingsRepository, 'getArea'>;
  /** The meeting a motion is proposed in (numbered in its year at its first motion, if it had no number). */
  meetings: Pick<MeetingRepository, 'getById' | 'listAll' | 'update'>;
  /** The body that meets: its code numbers the resolution, its members are the register. */
  bodies: Pick<BodyRepository, 'getById'>;
  /** The item a motion is proposed under, its number and its declared interests. */
  agenda: Pick<AgendaItemRepository, 'getById' | 'findById' | 'listForMeeting'>;
  /** The members who move, second and vote, and the official responsible for implementing. */
  members: Pick<MemberRepository, 'findById' | 'findByIds'>;
}

/** What the dashboard shows of resolutions. */
export interface ImplementationFigures {
  beingImplemented: number;
  overdue: number;
}

export class ResolutionRepository extends RecordRepository<'resolutions'> {
  constructor(
    db: QuorumDatabase,
    context: WriteContext,
    audit: AuditLog,
    private readonly deps: ResolutionRepositoryDeps,
  ) {
    super(db, 'resolutions', context, audit, {
      describe: (r) => `resolution ${r.number || r.title}`,
      check: (r): FieldErrors => (r.revokedById && r.revokedById === r.id ? { revokedById: 'A resolution cannot revoke itself.' } : {}),
    });
  }

  /** The register, newest first. */
  watchAll(): Observable<Resolution[]> {
    return this.watchMany({ sort: [{ adoptedOn: 'desc' }] });
  }

  /**
   * The dashboard's resolution figures: carried resolutions being implemented, and those overdue.
   * Only unfinished resolutions are read, one status at a time, each answered by the status index
   * alone and so read in one request (the index does not answer an `$in` alone, and RxDB then
   * reads it record by record); they are counted on the stored records without copying them out.
   */
  watchImplementationFigures(today: string): Observable<ImplementationFigures> {
    const byStatus = UNFINISHED_STATUSES.map(
      (status) => this.collection.find({ selector: { status: { $eq: status } }, sort: [{ status: 'asc' }, { id: 'asc' }] }).$,
    );
    return combineLatest(byStatus).pipe(
      map((lists) => {
        const figures: ImplementationFigures = { beingImplemented: 0, overdue: 0 };
        for (const list of lists) {
          for (const doc of list) {
            if (isBeingImplemented(doc._data)) figures.beingImplemented += 1;
            if (isResolutionOverdue(doc._data, today)) figures.overdue += 1;
          }
        }
        return figures;
      }),
    );
  }

  /** Resolutions whose responsible official is given by name (typed before officials were people, or linked): live, and once. */
  watchWithOfficialName(): Observable<Resolution[]> {
    return this.watchMany(WITH_OFFICIAL_NAME);
  }

  async listWithOfficialName(): Promise<Resolution[]> {
    return (await this.collection.find(WITH_OFFICIAL_NAME).exec()).map((doc) => doc.toMutableJSON());
  }

  /** How many resolutions name the department ("is this department in use?"). */
  async countByDepartment(departmentId: string): Promise<number> {
    return this.countWhere({ departmentId });
  }

  watchForMeeting(meetingId: string): Observable<Resolution[]> {
    return this.watchMany({ selector: { meetingId }, sort: [{ meetingId: 'asc' }] });
  }

  private async openMeeting(meetingId: string): Promise<Meeting> {
    const meeting = await this.deps.meetings.getById(meetingId);
    if (!canEditMinutes(meeting.status)) throw new ResolutionChangeError(minutesLockedMessage(meeting.status));
    return meeting;
  }

  /**
   * Proposes a motion under an agenda item and gives it its number at once: the meeting's block
   * of numbers and the next place in it (see shared/domain/resolution-numbers.ts).
   */
  async propose(agendaItemId: string, title?: string): Promise<Resolution> {
    const item = await this.deps.agenda.getById(agendaItemId);
    let meeting = await this.openMeeting(item.meetingId);
    const body = await this.deps.bodies.getById(meeting.bodyId);
    const { timeZone } = await this.deps.settings.getArea('municipality');
    if (!meeting.sequence) {
      const all = await this.deps.meetings.listAll();
      const sequence = nextMeetingSequence(all, meeting.bodyId, instantToDate(meeting.startsAt, timeZone), timeZone);
      meeting = await this.deps.meetings.update(meeting.id, () => ({ sequence }));
    }
    const inMeeting = (await this.collection.find({ selector: { meetingId: meeting.id } }).exec()).map((d) => d.toMutableJSON());
    const ordinal = Math.max(0, ...inMeeting.map((r) => r.ordinal ?? 0)) + 1;
    const items = await this.deps.agenda.listForMeeting(meeting.id);
    const numbering = await this.deps.settings.getArea('resolutionNumbering');
    const date = instantToDate(meeting.startsAt, timeZone);
    let number: string;
    try {
      number = formatResolutionNumber(numbering.format, {
        bodyCode: body.code,
        meetingSequence: meeting.sequence ?? 1,
        ordinal,
        itemNumber: agendaNumbers(items).get(item.id) ?? '',
        date,
        financialYearStartMonth: numbering.financialYearStartMonth,
        blockSize: numbering.blockSize,
      });
    } catch (error) {
      throw new ResolutionChangeError(errorMessage(error));
    }
    const inItem = inMeeting.filter((r) => r.agendaItemId === item.id);
    return this.create({
      number,
      ordinal,
      position: Math.max(0, ...inItem.map((r) => r.position ?? 0)) + 1,
      meetingId: meeting.id,
      agendaItemId: item.id,
      bodyId: meeting.bodyId,
      adoptedOn: date,
      title: (title ?? item.title).slice(0, 500),
      text: '',
      voteKind: 'none',
      outcome: 'pending',
      status: 'not_started',
      progress: [],
      inCommittee: item.inCommittee,
      ...(item.departmentId ? { departmentId: item.departmentId } : {}),
    });
  }

  /** Saves the wording as it is typed: title, text, mover and seconder. `seen`: what the editor last showed (RecordRepository.update). */
  async saveWording(
    id: string,
    wording: Partial<Pick<Resolution, 'title' | 'text' | 'moverId' | 'seconderId'>>,
    seen?: Partial<Resolution>,
  ): Promise<Resolution> {
    const resolution = await this.getById(id);
    const meeting = await this.openMeeting(resolution.meetingId);
    if ('moverId' in wording || 'seconderId' in wording) {
      const people = { moverId: wording.moverId, seconderId: wording.seconderId };
      if (!('moverId' in wording)) people.moverId = resolution.moverId;
      if (!('seconderId' in wording)) people.seconderId = resolution.seconderId;
      const at = motionMoment(meeting, resolution, this.context.now());
      const ctx = await this.motionContext(meeting, resolution, at);
      // Only the person being changed is checked against the register, so an earlier record can still be corrected.
      const errors = checkMoverSeconder(people, ctx);
      if ('moverId' in wording && errors.moverId) throw new RecordValidationError('Resolution', { moverId: errors.moverId });
      if (errors.seconderId && ('seconderId' in wording || people.seconderId === people.moverId)) {
        throw new RecordValidationError('Resolution', { seconderId: errors.seconderId });
      }
    }
    return this.update(id, () => wording, { coalesceAuditMs: WORDING_AUDIT_WINDOW_MS, ...(seen ? { seen } : {}) });
  }

  /** What the mover and seconder are checked against: the register, the body, declared interests, at `at`. */
  async motionContext(meeting: Meeting, resolution: Pick<Resolution, 'agendaItemId'>, at: string): Promise<MotionContext> {
    const body = await this.deps.bodies.getById(meeting.bodyId);
    const item = resolution.agendaItemId ? await this.deps.agenda.findById(resolution.agendaItemId) : null;
    const members = await this.deps.members.findByIds(body.memberships.map((m) => m.memberId));
    const { timeZone } = await this.deps.settings.getArea('municipality');
    return { meeting, body, members, at, declaredIds: (item?.declarations ?? []).map((d) => d.memberId), timeZone };
  }

  /** Who could vote at `votedAt`: members present, less those who declared an interest in the item. */
  async voteContext(resolution: Pick<Resolution, 'meetingId' | 'agendaItemId'>, votedAt: string): Promise<VoteContext> {
    const meeting = await this.deps.meetings.getById(resolution.meetingId);
    const body = await this.deps.bodies.getById(meeting.bodyId);
    const item = resolution.agendaItemId ? await this.deps.agenda.findById(resolution.agendaItemId) : null;
    const declaredIds = (item?.declarations ?? []).map((d) => d.memberId);
    const present = membersPresentAt(meeting, body, votedAt);
    const quorum = quorumAt(meeting, body, votedAt);
    return {
      membersTotal: body.memberships.length,
      eligibleVoterIds: present.filter((id) => !declaredIds.includes(id)),
      hasQuorum: quorum.hasQuorum,
      quorumRequired: quorum.required,
      presentCount: quorum.present,
      declaredIds,
    };
  }

  /**
   * Records the vote. Refused (nothing written) without a quorum, with more votes than members
   * present and eligible, with a named vote by someone absent or conflicted, or a tie without
   * the casting vote. The outcome follows from the vote.
   */
  async recordVote(id: string, vote: VoteInput): Promise<Resolution> {
    const resolution = await this.getById(id);
    const meeting = await this.openMeeting(resolution.meetingId);
    const ctx = await this.voteContext(resolution, vote.votedAt);
    const merged = { ...resolution, ...vote };
    const errors = { ...checkMoverSeconder(resolution, await this.motionContext(meeting, resolution, vote.votedAt)), ...checkVote(merged, ctx) };
    if (Object.keys(errors).length > 0) throw new RecordValidationError('Resolution', errors);
    const counted = vote.voteKind === 'counted';
    return this.update(id, () => ({
      voteKind: vote.voteKind,
      votedAt: vote.votedAt,
      votesFor: counted ? (vote.votesFor ?? 0) : undefined,
      votesAgainst: counted ? (vote.votesAgainst ?? 0) : undefined,
      abstentions: counted ? (vote.abstentions ?? 0) : undefined,
      namedVotes: vote.voteKind === 'named' ? vote.namedVotes : undefined,
      castingVote: vote.castingVote ?? 'none',
      requiresMajorityOfAll: vote.requiresMajorityOfAll ?? false,
      outcome: voteOutcome(merged, ctx),
    }));
  }

  async withdraw(id: string): Promise<Resolution> {
    const resolution = await this.getById(id);
    await this.openMeeting(resolution.meetingId);
    return this.update(id, () => ({ outcome: 'withdrawn' }));
  }

  /** Removes a motion proposed by mistake, before any vote. Its number is not reused. */
  async discard(id: string): Promise<void> {
    const resolution = await this.getById(id);
    await this.openMeeting(resolution.meetingId);
    if (resolution.voteKind !== 'none')
      throw new ResolutionChangeError('A motion that was voted on stays in the minutes: withdraw it or record the vote as it was.');
    await this.remove(id);
  }

  /**
   * Who implements the resolution and by when (kept up to date in the register at any time). The
   * responsible official is one of the officials: the resolution keeps their id and their name.
   * With no official chosen, a name typed before officials were people (unmatched) stays as text.
   * A newly chosen official must be active; the one already responsible may stay after leaving.
   */
  async setResponsibility(id: string, responsibility: Pick<Resolution, 'departmentId' | 'responsibleOfficialId' | 'dueDate'>): Promise<Resolution> {
    const officialId = responsibility.responsibleOfficialId ?? '';
    const official = officialId ? await this.deps.members.findById(officialId) : null;
    const problem = officialId ? responsibleOfficerProblem(officialId, official, (await this.getById(id)).responsibleOfficialId) : null;
    if (problem) throw new RecordValidationError('Resolution', { responsibleOfficialId: problem });
    return this.update(id, (current) => ({
      departmentId: responsibility.departmentId,
      dueDate: responsibility.dueDate,
      responsibleOfficialId: official ? official.id : undefined,
      responsibleOfficial: official ? officialName(official) : current.responsibleOfficialId ? undefined : current.responsibleOfficial,
    }));
  }

  /** A dated progress note, which may move the implementation status on. */
  async addProgress(id: string, note: string, status: Exclude<ImplementationStatus, 'revoked' | 'overdue'>): Promise<Resolution> {
    const resolution = await this.getById(id);
    if (resolution.status === 'revoked') throw new ResolutionChangeError('This resolution was revoked: it is no longer implemented.');
    if (resolution.outcome !== 'carried') throw new ResolutionChangeError('Only a carried resolution is implemented.');
    const entry = { at: this.context.now().toISOString(), by: this.context.actor(), note: note.trim(), status };
    return this.update(id, (current) => ({ status, progress: [...current.progress, entry] }));
  }

  /** Marks `id` as revoked by the later resolution `byId`; each points at the other. */
  async revoke(id: string, byId: string): Promise<void> {
    if (id === byId) throw new ResolutionChangeError('A resolution cannot revoke itself.');
    const revoked = await this.getById(id);
    const revoking = await this.getById(byId);
    if (revoking.adoptedOn < revoked.adoptedOn) throw new ResolutionChangeError('A resolution is revoked by a later one.');
    if (revoked.status === 'revoked') throw new ResolutionChangeError(`Resolution ${revoked.number} is already revoked.`);
    const note = {
      at: this.context.now().toISOString(),
      by: this.context.actor(),
      note: `Revoked by resolution ${revoking.number}.`,
      status: 'revoked' as const,
    };
    await this.update(id, (current) => ({ status: 'revoked', revokedById: byId, progress: [...current.progress, note] }));
    await this.update(byId, () => ({ revokesId: id }));
  }
}
