/**
 * Agenda items and their minutes. Every write first asks the meeting's lifecycle what may change
 * now: the structure only while the agenda is a draft, late items with frozen-style numbers once
 * the notice is out, minutes from the session until they are confirmed, nothing after that.
 */
import type { MangoQuery } from 'rxdb';
import type { Observable } from 'rxjs';
import {
  childrenOf,
  freezeNumbers,
  insertionIndex,
  moveBy,
  moveTo,
  placeLateItem,
  positionAtEnd,
  type MoveDirection,
  type PositionChange,
} from '@shared/domain/agenda-numbering';
import { canAddLateItems, canEditItemParticulars, canEditMinutes, canRestructureAgenda, minutesLockedMessage } from '@shared/domain/meeting-lifecycle';
import { declarationRefusal, lateReasonProblem } from '@shared/domain/meeting-integrity';
import { actionOfficialProblem, actionsWithOfficialNames, officialName } from '@shared/domain/officials';
import type { AgendaItem, Meeting, Member } from '@shared/schemas';
import type { AgendaAction, RichText } from '@shared/schemas/agenda-item';
import { MEETING_STATUS_LABELS, type AgendaItemKind, type Decision } from '@shared/schemas/vocabulary';
import type { AgendaTemplate, AgendaTemplateItem } from '@shared/settings/meetings';
import { RecordValidationError, type FieldErrors } from '@shared/validation/record-validator';
import type { AuditLog } from '../../db/audit-log';
import type { QuorumDatabase } from '../../db/create-database';
import { RecordRepository } from '../../db/record-repository';
import type { WriteContext } from '../../db/write-context';
import type { BodyRepository } from '../bodies/bodies.repository';
import type { MemberRepository } from '../bodies/members.repository';
import type { MeetingRepository } from '../meetings/meetings.repository';

/** Minutes are saved as they are typed; the audit trail keeps one entry per burst of typing. */
export const MINUTES_AUDIT_WINDOW_MS = 10 * 60 * 1000;

/** Items with an action naming an official as typed, matched to no one (shared/schemas/migrations.ts, version 2). */
const WITH_UNLINKED_ACTION_OFFICIAL: MangoQuery<AgendaItem> = { selector: { 'actions.officialId': '' } as MangoQuery<AgendaItem>['selector'] };

export class AgendaChangeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AgendaChangeError';
  }
}

export interface AgendaItemParticulars {
  title: string;
  kind: AgendaItemKind;
  reportReference?: string;
  departmentId?: string;
  presenter?: string;
  inCommittee: boolean;
  /** Required for an item added after the notice was issued: why it is late. */
  lateReason?: string;
  notes?: string;
}

export type ItemPlacement = { at: 'end' } | { under: string } | { after: string };

/** A reference to a file kept in the attachment store. */
export type AttachmentReference = NonNullable<AgendaItem['attachments']>[number];

function checkAgendaItem(item: AgendaItem): FieldErrors {
  const errors: FieldErrors = {};
  const seen = new Set<string>();
  (item.declarations ?? []).forEach((declaration, index) => {
    if (seen.has(declaration.memberId)) errors[`declarations.${index}.memberId`] = 'This member has already declared an interest in the item.';
    seen.add(declaration.memberId);
  });
  return errors;
}

/** The records an agenda item's changes are checked against, each read through its own repository. */
export interface AgendaItemRepositoryDeps {
  /** The meeting whose lifecycle says what may change now. */
  meetings: Pick<MeetingRepository, 'getById'>;
  /** The body that meets: only its members declare an interest. */
  bodies: Pick<BodyRepository, 'findById'>;
  /** The members named in a declaration, and the officials named by actions arising. */
  members: Pick<MemberRepository, 'findByIds'>;
}

export class AgendaItemRepository extends RecordRepository<'agendaitems'> {
  /** The agenda moves under way on this page: each reads the agenda after the last has written. */
  private moves: Promise<unknown> = Promise.resolve();

  constructor(
    db: QuorumDatabase,
    context: WriteContext,
    audit: AuditLog,
    private readonly deps: AgendaItemRepositoryDeps,
  ) {
    super(db, 'agendaitems', context, audit, {
      describe: (item) => `agenda item "${item.title}"`,
      check: checkAgendaItem,
    });
  }

  watchForMeeting(meetingId: string): Observable<AgendaItem[]> {
    return this.watchMany({ selector: { meetingId }, sort: [{ meetingId: 'asc' }, { position: 'asc' }] });
  }

  async listForMeeting(meetingId: string): Promise<AgendaItem[]> {
    const docs = await this.collection.find({ selector: { meetingId }, sort: [{ meetingId: 'asc' }, { position: 'asc' }] }).exec();
    return docs.map((doc) => doc.toMutableJSON());
  }

  /** How many items name the department, as the reporting one or on an action ("is this department in use?"). */
  async countByDepartment(departmentId: string): Promise<number> {
    return this.countWhere({ $or: [{ departmentId }, { actions: { $elemMatch: { departmentId } } }] });
  }

  /** The items of a template, as a fresh draft agenda (used when a meeting is scheduled). */
  async addFromTemplate(meetingId: string, template: AgendaTemplate): Promise<void> {
    const add = async (entries: AgendaTemplateItem[], parentId: string) => {
      let position = 0;
      for (const entry of entries) {
        position += 1024;
        const item = await this.create({
          meetingId,
          parentId,
          position,
          title: entry.title,
          kind: entry.kind,
          inCommittee: entry.inCommittee ?? false,
          decision: 'none',
        });
        if (entry.children?.length) await add(entry.children, item.id);
      }
    };
    await add(template.items, '');
  }

  /**
   * Adds an item. In a draft agenda it goes where asked and the numbers follow; once the notice
   * is issued it gets a frozen number of its own (7.2A, or 12.1 under Urgent matters).
   */
  addItem(meetingId: string, particulars: AgendaItemParticulars, placement: ItemPlacement): Promise<AgendaItem> {
    return this.oneMoveAtATime(() => this.addItemNow(meetingId, particulars, placement));
  }

  /**
   * Runs agenda moves one after another: each works out positions from the agenda as it reads
   * it and writes them over what it read, so two quick clicks must not read the same agenda, or
   * the second would see the first's positions as a colleague's and keep both as competing.
   */
  private oneMoveAtATime<T>(move: () => Promise<T>): Promise<T> {
    const run = this.moves.then(move, move);
    this.moves = run.catch(() => undefined);
    return run;
  }

  private async addItemNow(meetingId: string, particulars: AgendaItemParticulars, placement: ItemPlacement): Promise<AgendaItem> {
    const meeting = await this.deps.meetings.getById(meetingId);
    const items = await this.listForMeeting(meetingId);
    const { lateReason, ...onTime } = particulars;
    const base = { meetingId, ...onTime, decision: 'none' as Decision };
    if (canRestructureAgenda(meeting.status)) {
      // A top-level item goes where asked, before the closing items (Closure stays last).
      if ('at' in placement || ('after' in placement && items.find((i) => i.id === placement.after)?.parentId === '')) {
        const place = insertionIndex(items, placement);
        if ('refused' in place) throw new AgendaChangeError(place.refused);
        const created = await this.create({ ...base, parentId: '', position: positionAtEnd(items, '') });
        await this.applyPositions(moveTo([...items, created], created.id, '', place.index), [...items, created]);
        return (await this.findById(created.id)) ?? created;
      }
      if ('after' in placement) {
        const anchor = items.find((i) => i.id === placement.after);
        if (!anchor) throw new AgendaChangeError('That item is no longer on the agenda.');
        const siblings = childrenOf(items, anchor.parentId);
        const created = await this.create({ ...base, parentId: anchor.parentId, position: positionAtEnd(items, anchor.parentId) });
        const all = [...items, created];
        await this.applyPositions(moveTo(all, created.id, anchor.parentId, siblings.findIndex((s) => s.id === anchor.id) + 1), all);
        return (await this.findById(created.id)) ?? created;
      }
      const parentId = 'under' in placement ? placement.under : '';
      if (parentId && !items.some((i) => i.id === parentId)) throw new AgendaChangeError('That item is no longer on the agenda.');
      if (parentId && items.find((i) => i.id === parentId)?.parentId) throw new AgendaChangeError('Items can be nested one level deep (7 and 7.1).');
      return this.create({ ...base, parentId, position: positionAtEnd(items, parentId) });
    }
    if (canAddLateItems(meeting.status)) {
      if ('at' in placement) {
        throw new AgendaChangeError('The notice has been issued and numbers are frozen: add a late item after an item or under Urgent matters.');
      }
      const problem = lateReasonProblem(lateReason);
      if (problem) throw new RecordValidationError('Agenda item', { lateReason: problem });
      const late = placeLateItem(items, placement);
      await this.applyPositions(late.respace, items);
      return this.create({ ...base, lateReason: (lateReason ?? '').trim(), parentId: late.parentId, position: late.position, frozenNumber: late.frozenNumber });
    }
    throw new AgendaChangeError(`Items cannot be added: the meeting is ${MEETING_STATUS_LABELS[meeting.status].toLowerCase()}.`);
  }

  /** `seen`: the particulars as the person saw them, so a colleague's change synced in meanwhile is kept beside theirs (RecordRepository.update). */
  async updateParticulars(id: string, particulars: Partial<AgendaItemParticulars>, seen?: Partial<AgendaItem>): Promise<AgendaItem> {
    const item = await this.getById(id);
    const meeting = await this.deps.meetings.getById(item.meetingId);
    if (!canEditItemParticulars(meeting.status)) throw new AgendaChangeError(minutesLockedMessage(meeting.status));
    return this.update(id, () => particulars, seen ? { seen } : {});
  }

  move(id: string, direction: MoveDirection): Promise<void> {
    return this.oneMoveAtATime(() => this.moveNow(id, direction));
  }

  private async moveNow(id: string, direction: MoveDirection): Promise<void> {
    const item = await this.getById(id);
    await this.assertDraft(item.meetingId);
    const items = await this.listForMeeting(item.meetingId);
    await this.applyPositions(moveBy(items, id, direction), items);
  }

  moveToPlace(id: string, parentId: string, index: number): Promise<void> {
    return this.oneMoveAtATime(() => this.moveToPlaceNow(id, parentId, index));
  }

  private async moveToPlaceNow(id: string, parentId: string, index: number): Promise<void> {
    const item = await this.getById(id);
    await this.assertDraft(item.meetingId);
    const items = await this.listForMeeting(item.meetingId);
    await this.applyPositions(moveTo(items, id, parentId, index), items);
  }

  /** Removes an item (and its sub-items) from a draft agenda. Once the notice is out, withdraw it instead. */
  async removeItem(id: string): Promise<void> {
    const item = await this.getById(id);
    await this.assertDraft(item.meetingId, 'The notice has been issued: instead of removing the item, record it as withdrawn.');
    const items = await this.listForMeeting(item.meetingId);
    for (const child of childrenOf(items, id)) await this.remove(child.id);
    await this.remove(id);
  }

  /** Writes each item's printed number when the notice is issued. */
  async freezeNumbers(meetingId: string): Promise<void> {
    const items = await this.listForMeeting(meetingId);
    const numbers = freezeNumbers(items);
    for (const item of items) {
      const frozenNumber = numbers.get(item.id);
      if (frozenNumber && item.frozenNumber !== frozenNumber) await this.update(item.id, () => ({ frozenNumber }));
    }
  }

  private async assertDraft(meetingId: string, message?: string): Promise<void> {
    const meeting = await this.deps.meetings.getById(meetingId);
    if (!canRestructureAgenda(meeting.status)) {
      throw new AgendaChangeError(message ?? 'The notice has been issued: item numbers are frozen and items cannot be moved.');
    }
  }

  /**
   * Writes the moves worked out from `shown` (the items as the person saw them): a position or a
   * parent a colleague changed meanwhile, synced in since, is kept beside the move as a competing
   * version, never written over (the torture run's CouchDB seed 4401: a settled position lost to
   * a renumbering computed from the list before the settlement arrived).
   */
  private async applyPositions(changes: PositionChange[], shown: readonly AgendaItem[]): Promise<void> {
    for (const change of changes) {
      const was = shown.find((item) => item.id === change.id);
      const seen = was ? { seen: { parentId: was.parentId, position: was.position } } : {};
      await this.update(change.id, () => ({ parentId: change.parentId, position: change.position }), seen);
    }
  }

  private async assertMinutesOpen(meetingId: string): Promise<Meeting> {
    const meeting = await this.deps.meetings.getById(meetingId);
    if (!canEditMinutes(meeting.status)) throw new AgendaChangeError(minutesLockedMessage(meeting.status));
    return meeting;
  }

  /**
   * Saves what was typed in the minutes of an item (called as the person types). `seen`: the
   * minutes the editor last showed, so a colleague's minutes synced in meanwhile are kept beside.
   */
  async saveMinutes(
    id: string,
    minutes: { discussion?: RichText; decision?: Decision; decisionNote?: string },
    seen?: Partial<AgendaItem>,
  ): Promise<AgendaItem> {
    const item = await this.getById(id);
    await this.assertMinutesOpen(item.meetingId);
    return this.update(id, () => minutes, { coalesceAuditMs: MINUTES_AUDIT_WINDOW_MS, ...(seen ? { seen } : {}) });
  }

  /**
   * Saves the item's declarations. `seen` holds the list the person's change was made to (as the
   * editor showed it): a declaration synced in meanwhile is merged in, never written over.
   */
  async saveDeclarations(
    id: string,
    declarations: NonNullable<AgendaItem['declarations']>,
    options: { seen?: Pick<AgendaItem, 'declarations'> } = {},
  ): Promise<AgendaItem> {
    const item = await this.getById(id);
    const meeting = await this.assertMinutesOpen(item.meetingId);
    const body = (await this.deps.bodies.findById(meeting.bodyId)) ?? { memberships: [] };
    // A declaration already on the item stays as it is; each new one is of a member who attended.
    const before = new Set((item.declarations ?? []).map((d) => d.memberId));
    const added = declarations.filter((d) => !before.has(d.memberId)).map((d) => d.memberId);
    if (added.length > 0) {
      const members = await this.deps.members.findByIds(added);
      for (const memberId of added) {
        const refusal = declarationRefusal(memberId, { meeting, body, members });
        if (refusal) throw new AgendaChangeError(refusal);
      }
    }
    return this.update(id, () => ({ declarations }), options.seen ? { seen: options.seen } : {});
  }

  /** Items with an action whose official was typed before officials were people and matched no one: live, and once. */
  watchWithUnlinkedActionOfficial(): Observable<AgendaItem[]> {
    return this.watchMany(WITH_UNLINKED_ACTION_OFFICIAL);
  }

  async listWithUnlinkedActionOfficial(): Promise<AgendaItem[]> {
    return (await this.collection.find(WITH_UNLINKED_ACTION_OFFICIAL).exec()).map((doc) => doc.toMutableJSON());
  }

  /**
   * Links the unlinked actions of an item whose typed official `names` (as a person matches a name
   * to an official in Members & committees) to `official`, who then names them by their one name.
   * A data correction, not a change of the minutes: allowed after they are confirmed.
   */
  async linkActionOfficials(id: string, names: (typed: string) => boolean, official: Pick<Member, 'id' | 'fullName'>): Promise<AgendaItem> {
    return this.update(id, (current) => ({
      actions: (current.actions ?? []).map((a) =>
        a.officialId === '' && names(a.official ?? '') ? { ...a, officialId: official.id, official: officialName(official) } : a,
      ),
    }));
  }

  /**
   * Saves the actions arising from an item; each responsible official is one of the officials
   * (shared/domain/officials.ts). `seen` holds the list the person's change was made to (as the
   * editor showed it): an action added or changed elsewhere meanwhile is merged in, never written over.
   */
  async saveActions(id: string, actions: AgendaAction[], options: { seen?: Pick<AgendaItem, 'actions'> } = {}): Promise<AgendaItem> {
    const item = await this.getById(id);
    await this.assertMinutesOpen(item.meetingId);
    const named = [...new Set(actions.map((a) => a.officialId ?? '').filter(Boolean))];
    const found = await this.deps.members.findByIds(named);
    const officials = new Map(named.map((officialId) => [officialId, found.get(officialId) ?? null]));
    const problem = actionOfficialProblem(actions, item.actions ?? [], officials);
    if (problem) throw new AgendaChangeError(problem);
    return this.update(id, () => ({ actions: actionsWithOfficialNames(actions, officials) }), {
      coalesceAuditMs: MINUTES_AUDIT_WINDOW_MS,
      ...(options.seen ? { seen: options.seen } : {}),
    });
  }

  /** Attaches a stored file (the report, an annexure) to the item, until its minutes are confirmed. */
  async addAttachment(id: string, attachment: AttachmentReference): Promise<AgendaItem> {
    const item = await this.getById(id);
    const meeting = await this.deps.meetings.getById(item.meetingId);
    if (!canEditItemParticulars(meeting.status)) throw new AgendaChangeError(minutesLockedMessage(meeting.status));
    return this.update(id, (current) => ({ attachments: [...(current.attachments ?? []).filter((a) => a.id !== attachment.id), attachment] }));
  }

  async removeAttachment(id: string, attachmentId: string): Promise<AgendaItem> {
    const item = await this.getById(id);
    const meeting = await this.deps.meetings.getById(item.meetingId);
    if (!canEditItemParticulars(meeting.status)) throw new AgendaChangeError(minutesLockedMessage(meeting.status));
    return this.update(id, (current) => ({ attachments: (current.attachments ?? []).filter((a) => a.id !== attachmentId) }));
  }
}
