/**
 * What every query action needs to know, read once per action: the time, today in the
 * municipality's time zone, its working-day calendar, its query settings and its departments.
 * Shared by the lifecycle actions (queries.repository.ts) and escalation (query-escalation.ts).
 */
import { workingDayCalendarFor } from '@shared/domain/query-service-standards';
import { today } from '@shared/domain/time';
import type { WorkingDayCalendar } from '@shared/domain/working-days';
import type { Department } from '@shared/settings/areas';
import type { QuerySettings } from '@shared/settings/query-settings';
import type { SettingsRepository } from '../settings/settings.repository';

export interface ActionContext {
  now: string;
  today: string;
  timeZone: string;
  calendar: WorkingDayCalendar;
  settings: QuerySettings;
  departments: Department[];
}

export async function readActionContext(settings: Pick<SettingsRepository, 'getArea'>, now: Date): Promise<ActionContext> {
  const [queries, municipality, departments] = await Promise.all([
    settings.getArea('queries'),
    settings.getArea('municipality'),
    settings.getArea('departments'),
  ]);
  return {
    now: now.toISOString(),
    today: today(municipality.timeZone, now),
    timeZone: municipality.timeZone,
    calendar: workingDayCalendarFor(queries),
    settings: queries,
    departments: departments.items,
  };
}
