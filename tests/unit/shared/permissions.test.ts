/**
 * The app's permissions and the server's validation come from one table: for every role and
 * database, the app allows a write exactly when validate_doc_update (run as CouchDB runs it)
 * lets the role past its role check.
 */
import { describe, expect, it } from 'vitest';
import { DATABASE_SUFFIXES, type DatabaseSuffix } from '../../../shared/couch/names';
import { canWrite, canWriteAnything, firstRefusal, hasAdmittedRole, roleName, writeRefusal, type KnownAccount } from '../../../shared/couch/permissions';
import { validateDocUpdateSource } from '../../../shared/couch/validate-doc-update';

type Validate = (newDoc: object, oldDoc: object | null, userCtx: { name: string | null; roles: string[] }, secObj: object) => void;

function serverAllowsRole(database: DatabaseSuffix, roles: string[]): boolean {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const validate = (new Function(`return (${validateDocUpdateSource(database)});`) as () => Validate)();
  try {
    // An empty record: past the role check it fails the schema, which is not a role refusal.
    validate({ _id: 'x' }, null, { name: 'someone', roles }, {});
    return true;
  } catch (error) {
    const forbidden = (error as { forbidden?: string }).forbidden ?? '';
    return !forbidden.startsWith('Your account may not change');
  }
}

const ACCOUNTS: Record<string, string[]> = {
  secretariat: ['secretariat'],
  operations: ['operations'],
  viewer: ['viewer'],
  none: [],
  admin: ['_admin'],
  both: ['operations', 'viewer'],
};

describe('permissions agree with the server', () => {
  for (const [who, roles] of Object.entries(ACCOUNTS)) {
    it(`${who}: every database`, () => {
      for (const database of DATABASE_SUFFIXES) {
        expect(canWrite({ name: who, roles }, database), `${who} on ${database}`).toBe(serverAllowsRole(database, roles));
      }
    });
  }
});

describe('permissions', () => {
  const viewer: KnownAccount = { name: 'vusi', roles: ['viewer'] };
  const operations: KnownAccount = { name: 'lerato', roles: ['operations'] };

  it('lets a laptop without a known account change everything', () => {
    for (const database of DATABASE_SUFFIXES) expect(canWrite(null, database)).toBe(true);
    expect(canWriteAnything(null)).toBe(true);
  });

  it('keeps a viewer read-only, and says why in a sentence', () => {
    expect(canWriteAnything(viewer)).toBe(false);
    expect(writeRefusal(viewer, 'meetings')).toBe('Your account (viewer) may read meetings but not change them: that needs the secretariat role.');
    expect(writeRefusal(viewer, 'queries')).toBe('Your account (viewer) may read queries but not change them: that needs the secretariat or operations role.');
  });

  it('lets operations change queries and stakeholders only', () => {
    expect(canWrite(operations, 'queries')).toBe(true);
    expect(canWrite(operations, 'stakeholders')).toBe(true);
    expect(canWrite(operations, 'queryevents')).toBe(true);
    expect(canWrite(operations, 'agendaitems')).toBe(false);
    expect(firstRefusal(operations, ['queries', 'agendaitems'])).toContain('agenda items and minutes');
    expect(firstRefusal(operations, ['queries', 'stakeholders'])).toBeNull();
  });

  it('names roles and knows which are admitted', () => {
    expect(roleName({ name: 'a', roles: ['_admin'] })).toBe('server admin');
    expect(roleName({ name: 'a', roles: ['something-else'] })).toBe('no Quorum role');
    expect(hasAdmittedRole({ name: 'a', roles: ['viewer'] })).toBe(true);
    expect(hasAdmittedRole({ name: 'a', roles: ['something-else'] })).toBe(false);
    expect(hasAdmittedRole(null)).toBe(false);
  });
});
