/** A stakeholder query taken to a meeting as a question, and the answer flowing back to it. */
import { firstValueFrom } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import { agendaNumbers } from '../../../shared/domain/agenda-numbering';
import { loadDemoMunicipality } from '../../../renderer/src/features/onboarding/demo-loader';
import { createTestData, type TestData } from '../support/test-database';

describe('a query placed on an agenda as a question', () => {
  let data: TestData;
  afterEach(async () => {
    await data.db.remove();
  });

  it('adds a question item under Questions, and the minuted answer reaches the query timeline', async () => {
    const now = new Date('2026-11-23T08:00:00.000Z');
    data = await createTestData('Thuli Secretary', () => now);
    const { repos } = data;
    await loadDemoMunicipality(repos, now);
    const query = (await repos.queries.findById('demo-q-3'))!;

    // The next Council meeting is a draft: the question becomes 9.1 under Questions.
    const item = await repos.queryQuestions.placeOnAgenda(query.id, 'demo-mtg-council-next', 'For the Speaker to put to the MMC');
    const items = await repos.agenda.listForMeeting('demo-mtg-council-next');
    expect(agendaNumbers(items).get(item.id)).toBe('9.1');
    expect(item).toMatchObject({ kind: 'question', title: `Question: ${query.subject} (${query.reference})` });
    expect(await repos.agenda.findById(item.id)).toMatchObject({ queryId: query.id });
    expect(await repos.queries.findById(query.id)).toMatchObject({ agendaMeetingId: 'demo-mtg-council-next', agendaItemId: item.id });
    await expect(repos.queryQuestions.placeOnAgenda(query.id, 'demo-mtg-council-next')).rejects.toThrow(/already on an agenda/);

    await repos.meetingWorkflow.act('demo-mtg-council-next', 'issue_notice');
    await repos.meetingWorkflow.act('demo-mtg-council-next', 'open', undefined, { anotherDay: true });
    await repos.queryQuestions.recordAnswer(item.id, 'The streetlights will be repaired by 5 December.');
    expect(await repos.agenda.findById(item.id)).toMatchObject({ decision: 'noted', decisionNote: 'Answer: The streetlights will be repaired by 5 December.' });
    const timeline = await firstValueFrom(repos.queryTimeline.watchForQuery(query.id));
    expect(timeline.map((e) => e.kind)).toEqual(expect.arrayContaining(['placed_on_agenda', 'answered_in_meeting']));
    expect(timeline.find((e) => e.kind === 'answered_in_meeting')?.text).toContain('The streetlights will be repaired by 5 December.');
    expect((await repos.queries.findById(query.id))?.answeredAt).toBeTruthy();
  });

  it('gives a question a frozen number once the notice is out', async () => {
    const now = new Date('2026-11-23T08:00:00.000Z');
    data = await createTestData('Thuli Secretary', () => now);
    await loadDemoMunicipality(data.repos, now);
    // The Finance committee's notice is issued and its agenda has no Questions item: the question is lettered after the last item.
    const item = await data.repos.queryQuestions.placeOnAgenda('demo-q-2', 'demo-mtg-finance');
    expect(item.frozenNumber).toBe('6A');
  });
});
