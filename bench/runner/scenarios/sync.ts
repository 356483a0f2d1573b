/**
 * Initial pull and push after a day offline, measured in Chromium through the benchmark page.
 * The pull is timed four ways on the same server database in every run, in turns, so the
 * ratios compare like with like: Quorum's sync engine, the raw limit (with and without the
 * app's indexes), the floor of RxDB's IndexedDB storage (what any RxDB app pays before
 * replication bookkeeping), the floor of RxDB's replication on it (its protocol pulling from
 * memory: the bookkeeping too), PouchDB's replication.
 */
import type { BrowserContext } from '@playwright/test';
import type { BenchConfig } from '../../cli';
import type { MetroDataSet } from '../../data/metro';
import type { Figure } from '../../report';
import { openBenchPage, profiled } from '../bench-page';
import { fillQueries, preparePrefix, type BenchServer } from '../server';

export interface SyncStage {
  context: BrowserContext;
  origin: string;
  server: BenchServer;
  data: MetroDataSet;
  config: BenchConfig;
  log: (line: string) => void;
}

const TIMEOUT_MS = 10 * 60_000;

export async function measurePull(stage: SyncStage): Promise<Figure[]> {
  const { config, server, log } = stage;
  const prefix = await preparePrefix(server, 'pull');
  const records = await fillQueries(server, prefix, stage.data, config.pullRecords);
  log(`  pull: ${records.toLocaleString('en-US')} queries on the server (${prefix})`);
  const bench = await openBenchPage(stage.context, stage.origin);
  try {
    const request = { server: server.laptop, prefix, expected: records, timeoutMs: TIMEOUT_MS };
    const quorum: number[] = [];
    const raw: number[] = [];
    const rawIndexed: number[] = [];
    const indexedRatio: number[] = [];
    const pouch: number[] = [];
    const floor: number[] = [];
    const floorRatio: number[] = [];
    const replicationFloor: number[] = [];
    const replicationFloorRatio: number[] = [];
    const quorumRatio: number[] = [];
    const pouchRatio: number[] = [];
    // One warm-up of each, not counted: the server's first reads and the JIT.
    for (let run = 0; run <= config.runs.pull; run += 1) {
      const r = await bench.call('pullRaw', request);
      const ri = await bench.call('pullRawIndexed', request);
      const q = await profiled(bench.page, `pull-${server.key}-${run}`, () => bench.call('pullQuorum', request));
      const f = await bench.call('pullStorageFloor', request);
      const rf = await bench.call('pullReplicationFloor', request);
      const p = await bench.call('pullPouch', request);
      for (const result of [r, ri, q, f, rf, p]) {
        if (Number(result.detail.records) < records) throw new Error(`A pull ended with ${result.detail.records} of ${records} records.`);
      }
      if (run === 0) continue;
      raw.push(r.ms);
      rawIndexed.push(ri.ms);
      indexedRatio.push(q.ms / ri.ms);
      quorum.push(q.ms);
      pouch.push(p.ms);
      floor.push(f.ms);
      floorRatio.push(f.ms / r.ms);
      replicationFloor.push(rf.ms);
      replicationFloorRatio.push(rf.ms / ri.ms);
      quorumRatio.push(q.ms / r.ms);
      pouchRatio.push(p.ms / r.ms);
      log(
        `  pull run ${run}: raw ${Math.round(r.ms)} ms, raw with indexes ${Math.round(ri.ms)} ms, Quorum ${Math.round(q.ms)} ms (from ${q.detail.startedAtMs} ms into its call), RxDB storage floor ${Math.round(f.ms)} ms, RxDB replication floor ${Math.round(rf.ms)} ms, PouchDB ${Math.round(p.ms)} ms`,
      );
    }
    const n = records.toLocaleString('en-US');
    return [
      { id: 'pull.raw', label: `Initial pull of ${n} records: raw limit (_all_docs + one IndexedDB transaction)`, unit: 'ms', samples: raw },
      {
        id: 'pull.raw-indexed',
        label: `Initial pull of ${n} records: raw limit with the app's indexes (same fetch, one transaction into a store with the queries schema's IndexedDB indexes)`,
        unit: 'ms',
        samples: rawIndexed,
      },
      { id: 'pull.quorum', label: `Initial pull of ${n} records: Quorum`, unit: 'ms', samples: quorum },
      { id: 'pull.floor', label: `Initial pull of ${n} records: RxDB storage floor (_all_docs + one bulkInsert, no replication)`, unit: 'ms', samples: floor },
      {
        id: 'pull.replication-floor',
        label: `Initial pull of ${n} records: RxDB replication floor (_all_docs + RxDB's replication protocol pulling from memory)`,
        unit: 'ms',
        samples: replicationFloor,
      },
      { id: 'pull.pouchdb', label: `Initial pull of ${n} records: PouchDB replication (idb)`, unit: 'ms', samples: pouch },
      {
        id: 'pull.quorum-indexed-ratio',
        label: 'Initial pull: Quorum ÷ raw limit with the same indexes',
        unit: '×',
        samples: indexedRatio,
        target: { statistic: 'median', max: 1.3 },
      },
      { id: 'pull.quorum-ratio', label: 'Initial pull: Quorum ÷ raw limit (no indexes)', unit: '×', samples: quorumRatio },
      {
        id: 'pull.floor-ratio',
        label: 'Initial pull: RxDB storage floor ÷ raw limit',
        unit: '×',
        samples: floorRatio,
        note: "What RxDB on Dexie (IndexedDB) costs with the collection's indexes before any replication bookkeeping: no replication on this storage can beat it.",
      },
      {
        id: 'pull.replication-floor-indexed-ratio',
        label: 'Initial pull: RxDB replication floor ÷ raw limit with the same indexes',
        unit: '×',
        samples: replicationFloorRatio,
        note: "RxDB's replication protocol with a handler that waits for nothing (each record written with its replication state beside it, in the app's batches): no pull built on RxDB's replication on this storage can beat it.",
      },
      { id: 'pull.pouchdb-ratio', label: 'Initial pull: PouchDB ÷ raw limit', unit: '×', samples: pouchRatio },
    ];
  } finally {
    await bench.close();
  }
}

export async function measurePush(stage: SyncStage): Promise<Figure[]> {
  const { config, server, log } = stage;
  const prefix = await preparePrefix(server, 'push');
  const records = await fillQueries(server, prefix, stage.data, config.pushChanges);
  const bench = await openBenchPage(stage.context, stage.origin);
  try {
    const samples: number[] = [];
    const raw: number[] = [];
    const ratio: number[] = [];
    let waiting = 0;
    for (let run = 1; run <= config.runs.push; run += 1) {
      const result = await profiled(bench.page, `push-${server.key}-${run}`, () =>
        bench.call('pushAfterOffline', {
          server: server.laptop,
          prefix,
          expected: records,
          changes: config.pushChanges,
          timeoutMs: TIMEOUT_MS,
        }),
      );
      samples.push(result.ms);
      waiting = Number(result.detail.recordsWaiting);
      // The raw limit of the same records, into empty databases prepared as the app's are.
      const rawPrefix = await preparePrefix(server, 'rawpush');
      const anchor = await bench.call('pushRaw', { server: server.laptop, prefix: rawPrefix, timeoutMs: TIMEOUT_MS });
      raw.push(anchor.ms);
      ratio.push(result.ms / anchor.ms);
      log(
        `  push run ${run}: ${Math.round(result.ms)} ms (from ${result.detail.startedAtMs} ms into its call) for ${result.detail.changes} changes (${waiting} records waiting); raw _bulk_docs of the same ${anchor.detail.records} records ${Math.round(anchor.ms)} ms`,
      );
    }
    return [
      {
        id: 'push',
        label: `Push of ${config.pushChanges.toLocaleString('en-US')} changes after a day offline`,
        unit: 'ms',
        samples,
        note: `Each change is a timeline entry on a query: ${waiting.toLocaleString('en-US')} records (queries, events, audit entries) reach the server; timed from the network's return to "Up to date".`,
      },
      {
        id: 'push.raw',
        label: `Push of the same records: raw limit (one _bulk_docs per database, into empty databases)`,
        unit: 'ms',
        samples: raw,
      },
      { id: 'push.ratio', label: 'Push ÷ raw _bulk_docs of the same records', unit: '×', samples: ratio, target: { statistic: 'median', max: 2 } },
    ];
  } finally {
    await bench.close();
  }
}
