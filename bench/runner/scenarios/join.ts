/**
 * A new laptop joins a metro municipality (issue 18): the server holds the whole data set at the
 * bench's scale (about 860,000 records at full scale), and an empty laptop joins it three ways in
 * each run (Quorum, the raw limit with the same indexes, PouchDB), in turns, on the same
 * databases. No warm-up run: a full join takes many minutes, and its first seconds are a small
 * part of it.
 */
import type { Figure } from '../../report';
import { COLLECTION_NAMES } from '../../../shared/schemas/vocabulary';
import { openBenchPage, profiled } from '../bench-page';
import { fillMetro, preparePrefix, recordCounts } from '../server';
import type { SyncStage } from './sync';

const TIMEOUT_MS = 90 * 60_000;

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export async function measureJoin(stage: SyncStage): Promise<Figure[]> {
  const { config, server, log } = stage;
  const prefix = await preparePrefix(server, 'join');
  const bench = await openBenchPage(stage.context, stage.origin);
  try {
    const filling = Date.now();
    await bench.call('seedServerConfig', {
      server: server.laptop,
      prefix,
      seed: config.seed,
      sizes: config.sizes,
      now: stage.data.options.now.toISOString(),
      userName: 'Bench Secretary',
      timeoutMs: TIMEOUT_MS,
    });
    await fillMetro(server, prefix, stage.data, log);
    const expected = await recordCounts(server, prefix, COLLECTION_NAMES);
    const records = Object.values(expected).reduce((sum, n) => sum + n, 0);
    log(`  join: ${records.toLocaleString('en-US')} records on the server in ${seconds(Date.now() - filling)} (${prefix})`);
    const request = { server: server.laptop, prefix, expected, timeoutMs: TIMEOUT_MS };
    const usable: number[] = [];
    const complete: number[] = [];
    const rawUsable: number[] = [];
    const raw: number[] = [];
    const ratio: number[] = [];
    const pouchUsable: number[] = [];
    const pouch: number[] = [];
    const longest: number[] = [];
    for (let run = 1; run <= config.runs.join; run += 1) {
      const q = await profiled(bench.page, `join-${server.key}`, () => bench.call('joinQuorum', request));
      const r = await bench.call('joinRawIndexed', request);
      const p = await bench.call('joinPouch', request);
      for (const [who, result] of [['the raw limit', r] as const, ['PouchDB', p] as const]) {
        if (Number(result.detail.records) < records) throw new Error(`${who}'s join ended with ${result.detail.records} of ${records} records.`);
      }
      usable.push(Number(q.detail.usableMs));
      complete.push(q.ms);
      rawUsable.push(Number(r.detail.usableMs));
      raw.push(r.ms);
      ratio.push(q.ms / r.ms);
      pouchUsable.push(Number(p.detail.usableMs));
      pouch.push(p.ms);
      longest.push(Number(q.detail.longestTaskInBackgroundMs));
      log(
        `  join run ${run}: Quorum usable ${seconds(Number(q.detail.usableMs))}, complete ${seconds(q.ms)} (longest task ${q.detail.longestTaskMs} ms, in the background ${q.detail.longestTaskInBackgroundMs} ms, ${q.detail.tasksOver200MsInBackground} tasks over 200 ms); raw with indexes ${seconds(r.ms)}; PouchDB usable ${seconds(Number(p.detail.usableMs))}, complete ${seconds(p.ms)}`,
      );
    }
    const n = records.toLocaleString('en-US');
    return [
      {
        id: 'join.usable',
        label: `A new laptop joins (${n} records): Quorum, time to usable`,
        unit: 'ms',
        samples: usable,
        target: { statistic: 'median', max: 60_000 },
        note: 'From saving the sync settings on an empty laptop to the end of the first stage (settings, bodies, members, meetings, agendas, resolutions, stakeholders, queries), when the app opens; the query timelines and the audit trail follow in the background.',
      },
      { id: 'join.complete', label: `A new laptop joins: Quorum, time to complete`, unit: 'ms', samples: complete },
      { id: 'join.raw-usable', label: `A new laptop joins: raw limit with the same indexes, the first stage's databases`, unit: 'ms', samples: rawUsable },
      {
        id: 'join.raw',
        label: `A new laptop joins: raw limit with the same indexes, every database (_all_docs pages, one transaction each)`,
        unit: 'ms',
        samples: raw,
      },
      { id: 'join.pouchdb-usable', label: `A new laptop joins: PouchDB replication, the first stage's databases`, unit: 'ms', samples: pouchUsable },
      { id: 'join.pouchdb', label: `A new laptop joins: PouchDB replication, every database`, unit: 'ms', samples: pouch },
      {
        id: 'join.ratio',
        label: 'A new laptop joins: Quorum complete ÷ raw limit with the same indexes',
        unit: '×',
        samples: ratio,
        target: { statistic: 'median', max: 2 },
      },
      {
        id: 'join.longest-task',
        label: 'A new laptop joins: longest main-thread task while the rest arrives in the background',
        unit: 'ms',
        samples: longest,
        target: { statistic: 'median', max: 200 },
        note: "Chromium's Long Tasks API in the page that runs the app's sync engine, from the end of the first stage to the end of the join.",
      },
    ];
  } finally {
    await bench.close();
  }
}
