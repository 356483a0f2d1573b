/**
 * Word documents from the metro's records, through the app's own document exporter: it gathers
 * the records through the repositories, builds the .docx with the shared builders (loaded on
 * first use, as in the app) and hands the bytes to the platform's save, here a stand-in that
 * only counts them. The agenda outline is prepared before the clock, as the meeting page has it
 * on screen before the person presses Export.
 */
import { quorumStorage } from '../../renderer/src/db/storage';
import { agendaNumbers, inAgendaOrder } from '../../shared/domain/agenda-numbering';
import type { NumberedAgendaItem } from '../../shared/documents/inputs';
import type { SaveFileRequest, SaveFileResult } from '../../shared/ipc-contract';
import { DATABASE_NAME } from '../../renderer/src/db/browser-database';
import { createQuorumDatabase, type QuorumDatabase } from '../../renderer/src/db/create-database';
import { createRepositories, type Repositories } from '../../renderer/src/db/repositories';
import { fixedWriteContext } from '../../renderer/src/db/write-context';
import { createDocumentExporter, type DocumentExporter } from '../../renderer/src/features/documents/document-exporter';
import type { ExportRequest, TimedResult } from './api';

interface Session {
  db: QuorumDatabase;
  repos: Repositories;
  exporter: DocumentExporter;
  saved: { bytes: number; name: string };
}

async function openSession(request: ExportRequest): Promise<Session> {
  const db = await createQuorumDatabase({ name: DATABASE_NAME, storage: quorumStorage(), multiInstance: false });
  const repos = createRepositories(db, fixedWriteContext(request.userName, 'bench'));
  const saved = { bytes: 0, name: '' };
  const exporter = createDocumentExporter({
    repos,
    files: {
      save: (file: SaveFileRequest): Promise<SaveFileResult> => {
        saved.bytes = file.bytes.length;
        saved.name = file.suggestedName;
        return Promise.resolve({ status: 'downloaded', fileName: file.suggestedName });
      },
    },
    now: () => new Date(request.now),
    author: () => request.userName,
  });
  return { db, repos, exporter, saved };
}

export async function exportMinutes(request: ExportRequest): Promise<TimedResult> {
  const session = await openSession(request);
  try {
    const items = await session.repos.agenda.listForMeeting(request.meetingId);
    const numbers = agendaNumbers(items);
    const outline: NumberedAgendaItem[] = inAgendaOrder(items).map(({ item }) => ({ item, number: numbers.get(item.id) ?? '' }));
    const started = performance.now();
    await session.exporter.minutes(request.meetingId, outline, 'full');
    const ms = performance.now() - started;
    return { ms, detail: { items: outline.length, bytes: session.saved.bytes, file: session.saved.name } };
  } finally {
    await session.db.close();
  }
}

export async function exportRegister(request: ExportRequest): Promise<TimedResult> {
  const session = await openSession(request);
  try {
    const rows = await session.db.resolutions.count().exec();
    const started = performance.now();
    await session.exporter.resolutionRegister({});
    const ms = performance.now() - started;
    return { ms, detail: { rows, bytes: session.saved.bytes, file: session.saved.name } };
  } finally {
    await session.db.close();
  }
}
