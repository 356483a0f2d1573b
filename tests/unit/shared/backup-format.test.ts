import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeBase64, encodeBase64 } from '../../../shared/backup/base64';
import { BackupFileError, backupFileName, readBackup, writeBackup, type NewBackup } from '../../../shared/backup/format';
import { currentSchemaVersions, type BackupRecords, type MigrationTable } from '../../../shared/backup/records';
import { sha256Hex } from '../../../shared/backup/sha256';
import { buildDemoMunicipality } from '../../../shared/demo/demo-municipality';
import type { AuditEntry, Setting } from '../../../shared/schemas';

const NOW = new Date('2026-11-26T12:30:00.000Z');

function demoRecords(): BackupRecords {
  const demo = buildDemoMunicipality(NOW);
  const stamp = { createdAt: NOW.toISOString(), createdBy: 'Thuli', updatedAt: NOW.toISOString(), updatedBy: 'Thuli', hasConflict: false };
  const settings: Setting[] = [
    { id: 'municipality', value: { ...demo.municipality }, ...stamp },
    { id: 'departments', value: { items: demo.departments }, ...stamp },
  ];
  const audit: AuditEntry[] = [
    {
      id: 'a1',
      at: NOW.toISOString(),
      actor: 'Thuli',
      device: 'dev1',
      action: 'import',
      recordType: 'meetings',
      recordId: demo.meetings[0]!.id,
      summary: 'Imported a meeting',
      fields: [],
    },
  ];
  return {
    bodies: demo.bodies,
    members: demo.members,
    meetings: demo.meetings,
    agendaitems: [],
    resolutions: demo.resolutions,
    stakeholders: demo.stakeholders,
    queries: demo.queries,
    queryevents: demo.queryEvents,
    settings,
    audit,
  };
}

function backup(overrides: Partial<NewBackup> = {}): NewBackup {
  return {
    appVersion: '0.1.0',
    createdAt: NOW.toISOString(),
    createdBy: 'Thuli Secretary',
    municipality: 'Mopane Ridge Local Municipality',
    records: demoRecords(),
    attachments: [
      { id: 'att-1', name: 'Annexure A – budget.pdf', mimeType: 'application/pdf', bytes: new Uint8Array([37, 80, 68, 70, 45, 0, 255, 128]) },
      { id: 'att-2', name: 'empty.txt', mimeType: 'text/plain', bytes: new Uint8Array() },
    ],
    ...overrides,
  };
}

async function refusal(bytes: Uint8Array): Promise<BackupFileError> {
  try {
    await readBackup(bytes);
  } catch (error) {
    if (error instanceof BackupFileError) return error;
    throw error;
  }
  throw new Error('the file was accepted');
}

/** Rewrites the header line, leaving the payload (and its checksum) as it was. */
function withHeader(file: Uint8Array, change: (header: Record<string, unknown>) => void): Uint8Array {
  const newline = file.indexOf(0x0a);
  const header = JSON.parse(new TextDecoder().decode(file.subarray(0, newline))) as Record<string, unknown>;
  change(header);
  const head = new TextEncoder().encode(JSON.stringify(header));
  const out = new Uint8Array(head.length + file.length - newline);
  out.set(head);
  out.set(file.subarray(newline), head.length);
  return out;
}

describe('a backup file', () => {
  it('reads back every record and attachment it was written with', async () => {
    const input = backup();
    const contents = await readBackup(writeBackup(input));
    expect(contents.records).toEqual(input.records);
    expect(contents.attachments).toEqual(input.attachments);
    expect(contents.header).toMatchObject({
      format: 'quorum-backup',
      formatVersion: 1,
      appVersion: '0.1.0',
      createdAt: '2026-11-26T12:30:00.000Z',
      createdBy: 'Thuli Secretary',
      municipality: 'Mopane Ridge Local Municipality',
      attachmentCount: 2,
      schemaVersions: currentSchemaVersions(),
    });
    expect(contents.header.counts.members).toBe(input.records.members.length);
    expect(contents.header.counts.audit).toBe(1);
  });

  it('is two lines of UTF-8 JSON that begin by saying what they are', () => {
    const text = new TextDecoder().decode(writeBackup(backup()));
    expect(text.startsWith('{"format":"quorum-backup","formatVersion":1,')).toBe(true);
    const lines = text.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(JSON.parse(lines[1]!)).toHaveProperty('collections.meetings');
  });

  it('keeps text typed as markup, emoji and right-to-left script exactly', async () => {
    const records = demoRecords();
    records.meetings[0] = { ...records.meetings[0]!, title: '<script>alert(1)</script> 🏛️ مجلس' };
    const contents = await readBackup(writeBackup(backup({ records })));
    expect(contents.records.meetings[0]?.title).toBe('<script>alert(1)</script> 🏛️ مجلس');
  });

  it("is named by the time it was made, in the municipality's zone", () => {
    expect(backupFileName('2026-11-26T12:30:00.000Z')).toBe('Quorum backup 2026-11-26 1430.quorumbackup');
  });
});

describe('files that are refused', () => {
  it.each([
    ['an empty file', new Uint8Array()],
    ['a Word document', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00])],
    ['some other JSON', new TextEncoder().encode('{"hello":"world"}\n')],
    ['a CSV export', new TextEncoder().encode('Item,Description\n1,Budget\n')],
    ['random bytes', new Uint8Array(randomBytes(2048))],
  ])('%s is not a Quorum backup', async (_what, bytes) => {
    const error = await refusal(bytes);
    expect(error.kind).toBe('not-a-backup');
    expect(error.message).toBe('This file is not a Quorum backup. Choose a backup made by Quorum (its name ends in .quorumbackup).');
  });

  it('a copy cut short anywhere is called incomplete', async () => {
    const file = writeBackup(backup());
    for (const length of [10, 200, file.indexOf(0x0a) + 1, Math.floor(file.length / 2), file.length - 2]) {
      const error = await refusal(file.subarray(0, length));
      expect(error.kind, `cut at ${length} of ${file.length}`).toBe('truncated');
      expect(error.message).toMatch(/incomplete/);
    }
  });

  it('a file whose last newline is missing still reads', async () => {
    const file = writeBackup(backup());
    await expect(readBackup(file.subarray(0, file.length - 1))).resolves.toHaveProperty('header.formatVersion', 1);
  });

  it('a damaged byte is caught by the checksum', async () => {
    const file = writeBackup(backup());
    const damaged = new Uint8Array(file);
    const at = file.indexOf(0x0a) + 500;
    damaged[at] = damaged[at] === 0x41 ? 0x42 : 0x41;
    const error = await refusal(damaged);
    expect(error.kind).toBe('corrupt');
    expect(error.message).toMatch(/damaged/);
  });

  it('extra bytes after the payload, or a header that lies about counts, are damage', async () => {
    const file = writeBackup(backup());
    const longer = new Uint8Array([...file, 0x7b, 0x7d, 0x0a]);
    expect((await refusal(longer)).kind).toBe('corrupt');
    const lying = withHeader(file, (header) => {
      (header.counts as Record<string, number>).meetings = 99;
    });
    expect((await refusal(lying)).kind).toBe('corrupt');
  });

  it('a backup from a newer Quorum asks for an update', async () => {
    const newer = withHeader(writeBackup(backup()), (header) => {
      header.formatVersion = 2;
      header.appVersion = '3.0.0';
    });
    const error = await refusal(newer);
    expect(error.kind).toBe('newer-version');
    expect(error.message).toBe(
      'This backup was made by a newer version of Quorum (Quorum 3.0.0), in backup format 2; this Quorum reads format 1. Update Quorum, then restore it. Nothing was restored.',
    );
    const newerRecords = withHeader(writeBackup(backup()), (header) => {
      (header.schemaVersions as Record<string, number>).meetings = 7;
    });
    expect((await refusal(newerRecords)).kind).toBe('newer-version');
  });

  it('invalid records are named with what is wrong, and nothing is accepted', async () => {
    const records = demoRecords();
    const meeting = records.meetings[1]!;
    records.meetings[1] = { ...meeting, venue: '   ' };
    records.members[0] = { ...records.members[0]!, kind: 'wizard' as never };
    const error = await refusal(writeBackup(backup({ records })));
    expect(error.kind).toBe('invalid-records');
    expect(error.problems).toHaveLength(2);
    expect(error.message).toMatch(/^2 records in this backup are not valid, so nothing was restored\./);
    expect(error.message).toContain(`Meeting "${meeting.title}" (${meeting.startsAt.slice(0, 10)}): Venue is required.`);
    expect(error.problems.map((p) => p.collection).sort()).toEqual(['meetings', 'members']);
  });

  it('the same record twice is refused', async () => {
    const records = demoRecords();
    records.bodies.push(records.bodies[0]!);
    const error = await refusal(writeBackup(backup({ records })));
    expect(error.kind).toBe('invalid-records');
    expect(error.message).toContain('It appears twice in the backup.');
  });
});

describe('records from an older schema', () => {
  it('are brought up to date with the migration strategies before they are checked', async () => {
    const records = demoRecords();
    // As stored by an imaginary version 0 in which a body's name was called `title`.
    const oldBodies = records.bodies.map(({ name, ...rest }) => ({ ...rest, title: name }));
    const file = writeBackup(backup({ records: { ...records, bodies: oldBodies as never } }));
    const current = { ...currentSchemaVersions(), bodies: 1 };
    const migrations = Object.fromEntries(Object.keys(current).map((name) => [name, {}])) as MigrationTable;
    migrations.bodies = { 1: ({ title, ...rest }) => ({ ...rest, name: title }) };
    const contents = await readBackup(file, { schemaVersions: current, migrations });
    expect(contents.records.bodies.map((b) => b.name)).toEqual(records.bodies.map((b) => b.name));
    await expect(readBackup(file, { schemaVersions: { ...currentSchemaVersions(), bodies: 2 }, migrations })).rejects.toMatchObject({
      kind: 'invalid-records',
      message: expect.stringContaining('no way to bring bodies records from version 1 to 2') as unknown,
    });
  });
});

describe('checksums and Base64', () => {
  it("SHA-256 matches Node's for empty, short and block-straddling inputs", () => {
    for (const size of [0, 1, 3, 55, 56, 63, 64, 65, 119, 120, 1000, 100_000]) {
      const bytes = new Uint8Array(randomBytes(size));
      expect(sha256Hex(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
    expect(sha256Hex(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it("Base64 matches Node's and round-trips", () => {
    for (const size of [0, 1, 2, 3, 4, 5, 100, 70_000]) {
      const bytes = new Uint8Array(randomBytes(size));
      const text = encodeBase64(bytes);
      expect(text).toBe(Buffer.from(bytes).toString('base64'));
      expect(decodeBase64(text)).toEqual(bytes);
    }
  });

  it.each(['abc', 'ab=c', 'a===', '@@@@', 'YQ=Y', 'YWJj\n'])('Base64 refuses %j', (text) => {
    expect(decodeBase64(text)).toBeNull();
  });
});
