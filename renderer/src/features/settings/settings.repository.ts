/** Reads and writes the municipality's configuration, one area per settings record. */
import { map, type Observable } from 'rxjs';
import { SETTINGS_DEFAULTS, SETTINGS_SCHEMAS, type SettingsArea, type SettingsAreas } from '@shared/settings/areas';
import { createRecordValidator, type FieldErrors } from '@shared/validation/record-validator';
import type { Setting } from '@shared/schemas';
import type { AuditLog } from '../../db/audit-log';
import type { QuorumDatabase } from '../../db/create-database';
import { RecordRepository } from '../../db/record-repository';
import type { WriteContext } from '../../db/write-context';

const areaValidators = Object.fromEntries(Object.entries(SETTINGS_SCHEMAS).map(([area, schema]) => [area, createRecordValidator(schema)])) as Record<
  SettingsArea,
  ReturnType<typeof createRecordValidator>
>;

function isArea(id: string): id is SettingsArea {
  return Object.hasOwn(SETTINGS_SCHEMAS, id);
}

export function checkSetting(setting: Setting): FieldErrors {
  if (!isArea(setting.id)) return { id: `There is no settings area called "${setting.id}".` };
  return areaValidators[setting.id].check(setting.value);
}

export class SettingsRepository extends RecordRepository<'settings'> {
  constructor(db: QuorumDatabase, context: WriteContext, audit: AuditLog) {
    super(db, 'settings', context, audit, {
      describe: (setting) => `settings "${setting.id}"`,
      check: checkSetting,
    });
  }

  watchArea<A extends SettingsArea>(area: A): Observable<SettingsAreas[A] | null> {
    return this.watchById(area).pipe(map((setting) => (setting ? (setting.value as unknown as SettingsAreas[A]) : null)));
  }

  async getArea<A extends SettingsArea>(area: A): Promise<SettingsAreas[A]> {
    const setting = await this.findById(area);
    return setting ? (setting.value as unknown as SettingsAreas[A]) : SETTINGS_DEFAULTS[area];
  }

  /**
   * Saves a whole area; its value is checked against the area's schema first. `seen` is the
   * area the change was made to (what the form opened with, or last saved): a part someone else
   * changed since (synced in while the form was open) is merged with theirs, never written over
   * (record-repository.ts).
   */
  async saveArea<A extends SettingsArea>(area: A, value: SettingsAreas[A], seen?: SettingsAreas[A]): Promise<void> {
    const stored = value as unknown as Setting['value'];
    const options = seen ? { seen: { value: seen as unknown as Setting['value'] } } : {};
    if (await this.findById(area)) await this.update(area, () => ({ value: stored }), options);
    else await this.create({ id: area, value: stored });
  }
}
