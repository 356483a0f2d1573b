import { describe, expect, it } from 'vitest';
import { collectionDefinitions } from '../../../shared/schemas';
import { createQuorumDatabase } from '../../../renderer/src/db/create-database';
import { fakeIndexedDbStorage } from '../support/test-database';

describe('schema migrations', () => {
  it('moves stored records to a new schema version when the database opens', async () => {
    const name = `migrationtest${Date.now()}`;
    const storage = fakeIndexedDbStorage();
    const v0 = await createQuorumDatabase({ name, storage });
    await v0.settings.insert({
      id: 'municipality',
      value: { name: 'Example', timeZone: 'Africa/Johannesburg' },
      createdAt: '2026-01-01T00:00:00.000Z',
      createdBy: 'a',
      updatedAt: '2026-01-01T00:00:00.000Z',
      updatedBy: 'a',
      hasConflict: false,
    });
    await v0.close();

    // Version 1 of the settings schema: the strategy fills a new field for old records.
    const definitions = collectionDefinitions();
    const settingsV1 = structuredClone(definitions.settings.schema) as unknown as {
      version: number;
      properties: Record<string, unknown>;
    };
    settingsV1.version = 1;
    settingsV1.properties.note = { type: 'string', maxLength: 100 };
    const migrated = await createQuorumDatabase({
      name,
      storage,
      definitions: {
        ...definitions,
        settings: {
          schema: settingsV1 as never,
          migrationStrategies: { 1: (old: Record<string, unknown>) => ({ ...old, note: 'migrated from v0' }) },
        },
      },
    });
    const doc = await migrated.settings.findOne('municipality').exec();
    expect(doc?.toJSON()).toMatchObject({ id: 'municipality', note: 'migrated from v0', value: { name: 'Example' } });
    await migrated.remove();
  });

  it('has a strategy for every version above 0 of every schema', () => {
    for (const [name, definition] of Object.entries(collectionDefinitions())) {
      for (let version = 1; version <= definition.schema.version; version += 1) {
        expect(typeof definition.migrationStrategies[version], `${name} v${version}`).toBe('function');
      }
    }
  });
});
