/**
 * A seeded metro profile kept between runs (`--keep-metro DIR`): seeding 860,000 records into
 * IndexedDB takes minutes (16 here before the seeding worker), so a developer measuring a change seeds once.
 * A marker file says what the profile holds; it is reused only for the same data set and the same
 * schemas, and on the same port (IndexedDB belongs to an origin).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { collectionDefinitions } from '../../shared/schemas';
import type { MetroSizes } from '../data/metro';

export const MARKER = 'quorum-bench-metro.json';

export interface MetroMarker {
  seed: number;
  sizes: MetroSizes;
  schemaHash: string;
  port: number;
  counts: Record<string, number>;
  seedMs: number;
  budgetMeetingId: string | null;
  seededAt: string;
}

/** A digest of every collection's schema: a kept profile from other schemas would need migrating. */
export function schemaHash(): string {
  const schemas = Object.entries(collectionDefinitions()).map(([name, definition]) => [name, definition.schema]);
  return createHash('sha256').update(JSON.stringify(schemas)).digest('hex').slice(0, 16);
}

export type KeptMetro = { kind: 'reuse'; marker: MetroMarker } | { kind: 'seed' };

/** What to do with DIR: reuse what it holds, or seed into it; a clear message when neither is safe. */
export function keptMetroPlan(dir: string, want: { seed: number; sizes: MetroSizes; schemaHash: string }): KeptMetro {
  const file = path.join(dir, MARKER);
  if (!existsSync(file)) {
    if (existsSync(dir) && readdirSync(dir).length > 0) {
      throw new Error(`--keep-metro ${dir}: the folder is not empty and holds no seeded metro profile (${MARKER}); give an empty or new folder.`);
    }
    return { kind: 'seed' };
  }
  let marker: MetroMarker;
  try {
    marker = JSON.parse(readFileSync(file, 'utf8')) as MetroMarker;
  } catch {
    throw new Error(`--keep-metro ${dir}: ${MARKER} cannot be read; delete the folder to seed again.`);
  }
  const differs: string[] = [];
  if (marker.seed !== want.seed) differs.push(`seed ${marker.seed}, not ${want.seed}`);
  if (JSON.stringify(marker.sizes) !== JSON.stringify(want.sizes)) differs.push('other sizes (--scale)');
  if (marker.schemaHash !== want.schemaHash) differs.push('older schemas (the app changed since)');
  if (differs.length > 0)
    throw new Error(`--keep-metro ${dir} holds a different data set: ${differs.join('; ')}. Delete the folder to seed again, or give another.`);
  if (!Number.isInteger(marker.port) || marker.port <= 0 || marker.port > 65_535)
    throw new Error(`--keep-metro ${dir}: ${MARKER} names no valid port; delete the folder to seed again.`);
  return { kind: 'reuse', marker };
}

export function writeMetroMarker(dir: string, marker: MetroMarker): void {
  writeFileSync(path.join(dir, MARKER), `${JSON.stringify(marker, null, 2)}\n`);
}
