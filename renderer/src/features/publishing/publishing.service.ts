/**
 * Publishing from the app (issue 19): the secretary publishes a meeting's public agenda (once
 * the notice is issued), its public minutes (once confirmed) and a body's public resolution
 * register, withdraws them, or publishes a correction. Each act is checked here, where it is
 * taken (the account's role, the meeting's state, the rules of shared/publishing/rules.ts),
 * snapshotted from the records with the public Word document attached, queued on the laptop
 * (./publication-outbox) and recorded in the audit trail; then sent to `<prefix>public` by plain
 * HTTP whenever the laptop is online. A refusal by the server stays queued with its reason.
 */
import { firstValueFrom, type Observable, type Subscription } from 'rxjs';
import { agendaNumbers, inAgendaOrder } from '@shared/domain/agenda-numbering';
import { today } from '@shared/domain/time';
import { bytesToBase64, decodeImageDataUrl } from '@shared/documents/binary';
import { inCommitteeItemIds } from '@shared/documents/confidentiality';
import type { DocumentOptions, NumberedAgendaItem } from '@shared/documents/inputs';
import { publicationId, publicationKey, type PublicAttachment, type Publication, type PublicationKind } from '@shared/publishing/publication';
import { pushAct, pushSite, readPublication, refusalReason } from '@shared/publishing/push';
import {
  PublishRuleError,
  actAvailability,
  actSummary,
  applyAct,
  checkActText,
  meetingStateRefusal,
  publishRefusal,
  type ActAvailability,
  type PublicationAct,
} from '@shared/publishing/rules';
import { publicMeetingReference } from '@shared/publishing/reference';
import type { Body, Meeting } from '@shared/schemas';
import { WriteRefusedError } from '../../db/access-guard';
import type { Repositories } from '../../db/repositories';
import { buildWithLetterhead } from '../documents/letterhead';
import { PublicationOutbox, type KeyValueStorage, type PublishingState, type QueuedAct } from './publication-outbox';

const WORD_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Which publication: a meeting's agenda or minutes, or a body's register. */
export type PublishTarget = { kind: 'agenda' | 'minutes'; meetingId: string } | { kind: 'register'; bodyId: string };

export interface PublicationView {
  id: string;
  kind: PublicationKind;
  /** As the server last showed it (null: never published, as far as this laptop knows). */
  published: Publication | null;
  /** Acts taken here and not yet on the server, oldest first. */
  waiting: QueuedAct[];
  /** The publication once the waiting acts reach the server (null: none). */
  expected: Publication | null;
  /** For each act, why it cannot be taken now (null: it can). */
  availability: ActAvailability;
}

export class PublishingService {
  readonly outbox: PublicationOutbox;
  private flushing: Promise<void> | null = null;
  private flushAgain = false;
  private statusWatch: Subscription | null = null;

  constructor(
    private readonly repos: Repositories,
    storage: KeyValueStorage,
    storageKey: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.outbox = new PublicationOutbox(storage, storageKey);
  }

  /** Sends the outbox whenever sync reaches the server; call once. */
  start(): void {
    if (this.statusWatch) return;
    this.statusWatch = this.repos.sync.watchStatus().subscribe((status) => {
      if (status.phase === 'up-to-date' && this.outbox.state.queue.some((q) => !q.problem)) void this.flush();
    });
  }

  stop(): void {
    this.statusWatch?.unsubscribe();
    this.statusWatch = null;
  }

  watch(): Observable<PublishingState> {
    return this.outbox.watch();
  }

  // ------------------------------------------------------------------ what can be done

  private async meetingAndBody(meetingId: string): Promise<{ meeting: Meeting; body: Body }> {
    const meeting = await this.repos.meetings.findById(meetingId);
    if (!meeting) throw new PublishRuleError('This meeting no longer exists on this laptop.');
    const body = await this.repos.bodies.findById(meeting.bodyId);
    if (!body) throw new PublishRuleError('The body of this meeting is no longer in the records.');
    return { meeting, body };
  }

  private async timeZone(): Promise<string> {
    return (await this.repos.settings.getArea('municipality')).timeZone;
  }

  /** The publication's id: from the meeting reference, or the body's code. */
  async idOf(target: PublishTarget): Promise<string> {
    if (target.kind === 'register') {
      const body = await this.repos.bodies.findById(target.bodyId);
      if (!body) throw new PublishRuleError('That body is no longer in the records.');
      return publicationId('register', publicationKey(body.code));
    }
    const { meeting, body } = await this.meetingAndBody(target.meetingId);
    return publicationId(target.kind, publicationKey(publicMeetingReference(meeting, body, await this.timeZone())));
  }

  /** The publication with the acts still waiting applied, as it will be on the server. */
  expected(id: string, state: PublishingState = this.outbox.state): Publication | null {
    let current: Publication | null = state.known[id] ?? null;
    for (const queued of state.queue) {
      if (queued.act.id !== id || queued.problem) continue;
      try {
        current = applyAct(current, queued.act);
      } catch {
        // An act that no longer applies is refused when sent; the view shows what stands.
      }
    }
    return current;
  }

  view(id: string, kind: PublicationKind, blocked: string | null, state: PublishingState = this.outbox.state): PublicationView {
    const expected = this.expected(id, state);
    const refusal = publishRefusal(this.repos.access.account);
    const waiting = state.queue.some((q) => q.act.id === id && !q.problem);
    const available = actAvailability(expected, blocked, waiting);
    return {
      id,
      kind,
      published: state.known[id] ?? null,
      waiting: state.queue.filter((q) => q.act.id === id),
      expected,
      availability: refusal ? { publish: refusal, withdraw: refusal, correct: refusal } : available,
    };
  }

  /** Why the meeting's state does not allow publishing (null when it does). */
  stateRefusal(kind: 'agenda' | 'minutes', meeting: Meeting): string | null {
    return meetingStateRefusal(kind, meeting);
  }

  // ------------------------------------------------------------------ the acts

  private assertMayPublish(): void {
    const refusal = publishRefusal(this.repos.access.account);
    if (refusal) throw new WriteRefusedError(refusal);
  }

  private async numberedItems(meetingId: string): Promise<NumberedAgendaItem[]> {
    const items = await this.repos.agenda.listForMeeting(meetingId);
    const numbers = agendaNumbers(items);
    return inAgendaOrder(items).map(({ item }) => ({ item, number: numbers.get(item.id) ?? '' }));
  }

  /** The snapshot and the public Word document of the target, as the records stand now. */
  private async snapshot(
    target: PublishTarget,
    id: string,
    by: string,
  ): Promise<{
    notice?: string;
    content: Extract<PublicationAct, { act: 'publish' }>['content'];
    attachments: Record<string, PublicAttachment>;
    recordType: 'meetings' | 'bodies';
    recordId: string;
  }> {
    const b = await import('./publish-builders');
    const [municipality, departments, members] = await Promise.all([
      this.repos.settings.getArea('municipality'),
      this.repos.settings.getArea('departments'),
      firstValueFrom(this.repos.members.watchAll()),
    ]);
    if (!municipality.name.trim()) throw new PublishRuleError('Enter the municipality’s name in Settings first: every published document carries it.');
    const timeZone = municipality.timeZone;
    const generatedAt = this.now();
    const file = (bytes: Uint8Array) => ({ [`${id.replace(':', '-')}.docx`]: { content_type: WORD_TYPE, data: bytesToBase64(bytes) } });
    // The public Word document carries the municipality's letterhead, as its exports do.
    const word = (build: (options: DocumentOptions) => Promise<Uint8Array>) =>
      buildWithLetterhead(this.repos.settings, by.trim() ? { author: by.trim() } : {}, build);
    if (target.kind === 'register') {
      const body = await this.repos.bodies.findById(target.bodyId);
      if (!body) throw new PublishRuleError('That body is no longer in the records.');
      const [resolutions, meetings] = await Promise.all([firstValueFrom(this.repos.resolutions.watchAll()), firstValueFrom(this.repos.meetings.watchAll())]);
      const ofBody = resolutions.filter((r) => r.bodyId === body.id);
      const meetingIds = [...new Set(ofBody.map((r) => r.meetingId))];
      const items = (await Promise.all(meetingIds.map((mid) => this.repos.agenda.listForMeeting(mid)))).flat();
      const content = b.registerSnapshot({ body, resolutions: ofBody, meetings, items, members, timeZone, asAt: today(timeZone, generatedAt) });
      const confidential = new Set(inCommitteeItemIds(items));
      const published = new Set(content.resolutions.map((r) => r.number));
      // The Word register lists exactly the resolutions published, nothing confidential.
      const rows = ofBody
        .filter((r) => published.has(r.number.trim()) && !(r.inCommittee || (r.agendaItemId && confidential.has(r.agendaItemId))))
        .sort((x, y) => x.adoptedOn.localeCompare(y.adoptedOn) || x.number.localeCompare(y.number, 'en', { numeric: true }));
      const { bytes, notice } = await word((options) =>
        b.buildResolutionRegisterDocument(
          {
            municipality,
            generatedAt,
            resolutions: rows,
            bodies: [body],
            departments: departments.items,
            filters: [{ label: 'Body', value: body.name }],
            audience: 'public',
            inCommitteeItemIds: [...confidential],
          },
          options,
        ),
      );
      return { content, attachments: file(bytes), recordType: 'bodies', recordId: body.id, ...(notice ? { notice } : {}) };
    }
    const { meeting, body } = await this.meetingAndBody(target.meetingId);
    const blocked = meetingStateRefusal(target.kind, meeting);
    if (blocked) throw new PublishRuleError(blocked);
    const items = await this.numberedItems(meeting.id);
    const common = { body, meeting, items, members, departments: departments.items };
    if (target.kind === 'agenda') {
      const content = b.agendaSnapshot({ ...common, timeZone });
      const { bytes, notice } = await word((options) => b.buildAgendaDocument({ ...common, municipality, generatedAt, audience: 'public' }, options));
      return { content, attachments: file(bytes), recordType: 'meetings', recordId: meeting.id, ...(notice ? { notice } : {}) };
    }
    const resolutions = await firstValueFrom(this.repos.resolutions.watchForMeeting(meeting.id));
    const confirmingMeeting = meeting.confirmedByMeetingId ? await this.repos.meetings.findById(meeting.confirmedByMeetingId) : null;
    const confirmingBody = confirmingMeeting ? await this.repos.bodies.findById(confirmingMeeting.bodyId) : null;
    const content = b.minutesSnapshot({ ...common, timeZone, resolutions, confirmingMeeting, confirmingBody });
    const { bytes, notice } = await word((options) =>
      b.buildMinutesDocument({ ...common, municipality, generatedAt, resolutions, audience: 'public', confirmingMeeting, confirmingBody }, options),
    );
    return { content, attachments: file(bytes), recordType: 'meetings', recordId: meeting.id, ...(notice ? { notice } : {}) };
  }

  private async take(act: PublicationAct, recordType: 'meetings' | 'bodies', recordId: string): Promise<void> {
    checkActText(act);
    // The act must apply to the publication as this laptop expects it; the server checks again.
    const after = applyAct(this.expected(act.id), act);
    this.outbox.add(act, act.at);
    await this.repos.audit.record({ action: 'update', recordType, recordId, summary: actSummary(act, after), fields: [`publication:${act.kind}`] });
    void this.flush();
  }

  /**
   * Publishes the target (version 1) or, with a note, a correction of it (the next version).
   * Resolves to a notice when the Word document could not use the stored letterhead template.
   */
  async publish(target: PublishTarget, by: string, correctionNote?: string): Promise<{ notice?: string }> {
    this.assertMayPublish();
    const id = await this.idOf(target);
    const { content, attachments, recordType, recordId, notice } = await this.snapshot(target, id, by);
    const at = this.now().toISOString();
    const act: PublicationAct =
      correctionNote === undefined
        ? { act: 'publish', id, kind: target.kind, at, by, content, attachments }
        : { act: 'correct', id, kind: target.kind, at, by, content, attachments, note: correctionNote };
    await this.take(act, recordType, recordId);
    return notice ? { notice } : {};
  }

  async withdraw(target: PublishTarget, by: string, reason: string): Promise<void> {
    this.assertMayPublish();
    const id = await this.idOf(target);
    const recordType = target.kind === 'register' ? 'bodies' : 'meetings';
    const recordId = target.kind === 'register' ? target.bodyId : target.meetingId;
    await this.take({ act: 'withdraw', id, kind: target.kind, at: this.now().toISOString(), by, reason }, recordType, recordId);
  }

  /** Gives up on a refused act: it leaves the outbox (the audit trail keeps that it was taken). */
  discard(queued: QueuedAct): void {
    this.outbox.discard(queued.act);
  }

  /** Sends a refused act again, once its cause was mended (a role granted, the server set up). */
  async retry(queued: QueuedAct): Promise<void> {
    this.outbox.retry(queued.act);
    await this.flush();
  }

  // ------------------------------------------------------------------ the server

  /** Sends the waiting acts in order; stops at the first refusal of each publication, or when offline. */
  flush(): Promise<void> {
    if (this.flushing) {
      // An act taken while a send runs goes out right after it.
      this.flushAgain = true;
      return this.flushing;
    }
    this.flushing = (async () => {
      do {
        this.flushAgain = false;
        await this.send();
      } while (this.flushAgain);
    })().finally(() => {
      this.flushing = null;
    });
    return this.flushing;
  }

  private async send(): Promise<void> {
    const access = await this.repos.sync.serverAccess();
    if (!access) return;
    const refusedIds = new Set<string>();
    let siteWritten = false;
    for (const queued of [...this.outbox.state.queue]) {
      if (queued.problem || refusedIds.has(queued.act.id)) {
        refusedIds.add(queued.act.id);
        continue;
      }
      try {
        if (!siteWritten && queued.act.act !== 'withdraw') {
          await this.pushSite(access.client, access.prefix);
          siteWritten = true;
        }
        const stored = await pushAct(access.client, access.prefix, queued.act);
        this.outbox.delivered(queued.act, stored);
      } catch (error) {
        const reason = refusalReason(error);
        if (!reason) return; // Offline or the server is down: everything waits for the next time.
        this.outbox.refused(queued.act, reason);
        refusedIds.add(queued.act.id);
      }
    }
  }

  private async pushSite(client: Parameters<typeof pushSite>[0], prefix: string): Promise<void> {
    const municipality = await this.repos.settings.getArea('municipality');
    const logo = decodeImageDataUrl(municipality.logoDataUrl);
    await pushSite(
      client,
      prefix,
      {
        municipality: municipality.name.trim(),
        address: (municipality.address ?? '')
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean),
        contact: [municipality.phone, municipality.email, municipality.website].map((line) => (line ?? '').trim()).filter(Boolean),
        ...(logo ? { _attachments: { logo: { content_type: logo.type === 'png' ? 'image/png' : 'image/jpeg', data: bytesToBase64(logo.bytes) } } } : {}),
      },
      this.now(),
    );
  }

  /** Reads the publications from the server (when online), so the page shows what residents see. */
  async refresh(ids: readonly string[]): Promise<void> {
    const access = await this.repos.sync.serverAccess();
    if (!access) return;
    for (const id of ids) {
      try {
        this.outbox.remember(id, await readPublication(access.client, access.prefix, id));
      } catch {
        return;
      }
    }
  }
}
