/**
 * `npm run bench`: measures Quorum at metro scale in Chromium and prints a table of figures
 * (median, p95, target, verdict); writes the figures, their samples and the machine's details
 * as JSON and Markdown into bench-results/. Never part of `npm test`: figures live here, not in
 * timed tests. See `npm run bench -- --help`.
 */
import { mkdirSync, statfsSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseBenchArgs, USAGE, UsageError, type BenchConfig, type ScenarioName } from './cli';
import { MetroDataSet } from './data/metro';
import { fitProblem } from './preflight';
import { judge, markdownTable, serverColumnsTable, type Figure, type FigureRow } from './report';
import { browserProfile, buildAll, chromiumVersion, machineDetails, projectRoot, startWebServer, type MachineDetails, type WebServer } from './runner/harness';
import { measureAttendance } from './runner/scenarios/attendance';
import { measureDemoMeetingPage } from './runner/scenarios/meeting-page';
import { measureKeystrokes } from './runner/scenarios/keystroke';
import { measureColdStart, measureDocuments, measureMeetingPage, measureQueriesList, seedMetroProfile, type MetroProfile } from './runner/scenarios/metro';
import { measureJoin } from './runner/scenarios/join';
import { measurePull, measurePush } from './runner/scenarios/sync';
import { checkServer, openServer, type BenchServer } from './runner/server';
import { couchStartScript } from '../tests/integration/support/sync-server';
import { keptMetroPlan, schemaHash, type KeptMetro } from './runner/kept-metro';

const MB = 1024 * 1024;

function log(line: string): void {
  console.log(line);
}

export interface BenchResults {
  machine: MachineDetails;
  options: { quick: boolean; scale: number; seed: number; sizes: BenchConfig['sizes']; pullRecords: number; pushChanges: number; runs: BenchConfig['runs'] };
  seeded?: { counts: Record<string, number>; seconds: number; recordsPerSecond: number; reused: boolean };
  figures: FigureRow[];
  failures: Array<{ scenario: string; message: string }>;
}

/** A sync figure as measured against one server: its id and label say which. */
function forServer(figure: Figure, server: BenchServer): Figure {
  return { ...figure, id: `${figure.id}@${server.key}`, label: `${figure.label} [${server.name}]`, server: server.name };
}

async function main(): Promise<number> {
  let config: BenchConfig | 'help';
  try {
    config = parseBenchArgs(process.argv.slice(2), process.env, { couchdb: couchStartScript() !== null });
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  }
  if (config === 'help') {
    console.log(USAGE);
    return 0;
  }
  const started = Date.now();
  const now = new Date();
  const wants = (name: ScenarioName) => config.only.has(name);
  const metroWanted = wants('cold-start') || wants('bundle') || wants('queries') || wants('meeting') || wants('documents');

  // Before anything is built or started: does the data fit, and does the server answer?
  const disk = statfsSync(os.tmpdir());
  const problem = fitProblem(metroWanted ? config.scale : 0, {
    freeMemoryMb: Math.floor(os.freemem() / MB),
    freeDiskMb: Math.floor((disk.bavail * disk.bsize) / MB),
  });
  if (problem) {
    console.error(problem);
    return 1;
  }
  if (config.server) await checkServer(config.server.url, config.server);
  let kept: KeptMetro | null = null;
  if (config.keepMetro && metroWanted) {
    try {
      kept = keptMetroPlan(config.keepMetro, { seed: config.seed, sizes: config.sizes, schemaHash: schemaHash() });
    } catch (error) {
      console.error(error instanceof Error ? error.message : String(error));
      return 1;
    }
  }

  const sizes = config.sizes;
  log(
    `Quorum benchmark${config.quick ? ' (quick)' : ''}: scale ${config.scale} — ${sizes.meetings.toLocaleString('en-US')} meetings, ${sizes.agendaItems.toLocaleString('en-US')} agenda items, ${sizes.resolutions.toLocaleString('en-US')} resolutions, ${sizes.stakeholders.toLocaleString('en-US')} stakeholders, ${sizes.queries.toLocaleString('en-US')} queries; seed ${config.seed}`,
  );
  log('Building the app and the benchmark page…');
  await buildAll();

  const figures: Figure[] = [];
  const failures: BenchResults['failures'] = [];
  const screenshots = path.resolve(projectRoot, config.out, 'screenshots');
  mkdirSync(screenshots, { recursive: true });
  let web: WebServer | null = null;
  let server: BenchServer | null = null;
  let metro: MetroProfile | null = null;
  const attempt = async (scenario: string, work: () => Promise<Figure[]>) => {
    log(`▶ ${scenario}`);
    try {
      figures.push(...(await work()));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      failures.push({ scenario, message });
      console.error(`  ✗ ${scenario} failed: ${message}`);
    }
  };

  try {
    // A kept metro profile's IndexedDB belongs to the origin it was seeded on.
    web = await startWebServer(kept?.kind === 'reuse' ? kept.marker.port : undefined);
    const origin = web.origin;
    const data = new MetroDataSet({ seed: config.seed, sizes, now });
    // The sync figures against each server in turn (pouchdb-server, then Apache CouchDB where
    // it is here), each figure's id and label naming its server: the report puts them side by side.
    if (wants('pull') || wants('push') || wants('join')) {
      const kinds = config.server ? (['pouchdb'] as const) : config.servers;
      for (const kind of kinds) {
        const syncServer = await openServer(config.server, origin, kind);
        log(`Sync server: ${syncServer.name} at ${syncServer.url}${config.server ? '' : ' (started for this run)'}`);
        const profile = browserProfile(`sync-${syncServer.key}`);
        const context = await profile.open();
        const stage = { context, origin, server: syncServer, data, config, log };
        const named = (work: () => Promise<Figure[]>) => async () => (await work()).map((f) => forServer(f, syncServer));
        try {
          if (wants('pull'))
            await attempt(
              `initial pull (${syncServer.name})`,
              named(() => measurePull(stage)),
            );
          if (wants('push'))
            await attempt(
              `push after a day offline (${syncServer.name})`,
              named(() => measurePush(stage)),
            );
          if (wants('join'))
            await attempt(
              `a new laptop joins the metro (${syncServer.name})`,
              named(() => measureJoin(stage)),
            );
        } finally {
          await context.close();
          profile.dispose();
          await syncServer.stop();
        }
      }
    }
    if (wants('keystroke')) {
      server = await openServer(config.server, origin);
      log(`Sync server: ${server.url}${config.server ? '' : ' (pouchdb-server started for this run)'}`);
    }
    if (server && wants('keystroke')) {
      const s = server;
      await attempt('keystroke → durable', () =>
        measureKeystrokes({ origin, server: s, keys: config.runs.keystrokes, log, screenshot: path.join(screenshots, 'minutes-typing.png') }),
      );
    }
    if (wants('meeting')) {
      await attempt('meeting page (demo)', () =>
        measureDemoMeetingPage({ origin, runs: config.runs.queriesList, log, screenshot: path.join(screenshots, 'meeting-demo.png') }),
      );
    }
    if (wants('attendance')) {
      await attempt('attendance register', () =>
        measureAttendance({ origin, rounds: config.runs.attendance, log, screenshot: path.join(screenshots, 'attendance-register.png') }),
      );
    }
    const metroStage = { origin, config, now, log, screenshots };
    if (metroWanted) {
      log('▶ seeding the metro data set into IndexedDB');
      metro = await seedMetroProfile(
        metroStage,
        config.keepMetro && kept ? { dir: config.keepMetro, plan: kept, port: Number(new URL(origin).port) } : undefined,
      );
      const m = metro;
      if (m.seeded) {
        const total = Object.values(m.counts).reduce((a, b) => a + b, 0);
        figures.push({
          id: 'seeding',
          label: `Seeding the metro data set into IndexedDB (${total.toLocaleString('en-US')} records, ${Math.round(total / (m.seedMs / 1000)).toLocaleString('en-US')} records/s)`,
          unit: 's',
          samples: [m.seedMs / 1000],
          note: `The stage, not a user's figure. ${Object.entries(m.seeded.phases)
            .map(([phase, ms]) => `${phase}: ${(ms / 1000).toFixed(1)} s`)
            .join('; ')}.`,
        });
      }
      if (wants('cold-start') || wants('bundle')) {
        await attempt('cold start', async () =>
          (await measureColdStart(metroStage, m)).filter((f) => (f.id === 'bundle' ? wants('bundle') : wants('cold-start'))),
        );
      }
      if (wants('queries')) {
        await attempt('queries list', async () => {
          const { figures: list, heapMb } = await measureQueriesList(metroStage, m);
          return [
            ...list,
            {
              id: 'memory',
              label: 'JS heap with the full data set loaded (dashboard, then queries list)',
              unit: 'MB',
              samples: [heapMb],
              note: "Chromium's JSHeapUsedSize after a full garbage collection.",
            },
          ];
        });
      }
      if (wants('meeting')) await attempt('meeting page', () => measureMeetingPage(metroStage, m));
      if (wants('documents')) await attempt('Word documents', () => measureDocuments(metroStage, m));
    }
  } finally {
    metro?.profile.dispose();
    await server?.stop();
    await web?.stop();
  }

  const rows = figures.map(judge);
  const results: BenchResults = {
    machine: machineDetails(chromiumVersion(), now),
    options: {
      quick: config.quick,
      scale: config.scale,
      seed: config.seed,
      sizes,
      pullRecords: config.pullRecords,
      pushChanges: config.pushChanges,
      runs: config.runs,
    },
    ...(metro
      ? {
          seeded: {
            counts: metro.counts,
            seconds: Math.round(metro.seedMs / 100) / 10,
            recordsPerSecond: Math.round(Object.values(metro.counts).reduce((a, b) => a + b, 0) / (metro.seedMs / 1000)),
            reused: !metro.seeded,
          },
        }
      : {}),
    figures: rows,
    failures,
  };
  const m = results.machine;
  const table = markdownTable(rows);
  const columns = serverColumnsTable(rows);
  const header = `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB · ${m.os} · Node ${m.node} · ${m.chromium} · commit ${m.commit}`;
  log(`\n${header}\n\n${table}\n`);
  if (columns) log(`The sync figures by server, side by side:\n\n${columns}\n`);
  for (const row of rows) if (row.note) log(`- ${row.label}: ${row.note}`);
  for (const f of failures) log(`FAILED: ${f.scenario}: ${f.message}`);
  const out = path.resolve(projectRoot, config.out);
  mkdirSync(out, { recursive: true });
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  writeFileSync(path.join(out, `bench-${stamp}.json`), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(path.join(out, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(path.join(out, `bench-${stamp}.md`), `# Quorum benchmark, ${now.toISOString()}\n\n${header}\n\n${table}\n${columns ? `\n${columns}\n` : ''}`);
  log(`\nWritten: ${path.relative(process.cwd(), path.join(out, `bench-${stamp}.json`))} (and .md) in ${Math.round((Date.now() - started) / 1000)} s.`);
  return failures.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
