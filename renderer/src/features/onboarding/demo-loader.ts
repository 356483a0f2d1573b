/**
 * Loads the demo municipality through the repositories, so every demo record is validated and
 * audited like any other. Refused when the database already holds a municipality.
 */
import { buildDemoMunicipality } from '@shared/demo/demo-municipality';
import type { Repositories } from '../../db/repositories';

function nameOf(value: Record<string, unknown>): string {
  return typeof value.name === 'string' && value.name ? value.name : 'a municipality';
}

export class MunicipalityAlreadySetUpError extends Error {
  constructor(name: string) {
    super(`This device already holds ${name}. The demo can only be loaded into an empty Quorum.`);
    this.name = 'MunicipalityAlreadySetUpError';
  }
}

export async function loadDemoMunicipality(repos: Repositories, now: Date): Promise<void> {
  const existing = await repos.settings.findById('municipality');
  if (existing) throw new MunicipalityAlreadySetUpError(nameOf(existing.value));
  const demo = buildDemoMunicipality(now);
  await repos.settings.saveArea('departments', { items: demo.departments });
  await repos.members.importMany(demo.members);
  await repos.bodies.importMany(demo.bodies);
  await repos.meetings.importMany(demo.meetings);
  await repos.agenda.importMany(demo.agendaItems);
  await repos.resolutions.importMany(demo.resolutions);
  await repos.stakeholders.importMany(demo.stakeholders);
  await repos.queries.importMany(demo.queries);
  await repos.queryTimeline.importMany(demo.queryEvents);
  // Written last: its presence is what marks the municipality as set up.
  await repos.settings.saveArea('municipality', demo.municipality);
  // The demo is for looking around, not for setting up: its dashboard starts without the checklist.
  await repos.profile.setSetupChecklist('hidden');
}

export async function setUpEmptyMunicipality(repos: Repositories, name: string): Promise<void> {
  const existing = await repos.settings.findById('municipality');
  if (existing) throw new MunicipalityAlreadySetUpError(nameOf(existing.value));
  await repos.settings.saveArea('municipality', { name: name.trim(), timeZone: 'Africa/Johannesburg' });
}
