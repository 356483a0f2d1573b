/**
 * The demo municipality: Mopane Ridge Local Municipality, fictional from its name to its
 * parties and people. A deterministic set of records (same input, same output) so a newcomer
 * sees a living app at once and tests can rely on what is there.
 *
 * Dates are placed around `now`, so the demo always has recent and upcoming meetings.
 */
import type { AgendaItem, Body, Meeting, Member, QueryEvent, Resolution, Stakeholder, StakeholderQuery } from '../schemas';
import type { Department, MunicipalitySettings } from '../settings/areas';
import { demoContext } from './context';
import { buildCouncil } from './council';
import { buildMeetings } from './meetings';
import { buildQueries } from './queries';

export const DEMO_MUNICIPALITY_NAME = 'Mopane Ridge Local Municipality';

export interface DemoRecords {
  municipality: MunicipalitySettings;
  departments: Department[];
  members: Member[];
  bodies: Body[];
  meetings: Meeting[];
  agendaItems: AgendaItem[];
  resolutions: Resolution[];
  stakeholders: Stakeholder[];
  queries: StakeholderQuery[];
  queryEvents: QueryEvent[];
}

export function buildDemoMunicipality(now: Date, actor = 'Demo loader'): DemoRecords {
  const ctx = demoContext(now, actor);
  return {
    municipality: {
      name: DEMO_MUNICIPALITY_NAME,
      shortName: 'Mopane Ridge',
      address: 'Civic Centre, 1 Baobab Street, Mopane Ridge, 0999\nPrivate Bag X1001, Mopane Ridge, 0999',
      phone: '015 000 1000',
      email: 'council@mopaneridge.example.gov.za',
      website: 'www.mopaneridge.example.gov.za',
      timeZone: 'Africa/Johannesburg',
    },
    ...buildCouncil(ctx),
    ...buildMeetings(ctx),
    ...buildQueries(ctx),
  };
}
