/** A kept metro profile (--keep-metro) is reused only for the same data set, schemas and origin. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { scaledSizes } from '../../../bench/data/metro';
import { keptMetroPlan, MARKER, schemaHash, writeMetroMarker, type MetroMarker } from '../../../bench/runner/kept-metro';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kept-metro-test-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const want = { seed: 8, sizes: scaledSizes(0.05), schemaHash: schemaHash() };
const marker = (overrides: Partial<MetroMarker> = {}): MetroMarker => ({
  ...want,
  port: 34_641,
  counts: { queries: 5_000 },
  seedMs: 42_000,
  budgetMeetingId: 'm-1',
  seededAt: '2026-12-02T10:00:00.000Z',
  ...overrides,
});

describe('a kept metro profile', () => {
  it('is seeded into a new or empty folder', () => {
    expect(keptMetroPlan(path.join(tempDir(), 'new'), want)).toEqual({ kind: 'seed' });
    expect(keptMetroPlan(tempDir(), want)).toEqual({ kind: 'seed' });
  });

  it('refuses a folder holding something else, rather than seeding over it', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'thesis.docx'), 'precious');
    expect(() => keptMetroPlan(dir, want)).toThrow(/not empty and holds no seeded metro profile/);
  });

  it('is reused, on the port it was seeded on, for the same seed, sizes and schemas', () => {
    const dir = tempDir();
    writeMetroMarker(dir, marker());
    expect(keptMetroPlan(dir, want)).toEqual({ kind: 'reuse', marker: marker() });
  });

  it('says what differs when the data set or the schemas changed', () => {
    const dir = tempDir();
    writeMetroMarker(dir, marker({ seed: 9, schemaHash: 'feedface' }));
    expect(() => keptMetroPlan(dir, want)).toThrow(/seed 9, not 8; older schemas/);
    writeMetroMarker(dir, marker({ sizes: scaledSizes(1) }));
    expect(() => keptMetroPlan(dir, want)).toThrow(/other sizes/);
  });

  it('refuses an unreadable marker or one without a valid port', () => {
    const dir = tempDir();
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, MARKER), '{ not json');
    expect(() => keptMetroPlan(dir, want)).toThrow(/cannot be read/);
    writeMetroMarker(dir, marker({ port: 0 }));
    expect(() => keptMetroPlan(dir, want)).toThrow(/no valid port/);
  });

  it('knows the schemas by a stable digest', () => {
    expect(schemaHash()).toMatch(/^[0-9a-f]{16}$/);
    expect(schemaHash()).toBe(schemaHash());
  });
});
