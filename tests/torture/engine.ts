/**
 * The sync torture run: laptops (the app's real database, repositories and sync engine, one open
 * at a time in this process) do what secretaries and officers do, in an order a seed chooses,
 * while the network comes and goes, lids close mid-write, the server is SIGKILLed mid-push and
 * restored from an older copy of its data folder. At the end of every round everything goes
 * online and idle, and the invariants (invariants.ts) are checked against what people saved
 * (model.ts). See docs/sync-torture.md.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { firstValueFrom } from 'rxjs';
import { CouchClient, CouchRequestError } from '../../shared/couch/http';
import { databaseName } from '../../shared/couch/names';
import type { AgendaItem, Meeting, Resolution } from '../../shared/schemas';
import type { CollectionName } from '../../shared/schemas/vocabulary';
import { COLLECTION_NAMES } from '../../shared/schemas/vocabulary';
import { ConflictChangedError, conflictFieldsOf, versionValue } from '../../shared/sync/conflict-settlement';
import type { JsonObject } from '../../shared/sync/record-state';
import { adminClient, createAccount, prepareTestServer, serverDocs } from '../integration/support/couch';
import { syncDiagnosis } from '../integration/support/laptop';
import type { TestSyncServer } from '../integration/support/sync-server';
import { checkInvariants, type Snapshot, type Violation } from './invariants';
import { laptopHome, officeClock, openTortureLaptop, type LaptopHome, type OfficeClock, type TortureLaptop } from './laptop';
import { canonical, SavedModel } from './model';
import { FIXTURE_ITEMS_PER_MEETING, mulberry32, type Op, type WriteOp } from './ops';

export interface RunStats {
  ops: number;
  /** Operations that wrote what a person meant to write. */
  writes: number;
  /** Operations the app refused (a rule, a record not on that laptop yet): nothing saved. */
  refused: number;
  faults: { kill: number; drop: number; restore: number; backup: number; offline: number; clock: number };
  checks: number;
  invariantsChecked: number;
}

export interface ReplayResult {
  violations: Violation[];
  /** Index of the operation (a check) that found them. */
  failedAt: number | null;
  stats: RunStats;
}

export interface RunContext {
  server: TestSyncServer;
  laptops: number;
  log?: (line: string) => void;
}

const ACCOUNT = (n: number) => ({ username: `torture${n}`, password: `torture-pass-${n}` });

let runCounter = 0;
const accountsMade = new WeakSet<TestSyncServer>();

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Errors the app gives a person for something it does not allow: nothing was written. */
function isRefusal(error: unknown): boolean {
  const name = error instanceof Error ? error.name : '';
  return /ValidationError|ChangeError|ChangedMeanwhile|NotFoundError|LifecycleError|ConflictNotFound|Refused|TooLarge/.test(name);
}

function strip(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !key.startsWith('_')));
}

export function emptyStats(): RunStats {
  return { ops: 0, writes: 0, refused: 0, faults: { kill: 0, drop: 0, restore: 0, backup: 0, offline: 0, clock: 0 }, checks: 0, invariantsChecked: 0 };
}

/**
 * Runs `ops` from empty: a fresh set of databases on the server (a new prefix) and fresh
 * laptops, the fixture (a council with one meeting in session per laptop) and then the ops.
 * Stops at the first check that finds a violation. A final check always runs.
 */
export async function replay(ops: readonly Op[], context: RunContext): Promise<ReplayResult> {
  const run = new TortureRun(context);
  try {
    await run.setUp();
    for (let index = 0; index < ops.length; index++) {
      const op = ops[index];
      if (!op) continue;
      const violations = await run.apply(op, index);
      if (violations.length) return { violations, failedAt: index, stats: run.stats };
    }
    const last = ops.at(-1);
    if (last?.kind !== 'check') {
      const violations = await run.apply({ kind: 'check' }, ops.length);
      if (violations.length) return { violations, failedAt: ops.length, stats: run.stats };
    }
    return { violations: [], failedAt: null, stats: run.stats };
  } finally {
    await run.tearDown();
  }
}

export class TortureRun {
  readonly stats = emptyStats();
  readonly model = new SavedModel();
  private readonly clock: OfficeClock = officeClock();
  private readonly prefix: string;
  private readonly homes: LaptopHome[];
  private readonly online: boolean[];
  private readonly ids = new Map<string, string>();
  private open: TortureLaptop | null = null;
  private backupDir: string | null = null;
  private readonly syncErrors: Array<{ laptop: string; message: string }> = [];
  private readonly log: (line: string) => void;
  /** What a burst of typing last saved, for a lid closed in the middle of it. */
  private readonly shownAfter = new WeakMap<Op, unknown>();
  /**
   * What a write of a lid-closing burst was typed over: the value typed a moment before on the
   * same field. A re-read right after a write can still return the value before it (RxDB's query
   * cache catches up a moment later), which made the run believe the earlier of two names typed
   * one after the other was still live (pouchdb seed 1007).
   */
  private readonly typedOver = new WeakMap<Op, unknown>();

  constructor(private readonly context: RunContext) {
    runCounter += 1;
    const run = `${process.pid.toString(36)}r${runCounter}${Date.now().toString(36)}`;
    this.prefix = `quorum_torture_${run}_`.toLowerCase();
    this.homes = Array.from({ length: context.laptops }, (_, n) => laptopHome(`L${n}`, run, ACCOUNT(n)));
    this.online = Array.from({ length: context.laptops }, () => true);
    this.log = context.log ?? (() => undefined);
  }

  private get server(): TestSyncServer {
    return this.context.server;
  }

  async setUp(): Promise<void> {
    if (!accountsMade.has(this.server)) {
      for (let n = 0; n < 8; n++) {
        const account = ACCOUNT(n);
        await createAccountOnce(this.server, account);
      }
      // Apache CouchDB takes a moment to know a new account (its authentication cache); a laptop
      // answered 401 before then waits minutes before it tries again, longer than a check waits.
      for (let n = 0; n < this.context.laptops; n++) await this.untilAccountWorks(ACCOUNT(n));
      accountsMade.add(this.server);
    }
    await prepareTestServer(this.server, this.prefix);
    // The fixture: a council, and one meeting per laptop in session, each minuted on its laptop.
    const first = await this.switchTo(0);
    const body = await first.repos.bodies.create({ name: 'Council', code: 'C', kind: 'council', memberships: [], quorumRule: 'majority', archived: false });
    for (let n = 0; n < this.context.laptops; n++) {
      const meeting = await first.repos.meetingWorkflow.schedule({
        bodyId: body.id,
        type: 'ordinary',
        title: `Ordinary Council meeting ${n + 1}`,
        startsAt: `2026-1${n % 3}-0${1 + n}T08:00:00.000Z`,
        venue: 'Council Chamber',
        sequence: n + 1,
      });
      await first.repos.meetingWorkflow.act(meeting.id, 'issue_notice');
      await first.repos.meetingWorkflow.act(meeting.id, 'open', undefined, { anotherDay: true });
      this.ids.set(`f${n}`, meeting.id);
      const items = (await first.repos.agenda.listForMeeting(meeting.id)).filter((item) => item.parentId === '');
      for (let k = 0; k < FIXTURE_ITEMS_PER_MEETING; k++) {
        const item = items[k];
        if (item) this.ids.set(`f${n}.${k}`, item.id);
      }
    }
    this.log(`op -1: fixture ${JSON.stringify(Object.fromEntries(this.ids))}`);
    await this.quiesce();
  }

  private async untilAccountWorks(account: { username: string; password: string }): Promise<void> {
    const client = new CouchClient({ serverUrl: this.server.url, ...account });
    const deadline = Date.now() + 30_000;
    for (;;) {
      const session = await client.json<{ userCtx?: { name?: string | null } }>('GET', '_session').catch(() => null);
      if (session?.userCtx?.name === account.username) return;
      if (Date.now() > deadline) throw new Error(`The server does not accept the account ${account.username} 30 s after it was created.`);
      await sleep(200);
    }
  }

  async tearDown(): Promise<void> {
    await this.closeOpen();
    for (const home of this.homes) await home.attachments.close().catch(() => undefined);
    if (this.backupDir) rmSync(this.backupDir, { recursive: true, force: true });
  }

  private async closeOpen(): Promise<void> {
    const laptop = this.open;
    if (!laptop) return;
    this.open = null;
    this.collectErrors(laptop);
    await laptop.close();
  }

  private collectErrors(laptop: TortureLaptop): void {
    for (const entry of laptop.log()) {
      if (entry.kind !== 'error') continue;
      // Unreachable servers and timeouts are the faults this run injects; anything else is not.
      if (/refused|malformed|share the id|not written|invalid|forbidden|rejected/i.test(entry.message)) {
        this.syncErrors.push({ laptop: laptop.name, message: entry.message });
      }
    }
  }

  /** Opens laptop `n` (closing the lid of the one open). */
  private async switchTo(n: number): Promise<TortureLaptop> {
    if (this.open?.name === `L${n}`) return this.open;
    await this.closeOpen();
    const home = this.homes[n];
    if (!home) throw new Error(`No laptop ${n}`);
    this.open = await openTortureLaptop(home, { server: this.server, prefix: this.prefix, online: this.online[n] ?? true, clock: this.clock });
    return this.open;
  }

  private id(handle: string): string | undefined {
    return this.ids.get(handle);
  }

  /** Applies one operation; a check returns what it found. */
  async apply(op: Op, index: number): Promise<Violation[]> {
    this.stats.ops += 1;
    this.log(`op ${index}: ${JSON.stringify(op)}`);
    switch (op.kind) {
      case 'check':
        return this.check();
      case 'clock':
        this.clock.advance(op.ms);
        this.stats.faults.clock += 1;
        return [];
      case 'backup':
        await this.backup();
        return [];
      case 'restore':
        await this.restore();
        return [];
      case 'network': {
        this.online[op.laptop] = op.online;
        if (!op.online) this.stats.faults.offline += 1;
        const laptop = await this.switchTo(op.laptop);
        laptop.network.set(op.online);
        return [];
      }
      case 'wait':
        await this.switchTo(op.laptop);
        await sleep(op.ms);
        return [];
      case 'kill': {
        const laptop = await this.switchTo(op.laptop);
        laptop.network.set(false);
        for (let n = 0; n < op.backlog; n++) {
          await this.write(laptop, { kind: 'stakeholder', laptop: op.laptop, handle: `${index}.${n}`, name: `Walk-in resident ${index}.${n}` }, index);
        }
        this.online[op.laptop] = true;
        laptop.network.set(true);
        await sleep(op.afterMs);
        await this.server.kill();
        this.stats.faults.kill += 1;
        await sleep(op.downMs);
        await this.server.restart();
        return [];
      }
      case 'drop':
        await this.drop(op, index);
        return [];
      default: {
        const laptop = await this.switchTo(op.laptop);
        await this.write(laptop, op, index);
        return [];
      }
    }
  }

  /** One person's write; a refusal by the app saves nothing and is counted. */
  private async write(laptop: TortureLaptop, op: Op, index: number): Promise<void> {
    try {
      const done = await this.perform(laptop, op, index);
      if (done) this.stats.writes += 1;
      else this.stats.refused += 1;
      if (!done) this.log(`op ${index}: skipped, its record is not on ${laptop.name}`);
    } catch (error) {
      if (!isRefusal(error))
        throw new Error(`Operation ${index} ${JSON.stringify(op)} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      this.stats.refused += 1;
      this.log(`op ${index}: refused by the app: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** Does the operation through the repositories; false when its record is not on this laptop. */
  private async perform(laptop: TortureLaptop, op: Op, index: number): Promise<boolean> {
    const { repos } = laptop;
    switch (op.kind) {
      case 'stakeholder': {
        const created = await repos.stakeholders.add({ kind: 'person', category: 'resident', name: op.name, consentPurpose: 'To follow up the query' });
        this.ids.set(op.handle, created.id);
        this.model.saved('stakeholders', created.id, 'name', undefined, created.name, index);
        this.model.audit.push({ collection: 'stakeholders', id: created.id, action: 'create', op: index });
        return true;
      }
      case 'rename': {
        const id = this.id(op.stakeholder);
        const current = id ? await repos.stakeholders.findById(id) : null;
        if (!id || !current) return false;
        const shown = this.shownBefore(op, current.name);
        const saved = await repos.stakeholders.edit(id, { name: op.name }, { name: shown as string });
        this.model.saved('stakeholders', id, 'name', shown, saved.name, index);
        this.model.audit.push({ collection: 'stakeholders', id, action: 'update', field: 'name', op: index });
        return true;
      }
      case 'deleteStakeholder': {
        const id = this.id(op.stakeholder);
        const current = id ? await repos.stakeholders.findById(id) : null;
        if (!id || !current) return false;
        await repos.stakeholders.remove(id);
        // She deletes the record as shown, competing versions of its name included.
        // Every version of the name she is shown, however many entries store them (item 13's pages).
        const versions = conflictFieldsOf(current as unknown as JsonObject)
          .filter((f) => f.field === 'name')
          .flatMap((f) => f.versions.map((v) => versionValue(v)));
        this.log(
          `op ${index}: ${laptop.name} deleted stakeholders/${id} showing ${JSON.stringify(current.name)} (competing versions: ${JSON.stringify(versions)})`,
        );
        this.model.deleted('stakeholders', id, { name: [current.name, ...versions] });
        this.model.audit.push({ collection: 'stakeholders', id, action: 'delete', op: index });
        return true;
      }
      case 'query': {
        const stakeholderId = this.id(op.stakeholder);
        if (!stakeholderId || !(await repos.stakeholders.findById(stakeholderId))) return false;
        const query = await repos.queries.logQuery({
          stakeholderId,
          channel: 'phone',
          subject: op.subject,
          description: '',
          category: 'Electricity',
          ward: '12',
          priority: 'normal',
        });
        this.ids.set(op.handle, query.id);
        this.model.saved('queries', query.id, 'subject', undefined, query.subject, index);
        this.model.audit.push({ collection: 'queries', id: query.id, action: 'create', op: index });
        return true;
      }
      case 'schedule': {
        const bodies = await repos.bodies.count();
        if (!bodies) return false;
        const body = (await laptop.db.bodies.findOne().exec())?.toMutableJSON();
        if (!body) return false;
        const meeting = await repos.meetingWorkflow.schedule({
          bodyId: body.id,
          type: 'special',
          title: op.title,
          startsAt: '2027-03-02T08:00:00.000Z',
          venue: 'Council Chamber',
        });
        this.ids.set(op.handle, meeting.id);
        this.model.saved('meetings', meeting.id, 'venue', undefined, meeting.venue, index);
        this.model.audit.push({ collection: 'meetings', id: meeting.id, action: 'create', op: index });
        return true;
      }
      case 'venue': {
        const id = this.id(op.meeting);
        const current = id ? await repos.meetings.findById(id) : null;
        if (!id || !current) return false;
        const shown = this.shownBefore(op, current.venue);
        const saved: Meeting = await repos.meetings.updateParticulars(id, { venue: op.venue }, { venue: shown as string });
        this.model.saved('meetings', id, 'venue', shown, saved.venue, index);
        this.model.audit.push({ collection: 'meetings', id, action: 'update', field: 'venue', op: index });
        return true;
      }
      case 'addItem': {
        const meetingId = this.id(op.meeting);
        if (!meetingId || !(await repos.meetings.findById(meetingId))) return false;
        const positions = async () => new Map((await repos.agenda.listForMeeting(meetingId)).map((item) => [item.id, item.position]));
        const before = await positions();
        const created = await repos.agenda.addItem(meetingId, { title: op.title, kind: 'report', inCommittee: false }, { at: 'end' });
        this.ids.set(op.handle, created.id);
        // The app moves the closing items down to make room: those are writes too, made over the
        // positions this laptop showed (couchdb seed 1006: a settled position moved on by a later
        // item counted as lost while the run did not know the app had moved it).
        for (const [id, position] of await positions()) {
          const was = before.get(id);
          if (was !== undefined && was !== position) this.model.saved('agendaitems', id, 'position', was, position, index);
        }
        this.model.audit.push({ collection: 'agendaitems', id: created.id, action: 'create', op: index });
        return true;
      }
      case 'presenter': {
        const id = this.id(op.item);
        const current = id ? await repos.agenda.findById(id) : null;
        if (!id || !current) return false;
        const shown = this.shownBefore(op, current.presenter);
        const saved: AgendaItem = await repos.agenda.updateParticulars(id, { presenter: op.presenter }, { presenter: shown as string | undefined });
        this.model.saved('agendaitems', id, 'presenter', shown, saved.presenter, index);
        this.model.audit.push({ collection: 'agendaitems', id, action: 'update', field: 'presenter', op: index });
        return true;
      }
      case 'minutes': {
        const id = this.id(op.item);
        const before = id ? await repos.agenda.findById(id) : null;
        if (!id || !before) return false;
        // The editor shows what it last saved: each save is typed over the one before.
        let shown = this.shownBefore(op, before.discussion);
        this.log(
          `op ${index}: ${laptop.name} types minutes over ${JSON.stringify(shown)} (competing versions: ${JSON.stringify(before.conflict?.fields ?? [])})`,
        );
        for (const text of op.texts) {
          const saved = await repos.agenda.saveMinutes(
            id,
            { discussion: [{ kind: 'paragraph', runs: [{ text }] }] },
            { discussion: shown as AgendaItem['discussion'] },
          );
          this.model.saved('agendaitems', id, 'discussion', shown, saved.discussion, index);
          shown = saved.discussion;
          this.shownAfter.set(op, shown);
          this.model.audit.push({ collection: 'agendaitems', id, action: 'update', field: 'discussion', op: index });
        }
        return true;
      }
      case 'propose': {
        const itemId = this.id(op.item);
        if (!itemId || !(await repos.agenda.findById(itemId))) return false;
        const resolution: Resolution = await repos.resolutions.propose(itemId);
        this.ids.set(op.handle, resolution.id);
        this.model.saved('resolutions', resolution.id, 'number', undefined, resolution.number, index);
        this.model.audit.push({ collection: 'resolutions', id: resolution.id, action: 'create', op: index });
        return true;
      }
      case 'wording': {
        const id = this.id(op.resolution);
        const current = id ? await repos.resolutions.findById(id) : null;
        if (!id || !current) return false;
        const shown = this.shownBefore(op, current.text);
        const saved = await repos.resolutions.saveWording(id, { text: op.text }, { text: shown as string });
        this.model.saved('resolutions', id, 'text', shown, saved.text, index);
        this.model.audit.push({ collection: 'resolutions', id, action: 'update', field: 'text', op: index });
        return true;
      }
      case 'attach': {
        const itemId = this.id(op.item);
        if (!itemId || !(await repos.agenda.findById(itemId))) return false;
        const bytes = new Uint8Array(op.size);
        const random = mulberry32(op.size + index);
        for (let n = 0; n < bytes.length; n++) bytes[n] = Math.floor(random() * 256);
        const ref = await laptop.attachments.put(new Blob([bytes], { type: 'application/pdf' }), {
          name: `Annexure ${op.handle}.pdf`,
          kind: 'annexure',
          addedBy: laptop.name,
        });
        await repos.agenda.addAttachment(itemId, ref);
        this.ids.set(op.handle, ref.id);
        this.model.attachments.push({ itemId, attachmentId: ref.id, size: op.size, op: index });
        this.model.audit.push({ collection: 'agendaitems', id: itemId, action: 'update', field: 'attachments', op: index });
        return true;
      }
      case 'settle': {
        const conflicts = await firstValueFrom(repos.conflicts.watchAll());
        const fields = conflicts.flatMap((record) => record.fields.map((field) => ({ record, field })));
        const chosen = fields[op.pick % Math.max(1, fields.length)];
        if (!chosen) return false;
        const version = chosen.field.versions[op.version % chosen.field.versions.length];
        if (!version) return false;
        const value = versionValue(version);
        try {
          await repos.conflicts.settle(chosen.record.collection, chosen.record.id, chosen.field, value, `${chosen.field.label}: kept one version`);
        } catch (error) {
          // An edit arrived between reading the conflicts and settling: the app refuses, as it would a person.
          if (error instanceof ConflictChangedError) return false;
          throw error;
        }
        const versions = chosen.field.versions.map((v) => versionValue(v));
        this.log(
          `op ${index}: ${laptop.name} settled ${chosen.record.collection}/${chosen.record.id}.${chosen.field.path} with ${JSON.stringify(value)}, shown ${JSON.stringify(chosen.field.current)}, versions ${JSON.stringify(versions)}`,
        );
        this.model.settled(chosen.record.collection, chosen.record.id, chosen.field.path, chosen.field.current, versions, value, index);
        if (chosen.record.collection === 'agendaitems' && chosen.field.path === 'attachments')
          this.model.settledAttachments(chosen.record.id, [chosen.field.current, ...versions], value);
        this.model.audit.push({
          collection: chosen.record.collection,
          id: chosen.record.id,
          action: 'update',
          field: chosen.field.path.split('.')[0] ?? chosen.field.path,
          op: index,
        });
        return true;
      }
      default:
        throw new Error(`Not a write: ${op.kind}`);
    }
  }

  /**
   * The lid closes while writes are under way. A write whose promise resolved was saved (the app
   * said so); one still running may or may not have reached IndexedDB. The laptop is opened again
   * at once, offline (the person lifts the lid), and what did reach it counts as saved.
   */
  private async drop(op: Extract<Op, { kind: 'drop' }>, index: number): Promise<void> {
    const laptop = await this.switchTo(op.laptop);
    this.stats.faults.drop += 1;
    const pending: Array<{ op: WriteOp; seen: Record<string, unknown> | null; settled: boolean }> = [];
    // She types one thing after another; the lid closes somewhere in the middle.
    const typing = (async () => {
      for (const write of op.writes) {
        const entry: { op: WriteOp; seen: Record<string, unknown> | null; settled: boolean } = { op: write, seen: null, settled: false };
        pending.push(entry);
        // What she typed a moment ago is what she sees (a re-read can lag behind the write).
        const earlier = [...pending]
          .reverse()
          .find((e) => e !== entry && e.settled && this.targetId(e.op) === this.targetId(write) && e.op.kind === write.kind);
        if (earlier) this.typedOver.set(write, this.typed(earlier.op));
        entry.seen = earlier ? { [this.fieldOf(write)]: this.typedOver.get(write) } : await this.seenBy(laptop, write);
        await this.perform(laptop, write, index);
        entry.settled = true;
        this.log(`op ${index}: ${laptop.name} saved ${JSON.stringify(write)} before the lid closed, over ${JSON.stringify(entry.seen)}`);
      }
    })().catch(() => undefined);
    await sleep(op.afterMs);
    this.open = null;
    this.collectErrors(laptop);
    const closing = laptop.close().catch(() => undefined);
    await typing;
    await closing;
    // Writes that finished were counted by perform(); those cut off are checked on reopening.
    const reopened = await this.switchTo(op.laptop);
    reopened.network.set(false);
    for (const entry of pending) {
      if (entry.settled || !entry.seen) continue;
      const now = await this.seenBy(reopened, entry.op);
      const [field] = Object.keys(entry.seen);
      if (!field || !now) continue;
      const collection = this.collectionOf(entry.op);
      const id = this.targetId(entry.op);
      if (!collection || !id) continue;
      const shown = this.shownAfter.has(entry.op) ? this.shownAfter.get(entry.op) : entry.seen[field];
      this.log(
        `op ${index}: ${reopened.name} reopened: ${JSON.stringify(entry.op)} was cut off; the field shows ${JSON.stringify(now[field])}, it showed ${JSON.stringify(shown)}`,
      );
      if (canonical(now[field]) !== canonical(shown)) {
        // It reached the laptop: saved, and the audit trail must say so.
        this.model.saved(collection, id, field, shown, now[field], index);
        this.model.audit.push({ collection, id, action: 'update', field, op: index });
      }
    }
    reopened.network.set(this.online[op.laptop] ?? true);
  }

  private collectionOf(op: WriteOp): CollectionName | null {
    switch (op.kind) {
      case 'venue':
        return 'meetings';
      case 'presenter':
      case 'minutes':
        return 'agendaitems';
      case 'wording':
        return 'resolutions';
      case 'rename':
        return 'stakeholders';
      default:
        return null;
    }
  }

  private targetId(op: WriteOp): string | undefined {
    switch (op.kind) {
      case 'venue':
        return this.id(op.meeting);
      case 'presenter':
      case 'minutes':
        return this.id(op.item);
      case 'wording':
        return this.id(op.resolution);
      case 'rename':
        return this.id(op.stakeholder);
      default:
        return undefined;
    }
  }

  /** The value a write was typed over: the one typed just before it in a burst, else the record's. */
  private shownBefore(op: Op, fromRecord: unknown): unknown {
    return this.typedOver.has(op) ? this.typedOver.get(op) : fromRecord;
  }

  private fieldOf(op: WriteOp): string {
    return { venue: 'venue', presenter: 'presenter', minutes: 'discussion', wording: 'text', rename: 'name', stakeholder: 'name' }[op.kind];
  }

  /** The value a write saves, as the repository stores it. */
  private typed(op: WriteOp): unknown {
    switch (op.kind) {
      case 'venue':
        return op.venue.trim();
      case 'presenter':
        return op.presenter;
      case 'minutes':
        return [{ kind: 'paragraph', runs: [{ text: op.texts.at(-1) ?? '' }] }];
      case 'wording':
        return op.text;
      case 'rename':
      case 'stakeholder':
        return op.name;
    }
  }

  /** The value a write's field shows on the laptop before it (null when there is no record). */
  private async seenBy(laptop: TortureLaptop, op: WriteOp): Promise<Record<string, unknown> | null> {
    const id = this.targetId(op);
    const collection = this.collectionOf(op);
    if (!id || !collection) return null;
    const doc = await laptop.db[collection].findOne(id).exec();
    if (!doc) return null;
    const record = doc.toMutableJSON() as Record<string, unknown>;
    const field = this.fieldOf(op);
    return { [field]: record[field] };
  }

  private async backup(): Promise<void> {
    await this.server.kill();
    if (this.backupDir) rmSync(this.backupDir, { recursive: true, force: true });
    this.backupDir = mkdtempSync(path.join(os.tmpdir(), 'quorum-torture-backup-'));
    execFileSync('cp', ['-a', `${this.server.dataDir}/.`, this.backupDir]);
    await this.server.restart();
    this.stats.faults.backup += 1;
  }

  private async restore(): Promise<void> {
    if (!this.backupDir) return;
    await this.server.kill();
    rmSync(this.server.dataDir, { recursive: true, force: true });
    execFileSync('mkdir', ['-p', this.server.dataDir]);
    execFileSync('cp', ['-a', `${this.backupDir}/.`, this.server.dataDir]);
    await this.server.restart();
    // As the README asks after restoring a database from its files.
    await prepareTestServer(this.server, this.prefix, { newIdentity: true });
    this.stats.faults.restore += 1;
  }

  /** Sums of the server databases' update sequences: unchanged across a pass means idle. */
  private async serverState(): Promise<string> {
    const client = adminClient(this.server);
    const parts: string[] = [];
    for (const suffix of [...COLLECTION_NAMES, 'attachments'] as const) {
      const info = await client.json<{ update_seq: unknown; doc_count: number }>('GET', encodeURIComponent(databaseName(this.prefix, suffix)));
      parts.push(`${String(JSON.stringify(info.update_seq))}:${info.doc_count}`);
    }
    return parts.join('|');
  }

  /**
   * Brings every laptop online and in step with the server. A laptop is in step once it has been
   * open and idle (nothing waiting, up to date, quiet) with the server unchanged since; laptops are
   * opened in turn, the one open first, until every one is in step with the server as it is now.
   * Only one laptop is open at a time, so the server changes only through the one open: a laptop
   * is opened again exactly when another pushed after it (at least once each, never needlessly).
   */
  private async quiesce(): Promise<Snapshot['laptops']> {
    for (let n = 0; n < this.online.length; n++) this.online[n] = true;
    const inStepAt = new Map<number, string>();
    const snapshots = new Map<number, Snapshot['laptops'][number]>();
    const openFirst = this.homes.findIndex((home) => this.open?.name === home.name);
    const order = [...this.homes.keys()].sort((a, b) => Number(b === openFirst) - Number(a === openFirst));
    // In turn, from the one after the last opened: each laptop before any is opened again.
    let turn = 0;
    for (let opened = 0; opened < 8 * this.homes.length; opened++) {
      const now = await this.serverState();
      const at = [...order.keys()].map((k) => (turn + k) % order.length).find((k) => inStepAt.get(order[k]!) !== now);
      if (at === undefined) return [...this.homes.keys()].map((n) => snapshots.get(n)!);
      const next = order[at]!;
      turn = at + 1;
      const laptop = await this.switchTo(next);
      laptop.network.set(true);
      await this.untilIdle(laptop);
      snapshots.set(next, await this.snapshotOf(laptop));
      inStepAt.set(next, await this.serverState());
    }
    throw new Error(`The laptops and the server did not settle after ${8 * this.homes.length} openings.`);
  }

  /**
   * Waits for the laptop to be up to date with nothing waiting. It fails after 120 s without
   * progress (nothing sent or received): a laptop still sending a long backlog on a machine
   * loaded by other work is slow, not stuck (seed 2022 on pouchdb-server, round 75, eighth attempt:
   * audit entries sent up to the deadline). At most 10 minutes in all.
   */
  private async untilIdle(laptop: TortureLaptop): Promise<void> {
    const started = Date.now();
    // Progress in this machine's time (the laptops' clocks jump): a newer sent or received entry.
    const newestTransfer = () => laptop.log().find((e) => e.kind === 'sent' || e.kind === 'received')?.id ?? 0;
    let lastTransfer = newestTransfer();
    let progressAt = started;
    let quietSince = 0;
    for (;;) {
      const transfer = newestTransfer();
      if (transfer !== lastTransfer) {
        lastTransfer = transfer;
        progressAt = Date.now();
      }
      const deadline = Math.min(started + 600_000, progressAt + 120_000);
      const status = laptop.status();
      const idle = status?.phase === 'up-to-date' && status.pending === 0;
      if (idle) {
        if (!quietSince) quietSince = Date.now();
        if (Date.now() - quietSince > 400) return;
      } else quietSince = 0;
      if (Date.now() > deadline) {
        throw new Error(
          `${laptop.name} did not become idle in ${Math.round((Date.now() - started) / 1000)} s (the last 120 s without progress): ${syncDiagnosis(status, laptop.repos.sync.engine, laptop.log(), 6)}`,
        );
      }
      await sleep(50);
    }
  }

  private async snapshotOf(laptop: TortureLaptop): Promise<Snapshot['laptops'][number]> {
    const records = new Map<CollectionName, Map<string, Record<string, unknown>>>();
    for (const name of COLLECTION_NAMES) {
      const docs = await laptop.db[name].find().exec();
      records.set(name, new Map(docs.map((doc) => [doc.primary, strip(doc.toMutableJSON() as Record<string, unknown>)])));
    }
    const conflictCount = await firstValueFrom(laptop.repos.conflicts.watchCount());
    const attachments = new Set((await laptop.attachments.list()).map((file) => file.id));
    return { name: laptop.name, records, conflictCount, attachments };
  }

  private async check(): Promise<Violation[]> {
    const laptops = await this.quiesce();
    const server = new Map<CollectionName, Map<string, Record<string, unknown>>>();
    for (const name of COLLECTION_NAMES) {
      const docs = await serverDocs(this.server, this.prefix, name);
      server.set(name, new Map([...docs].map(([id, doc]) => [id, strip({ ...doc, id })])));
    }
    const files = await adminClient(this.server).json<{ rows: Array<{ id: string; value?: { deleted?: boolean } }> }>(
      'GET',
      `${encodeURIComponent(databaseName(this.prefix, 'attachments'))}/_all_docs`,
    );
    const result = checkInvariants({ laptops, server, serverAttachments: new Set(files.rows.map((row) => row.id)) }, this.model, this.syncErrors);
    this.stats.checks += 1;
    this.stats.invariantsChecked += result.checked;
    // Conflicts seen now must stay until a person settles them.
    this.model.knownConflicts = result.conflictsSeen;
    this.syncErrors.length = 0;
    return result.violations;
  }
}

/**
 * Makes a torture account: one that exists already (409, a server reused by a long run) is kept;
 * a request that failed under load is tried again; anything else is said, not swallowed, so a
 * missing account is never reported later as "the server does not accept the account".
 */
async function createAccountOnce(server: TestSyncServer, account: { username: string; password: string }): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await createAccount(server, account.username, account.password, ['secretariat']);
      return;
    } catch (error) {
      if (error instanceof CouchRequestError && error.problem.status === 409) return;
      if (attempt >= 3) throw error;
      await sleep(1_000);
    }
  }
}
