/**
 * The benchmark page: gives the runner `window.quorumBench` (see api.ts) and says it is ready.
 * It has no UI; everything it does runs the app's own modules.
 */
import type { BenchApi } from './api';
import { prepareDemoProfile } from './demo-profile';
import { exportMinutes, exportRegister } from './documents';
import { seedMetro } from './metro-seed';
import { pullPouch, pullQuorum, pullRaw, pullStorageFloor } from './pull';
import { pushAfterOffline } from './push';

const api: BenchApi = { seedMetro, pullQuorum, pullRaw, pullStorageFloor, pullPouch, pushAfterOffline, prepareDemoProfile, exportMinutes, exportRegister };
window.quorumBench = api;
document.title = 'Quorum bench: ready';
