/**
 * The renderer's document exporter over a real RxDB database holding the demo municipality:
 * it gathers the records through the repositories, names the file, saves it through the
 * platform, applies the letterhead template, and falls back to the built-in letterhead, with a
 * notice, when the stored template cannot be used. Files are read back with mammoth.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { agendaNumbers, inAgendaOrder } from '../../shared/domain/agenda-numbering';
import { instantToDate } from '../../shared/domain/time';
import { bytesToBase64 } from '../../shared/documents/binary';
import { TemplateError } from '../../shared/documents/template';
import type { NumberedAgendaItem } from '../../shared/documents/inputs';
import type { SaveFileRequest, SaveFileResult } from '../../shared/ipc-contract';
import { createDocumentExporter, DocumentExportError, WORD_FILTERS, type DocumentExporter } from '../../renderer/src/features/documents/document-exporter';
import { adoptTemplate, removeTemplate } from '../../renderer/src/features/documents/letterhead-template';
import { loadDemoMunicipality } from '../../renderer/src/features/onboarding/demo-loader';
import { createTestData, type TestData } from '../unit/support/test-database';
import { letterheadTemplate } from '../unit/shared/documents/support/templates';
import { inOrder, mammothText } from '../unit/shared/documents/support/readers';

const NOW = new Date('2026-11-23T08:00:00.000Z');
const PAST = 'demo-mtg-council-past';

describe('the document exporter', () => {
  let data: TestData;
  let saved: SaveFileRequest[];
  let exporter: DocumentExporter;

  const numbered = async (meetingId: string): Promise<NumberedAgendaItem[]> => {
    const items = await data.repos.agenda.listForMeeting(meetingId);
    const numbers = agendaNumbers(items);
    return inAgendaOrder(items).map(({ item }) => ({ item, number: numbers.get(item.id) ?? '' }));
  };
  const lastText = () => mammothText(saved.at(-1)!.bytes);

  beforeEach(async () => {
    data = await createTestData('Thuli Secretary', () => NOW);
    await loadDemoMunicipality(data.repos, NOW);
    saved = [];
    exporter = createDocumentExporter({
      repos: data.repos,
      files: {
        save: (request): Promise<SaveFileResult> => {
          saved.push(request);
          return Promise.resolve({ status: 'downloaded', fileName: request.suggestedName });
        },
      },
      now: () => NOW,
      author: () => 'Thuli Secretary',
    });
  });

  afterEach(async () => {
    await data.db.close();
  });

  it('exports draft minutes of a meeting under the name a secretary files them by', async () => {
    const outcome = await exporter.minutes(PAST, await numbered(PAST), 'full');
    const meeting = (await data.repos.meetings.findById(PAST))!;
    const date = instantToDate(meeting.startsAt);
    expect(outcome).toEqual({
      fileName: `${date} Council Minutes DRAFT.docx`,
      result: { status: 'downloaded', fileName: `${date} Council Minutes DRAFT.docx` },
    });
    expect(saved[0]?.filters).toEqual(WORD_FILTERS);
    const text = await lastText();
    expect(
      inOrder(text, [
        'Minutes: Ordinary Council Meeting',
        'Attendance',
        'Proceedings',
        'Adjustment budget: water infrastructure',
        'RESOLVED',
        'Legal opinion on a labour dispute',
        'Confirmation',
      ]),
    ).toBe(true);
  });

  it('exports the public agenda without the in-committee item', async () => {
    await exporter.agenda(PAST, await numbered(PAST), 'public');
    expect(saved[0]?.suggestedName).toMatch(/ Council Agenda PUBLIC\.docx$/);
    const text = await lastText();
    expect(text).toContain('Confidential item');
    expect(text).not.toContain('Legal opinion on a labour dispute');
  });

  it('exports the register as filtered on screen, and says how', async () => {
    await exporter.resolutionRegister({ outcome: 'failed', bodyId: 'demo-body-council' });
    expect(saved[0]?.suggestedName).toBe('2026-11-23 Council Resolution Register.docx');
    const text = await lastText();
    expect(text).toContain('Filtered by Body: Council; Outcome: Failed.');
    expect(text).toContain('Motion on after-hours clinic services');
    expect(text).not.toContain('Adjustment budget: water infrastructure');
  });

  it('exports the quarterly report, the query report and an acknowledgement letter', async () => {
    await exporter.quarterlyReport('demo-body-council', { financialYear: 2026, quarter: 2 }, 'public');
    expect(saved[0]?.suggestedName).toBe('2026-27 Q2 Council Resolutions Progress Report.docx');
    expect(await lastText()).toContain('Adjustment budget: water infrastructure');

    const queries = await data.repos.queries.findById('demo-q-1');
    await exporter.queryReport([queries!], [{ label: 'Ward', value: '4' }]);
    expect(saved[1]?.suggestedName).toBe('2026-11-23 Query Report.docx');
    expect(await lastText()).toContain('Filtered by Ward: 4.');

    await exporter.acknowledgementLetter('demo-q-1');
    expect(saved[2]?.suggestedName).toBe(`${queries!.reference} Acknowledgement.docx`);
    expect(inOrder(await lastText(), [queries!.reference, 'Dear ', queries!.subject, 'Yours faithfully', 'Thuli Secretary', 'For the Municipal Manager'])).toBe(
      true,
    );
  });

  it('refuses a meeting or query that no longer exists, saving nothing', async () => {
    await expect(exporter.minutes('gone', [], 'full')).rejects.toThrow(DocumentExportError);
    await expect(exporter.acknowledgementLetter('gone')).rejects.toThrow('This query no longer exists');
    expect(saved).toHaveLength(0);
  });

  it('uses the letterhead template once adopted, and the built-in one after it is removed', async () => {
    await expect(adoptTemplate(data.repos, 'Broken.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1]))).rejects.toBeInstanceOf(TemplateError);
    expect((await data.repos.settings.getArea('documentTemplate')).fileName).toBe('');

    const report = await adoptTemplate(data.repos, 'Letterhead.docx', await letterheadTemplate());
    expect(report.unknown).toEqual(['unknown_thing']);
    const stored = await data.repos.settings.getArea('documentTemplate');
    expect(stored).toMatchObject({ fileName: 'Letterhead.docx', placeholders: expect.arrayContaining(['content', 'municipality']) as unknown });

    await exporter.resolutionRegister({});
    expect(await lastText()).toContain('OFFICIAL LETTERHEAD TEMPLATE');

    await removeTemplate(data.repos);
    await exporter.resolutionRegister({});
    expect(await lastText()).not.toContain('OFFICIAL LETTERHEAD TEMPLATE');
  });

  it('falls back to the built-in letterhead, and says so, when the stored template fails', async () => {
    const damaged = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]);
    await data.repos.settings.saveArea('documentTemplate', {
      fileName: 'Letterhead.docx',
      size: damaged.byteLength,
      dataBase64: bytesToBase64(damaged),
      placeholders: ['content'],
    });
    const outcome = await exporter.resolutionRegister({});
    expect(outcome.notice).toMatch(/The letterhead template could not be read: it may be damaged\. The built-in letterhead was used instead\./);
    expect(await lastText()).toContain('Resolution register');
  });
});
