/**
 * The benchmark page: gives the runner `window.quorumBench` (see api.ts) and says it is ready.
 * It has no UI; everything it does runs the app's own modules.
 */
import type { BenchApi } from './api';
import { prepareDemoProfile } from './demo-profile';
import { exportMinutes, exportRegister } from './documents';
import { joinPouch, joinQuorum, joinRawIndexed, seedServerConfig } from './join';
import { seedMetro } from './metro-seed';
import { pullPouch, pullQuorum, pullRaw, pullRawIndexed, pullReplicationFloor, pullStorageFloor } from './pull';
import { pushAfterOffline, pushRaw } from './push';

const api: BenchApi = {
  seedMetro,
  pullQuorum,
  pullRaw,
  pullRawIndexed,
  pullStorageFloor,
  pullReplicationFloor,
  pullPouch,
  pushAfterOffline,
  pushRaw,
  seedServerConfig,
  joinQuorum,
  joinRawIndexed,
  joinPouch,
  prepareDemoProfile,
  exportMinutes,
  exportRegister,
};
window.quorumBench = api;
document.title = 'Quorum bench: ready';
