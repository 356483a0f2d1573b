/**
 * Backup and restore of the whole database on RxDB (in memory, with the app's validator at the
 * storage level), with a fake attachment store: round trip, deleted records coming back, newer
 * local changes kept or replaced on request, refusal of broken files, and the undo when a write
 * fails part-way.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AttachmentFile } from '../../../shared/backup/format';
import { BackupFileError } from '../../../shared/backup/format';
import { COLLECTION_NAMES } from '../../../shared/schemas/vocabulary';
import type { QuorumDatabase } from '../../../renderer/src/db/create-database';
import { createRepositories } from '../../../renderer/src/db/repositories';
import { fixedWriteContext } from '../../../renderer/src/db/write-context';
import type { AttachmentSource } from '../../../renderer/src/features/backup/attachment-source';
import { BackupService, RestoreFailedError } from '../../../renderer/src/features/backup/backup.service';
import { loadDemoMunicipality } from '../../../renderer/src/features/onboarding/demo-loader';
import { createTestDatabase } from '../support/test-database';

class FakeAttachmentStore implements AttachmentSource {
  readonly files = new Map<string, AttachmentFile>();
  failWritesOf = new Set<string>();
  list() {
    return Promise.resolve([...this.files.values()].map((f) => ({ id: f.id, name: f.name, mimeType: f.mimeType, size: f.bytes.byteLength })));
  }
  read(id: string) {
    const file = this.files.get(id);
    return file ? Promise.resolve(new Uint8Array(file.bytes)) : Promise.reject(new Error(`no ${id}`));
  }
  write(file: AttachmentFile) {
    if (this.failWritesOf.has(file.id)) return Promise.reject(new Error('attachment store is full'));
    this.files.set(file.id, { ...file, bytes: new Uint8Array(file.bytes) });
    return Promise.resolve();
  }
  remove(id: string) {
    this.files.delete(id);
    return Promise.resolve();
  }
}

const DAY0 = new Date('2026-11-23T08:00:00.000Z');

interface Device {
  db: QuorumDatabase;
  repos: ReturnType<typeof createRepositories>;
  backup: BackupService;
  attachments: FakeAttachmentStore;
  setTime(at: string): void;
}

const opened: QuorumDatabase[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.remove()));
});

async function device(withDemo: boolean): Promise<Device> {
  const db = await createTestDatabase();
  opened.push(db);
  let now = DAY0;
  const context = fixedWriteContext('Thuli Secretary', 'dev1', () => now);
  const repos = createRepositories(db, context);
  const attachments = new FakeAttachmentStore();
  const backup = new BackupService(db, context, repos.audit, { attachments, appVersion: '0.1.0' });
  if (withDemo) await loadDemoMunicipality(repos, DAY0);
  return { db, repos, backup, attachments, setTime: (at) => void (now = new Date(at)) };
}

/** RxDB's free build opens at most 14 collections at once: one device (ten) at a time. */
async function close(d: Device): Promise<void> {
  opened.splice(opened.indexOf(d.db), 1);
  await d.db.remove();
}

/** A new stakeholder made from a demo one, so the test does not depend on the intake rules. */
async function addStakeholder(d: Device, name: string): Promise<string> {
  const template = (await d.db.stakeholders.find().exec())[0]!.toMutableJSON();
  const at = new Date().toISOString();
  const id = `added-${name.length}-${Math.random().toString(36).slice(2, 10)}`;
  await d.repos.stakeholders.importMany([{ ...template, id, name, createdAt: at, updatedAt: at }]);
  return id;
}

/** Every record of every collection, for comparing a database before and after. */
async function dump(db: QuorumDatabase, without: readonly string[] = []): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const name of COLLECTION_NAMES) {
    if (without.includes(name)) continue;
    const docs = await db[name].find({ sort: [{ id: 'asc' }] }).exec();
    out[name] = docs.map((doc) => doc.toMutableJSON());
  }
  return out;
}

const annexure: AttachmentFile = {
  id: 'att-annexure-a',
  name: 'Annexure A.pdf',
  mimeType: 'application/pdf',
  bytes: new Uint8Array([37, 80, 68, 70, 1, 2, 3]),
};
const signed: AttachmentFile = { id: 'att-signed', name: 'Signed minutes.pdf', mimeType: 'application/pdf', bytes: new Uint8Array([37, 80, 68, 70, 9]) };

describe('a backup', () => {
  it('holds every record of the ten collections and every attachment, and is checked before it is handed out', async () => {
    const a = await device(true);
    await a.attachments.write(annexure);
    const made = await a.backup.createBackup();
    expect(made.fileName).toBe('Quorum backup 2026-11-23 1000.quorumbackup');
    const total = (await Promise.all(COLLECTION_NAMES.map((name) => a.db[name].count().exec()))).reduce((x, y) => x + y, 0);
    expect(made.recordCount).toBe(total);
    expect(made.attachmentCount).toBe(1);
    const plan = await a.backup.planRestore(made.fileName, made.bytes);
    expect(plan.header).toMatchObject({ municipality: 'Mopane Ridge Local Municipality', createdBy: 'Thuli Secretary', appVersion: '0.1.0' });
    expect(plan.header.counts.audit).toBeGreaterThan(0);
    expect(plan).toMatchObject({ restoreCount: 0, unchangedCount: total, newerLocal: [] });
  });

  it('remembers on this device when it was saved', async () => {
    const a = await device(true);
    expect(await a.backup.lastBackup()).toBeNull();
    const made = await a.backup.createBackup();
    a.setTime('2026-11-23T08:05:00.000Z');
    await a.backup.recordBackupSaved(made, 'Backup on the H drive.quorumbackup');
    expect(await a.backup.lastBackup()).toEqual({
      at: '2026-11-23T08:05:00.000Z',
      fileName: 'Backup on the H drive.quorumbackup',
      recordCount: made.recordCount,
    });
  });
});

describe('restoring', () => {
  it('into an empty Quorum brings back every record, the audit trail and the attachments', async () => {
    const a = await device(true);
    await a.attachments.write(annexure);
    await a.attachments.write(signed);
    const made = await a.backup.createBackup();
    const original = await dump(a.db);
    await close(a);

    const b = await device(false);
    const plan = await b.backup.planRestore(made.fileName, made.bytes);
    expect(plan.newerLocal).toEqual([]);
    expect(plan.attachmentCount).toBe(2);
    const outcome = await b.backup.applyRestore(plan, 'keep-newer');
    expect(outcome).toEqual({ restored: made.recordCount, removed: 0, keptNewer: 0, attachments: 2 });

    const restored = await dump(b.db);
    const originalAudit = original.audit!;
    const restoredAudit = restored.audit!;
    expect({ ...restored, audit: [] }).toEqual({ ...original, audit: [] });
    expect(restoredAudit).toEqual(expect.arrayContaining(originalAudit));
    // …and the restore is itself in the audit trail, one entry per record put back.
    const restoreEntries = await b.db.audit.find({ selector: { summary: { $regex: '^Restored ' } } }).exec();
    expect(restoreEntries.length).toBe(made.recordCount - originalAudit.length);
    expect(restoreEntries[0]?.summary).toMatch(/from the backup of 23 Nov 2026, 10:00$/);
    expect(b.attachments.files.get('att-signed')?.bytes).toEqual(signed.bytes);
  });

  it('puts back a record deleted since the backup, without asking', async () => {
    const a = await device(true);
    const made = await a.backup.createBackup();
    const resolution = (await a.db.resolutions.find().exec())[0]!.toMutableJSON();
    await a.repos.resolutions.remove(resolution.id);
    expect(await a.repos.resolutions.findById(resolution.id)).toBeNull();

    const plan = await a.backup.planRestore(made.fileName, made.bytes);
    expect(plan.restoreCount).toBe(1);
    expect(plan.newerLocal).toEqual([]);
    await a.backup.applyRestore(plan, 'keep-newer');
    expect(await a.repos.resolutions.findById(resolution.id)).toEqual(resolution);
  });

  it('names the records changed or added here since the backup, and keeps them when asked', async () => {
    const a = await device(true);
    const made = await a.backup.createBackup();
    const meeting = (await a.db.meetings.find().exec())[0]!.toMutableJSON();
    a.setTime('2026-11-24T09:00:00.000Z');
    await a.repos.meetings.update(meeting.id, () => ({ venue: 'Community hall, Ward 7' }));
    const added = await addStakeholder(a, 'Naledi Mokoena');

    const plan = await a.backup.planRestore(made.fileName, made.bytes);
    expect(plan.restoreCount).toBe(0);
    expect(plan.newerLocal).toEqual([
      { collection: 'meetings', id: meeting.id, kind: 'changed', description: `Meeting "${meeting.title}" (${meeting.startsAt.slice(0, 10)})` },
      { collection: 'stakeholders', id: added, kind: 'added', description: 'Stakeholder "Naledi Mokoena"' },
    ]);

    const outcome = await a.backup.applyRestore(plan, 'keep-newer');
    expect(outcome).toMatchObject({ restored: 0, removed: 0, keptNewer: 2 });
    expect((await a.repos.meetings.findById(meeting.id))?.venue).toBe('Community hall, Ward 7');
    expect(await a.repos.stakeholders.findById(added)).not.toBeNull();
  });

  it('replaces them with the backup when asked, and records that in the audit trail', async () => {
    const a = await device(true);
    const made = await a.backup.createBackup();
    const meeting = (await a.db.meetings.find().exec())[0]!.toMutableJSON();
    a.setTime('2026-11-24T09:00:00.000Z');
    await a.repos.meetings.update(meeting.id, () => ({ venue: 'Community hall, Ward 7' }));
    const added = await addStakeholder(a, 'Naledi Mokoena');

    const plan = await a.backup.planRestore(made.fileName, made.bytes);
    const outcome = await a.backup.applyRestore(plan, 'replace');
    expect(outcome).toMatchObject({ restored: 1, removed: 1, keptNewer: 0 });
    expect(await a.repos.meetings.findById(meeting.id)).toEqual(meeting);
    expect(await a.repos.stakeholders.findById(added)).toBeNull();
    const trail = (await a.db.audit.find({ selector: { recordId: { $in: [meeting.id, added] } } }).exec()).map((d) => d.summary);
    expect(trail).toContain(`Restored Meeting "${meeting.title}" (${meeting.startsAt.slice(0, 10)}) from the backup of 23 Nov 2026, 10:00`);
    expect(trail).toContain('Removed Stakeholder "Naledi Mokoena": not in the backup of 23 Nov 2026, 10:00');
  });

  it("overwrites a local copy older than the backup's without asking", async () => {
    const a = await device(true);
    const first = await a.backup.createBackup();
    const meeting = (await a.db.meetings.find().exec())[0]!.toMutableJSON();
    a.setTime('2026-11-24T09:00:00.000Z');
    await a.repos.meetings.update(meeting.id, () => ({ venue: 'Council Chamber, East Wing' }));
    const second = await a.backup.createBackup();
    await a.backup.applyRestore(await a.backup.planRestore(first.fileName, first.bytes), 'replace');
    expect((await a.repos.meetings.findById(meeting.id))?.venue).toBe(meeting.venue);

    const plan = await a.backup.planRestore(second.fileName, second.bytes);
    expect(plan.newerLocal).toEqual([]);
    expect(plan.restoreCount).toBe(1);
    await a.backup.applyRestore(plan, 'keep-newer');
    expect((await a.repos.meetings.findById(meeting.id))?.venue).toBe('Council Chamber, East Wing');
  });

  it('refuses a file that is not a backup, or is cut short, and changes nothing', async () => {
    const a = await device(true);
    const made = await a.backup.createBackup();
    const before = await dump(a.db);
    await expect(a.backup.planRestore('notes.txt', new TextEncoder().encode('Minutes of the meeting…'))).rejects.toMatchObject({
      kind: 'not-a-backup',
    });
    await expect(a.backup.planRestore(made.fileName, made.bytes.subarray(0, made.bytes.length / 2))).rejects.toBeInstanceOf(BackupFileError);
    expect(await dump(a.db)).toEqual(before);
  });

  it('undoes everything when a write fails part-way', async () => {
    const a = await device(true);
    await a.attachments.write(annexure);
    const made = await a.backup.createBackup();
    // Lose a body, a meeting and a resolution, change the municipality, add a stakeholder.
    const body = (await a.db.bodies.find().exec())[0]!.toMutableJSON();
    const meeting = (await a.db.meetings.find().exec())[0]!.toMutableJSON();
    const resolution = (await a.db.resolutions.find().exec())[0]!.toMutableJSON();
    a.setTime('2026-11-24T09:00:00.000Z');
    await a.repos.bodies.remove(body.id);
    await a.repos.meetings.remove(meeting.id);
    await a.repos.resolutions.remove(resolution.id);
    await a.repos.settings.saveArea('municipality', { name: 'Mopane Ridge LM (renamed)', timeZone: 'Africa/Johannesburg' });
    await addStakeholder(a, 'Naledi Mokoena');
    await a.attachments.remove(annexure.id);
    const before = await dump(a.db);

    const plan = await a.backup.planRestore(made.fileName, made.bytes);
    expect(plan.restoreCount).toBe(3);
    // Bodies and meetings are written before resolutions; the resolutions write fails.
    vi.spyOn(a.db.resolutions, 'bulkUpsert').mockRejectedValueOnce(new Error('QuotaExceededError'));
    const failure = await a.backup.applyRestore(plan, 'replace').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(RestoreFailedError);
    expect(failure).toMatchObject({
      undone: true,
      message: 'The restore failed (QuotaExceededError) and was undone: your records are as they were before.',
    });
    expect(await dump(a.db)).toEqual(before);
    expect(a.attachments.files.has(annexure.id)).toBe(false);
  });

  it('undoes the records too when an attachment cannot be written', async () => {
    const a = await device(true);
    await a.attachments.write(annexure);
    await a.attachments.write(signed);
    const made = await a.backup.createBackup();
    await close(a);
    const b = await device(false);
    b.attachments.failWritesOf.add(signed.id);
    const before = await dump(b.db);
    await expect(b.backup.applyRestore(await b.backup.planRestore(made.fileName, made.bytes), 'keep-newer')).rejects.toMatchObject({
      undone: true,
      message: expect.stringContaining('attachment store is full') as unknown,
    });
    expect(await dump(b.db)).toEqual(before);
    expect(b.attachments.files.size).toBe(0);
  });

  it('will not replace records changed after the person was shown the plan', async () => {
    const a = await device(true);
    const made = await a.backup.createBackup();
    const plan = await a.backup.planRestore(made.fileName, made.bytes);
    a.setTime('2026-11-24T09:00:00.000Z');
    const added = await addStakeholder(a, 'Typed while the dialog was open');
    await expect(a.backup.applyRestore(plan, 'replace')).rejects.toThrow(/changed while you were deciding/);
    expect(await a.repos.stakeholders.findById(added)).not.toBeNull();
  });
});
