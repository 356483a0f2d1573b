/**
 * The sample documents of the demo municipality's last Council meeting (public and full
 * agenda, public and full draft minutes, and the resolution register), built through the same
 * builders as the app's exports. Used by `npm run export:sample` and by the PDF conversion test.
 *
 * The agenda items are the demo's own, numbered by the meetings feature's numbering, as the
 * meeting page numbers them.
 */
import { agendaNumbers, inAgendaOrder } from '../../domain/agenda-numbering';
import { buildDemoMunicipality } from '../../demo/demo-municipality';
import { instantToDate } from '../../domain/time';
import type { AgendaItem } from '../../schemas';
import { buildAgendaDocument } from '../agenda';
import { inCommitteeItemIds } from '../confidentiality';
import { agendaFileName, minutesFileName, registerFileName } from '../file-names';
import type { NumberedAgendaItem } from '../inputs';
import { buildMinutesDocument } from '../minutes';
import { minutesStage } from '../minutes-stage';
import { buildResolutionRegisterDocument } from '../resolution-register';

/** The demo's last Council meeting: minuted, with an in-committee item. */
export const SAMPLE_MEETING_ID = 'demo-mtg-council-past';

export interface SampleDocument {
  fileName: string;
  bytes: Uint8Array;
}

/** Items in agenda order with the numbers the meetings feature gives them. */
export function numberItems(items: readonly AgendaItem[]): NumberedAgendaItem[] {
  const numbers = agendaNumbers(items);
  return inAgendaOrder(items).map(({ item }) => ({ item, number: numbers.get(item.id) ?? '' }));
}

export async function buildSampleDocuments(now: Date): Promise<SampleDocument[]> {
  const demo = buildDemoMunicipality(now, 'Quorum sample');
  const meeting = demo.meetings.find((m) => m.id === SAMPLE_MEETING_ID);
  if (!meeting) throw new Error(`The demo municipality has no meeting ${SAMPLE_MEETING_ID}.`);
  const body = demo.bodies.find((b) => b.id === meeting.bodyId);
  if (!body) throw new Error(`The demo meeting's body ${meeting.bodyId} is missing.`);
  const meetingItems = demo.agendaItems.filter((item) => item.meetingId === meeting.id);
  if (meetingItems.length === 0) throw new Error('The demo meeting has no agenda items to put in the samples.');
  const items = numberItems(meetingItems);
  const resolutions = demo.resolutions.filter((r) => r.meetingId === meeting.id);
  const { municipality } = demo;
  const basics = { municipality, generatedAt: now, members: demo.members, departments: demo.departments, body, meeting, items };
  const date = instantToDate(meeting.startsAt, municipality.timeZone);
  const stage = minutesStage(meeting);
  const register = [...demo.resolutions].sort((a, b) => b.adoptedOn.localeCompare(a.adoptedOn) || a.number.localeCompare(b.number, 'en', { numeric: true }));

  return Promise.all([
    buildAgendaDocument({ ...basics, audience: 'public' }).then((bytes) => ({ fileName: agendaFileName(date, body.name, 'public'), bytes })),
    buildAgendaDocument({ ...basics, audience: 'full' }).then((bytes) => ({ fileName: agendaFileName(date, body.name, 'full'), bytes })),
    buildMinutesDocument({ ...basics, resolutions, audience: 'public' }).then((bytes) => ({
      fileName: minutesFileName(date, body.name, stage, 'public'),
      bytes,
    })),
    buildMinutesDocument({ ...basics, resolutions, audience: 'full' }).then((bytes) => ({ fileName: minutesFileName(date, body.name, stage, 'full'), bytes })),
    buildResolutionRegisterDocument({
      municipality,
      generatedAt: now,
      resolutions: register,
      bodies: demo.bodies,
      departments: demo.departments,
      filters: [],
      audience: 'full',
      inCommitteeItemIds: inCommitteeItemIds(demo.agendaItems),
    }).then((bytes) => ({ fileName: registerFileName(instantToDate(now, municipality.timeZone)), bytes })),
  ]);
}
