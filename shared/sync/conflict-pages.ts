/**
 * How a field's competing versions are stored when there are more than one entry may hold.
 *
 * The schema lets one entry of `conflict.fields` hold at most `VERSIONS_PER_ENTRY` versions
 * (shared/schemas/fields.ts). A field that people keep changing apart, with nobody settling it,
 * can gather more. Dropping the oldest would lose what someone typed (the torture run's item 13).
 * So the versions go on in further entries of the same list, named after the field with a page
 * number: `discussion`, then `discussion#2`, `discussion#3`. The stored form needs no schema
 * change, and a record's size stays bounded by the schema's 200 entries and the server's
 * document limit; a record past those is refused by the server and listed as refused on the
 * laptop that holds it, never cut short.
 *
 * Everything that reads competing versions reads them joined (`joinPages`): one field, every
 * version, in the order they were kept. Everything that stores them splits them (`splitPages`).
 */
import { isPlainObject, type JsonObject } from './record-state';

export interface StoredVersion {
  value: string;
  by?: string | undefined;
  at?: string | undefined;
  origin?: 'local' | 'server' | undefined;
}

export interface StoredConflictField<V extends StoredVersion = StoredVersion> {
  field: string;
  versions: V[];
}

/** The schema's limit on versions in one entry of `conflict.fields`. */
export const VERSIONS_PER_ENTRY = 20;

const PAGE_RE = /^(.*)#([1-9][0-9]*)$/;

/** The field an entry holds versions of, and which page of them it is (1 for the entry named after the field). */
export function pageOf(entryField: string): { field: string; page: number } {
  const match = PAGE_RE.exec(entryField);
  return match?.[1] ? { field: match[1], page: Number(match[2]) } : { field: entryField, page: 1 };
}

export function pageName(field: string, page: number): string {
  return page <= 1 ? field : `${field}#${page}`;
}

/** The entries of a stored `conflict.fields` list that are well formed. */
export function storedEntries<V extends StoredVersion>(state: JsonObject | undefined): Array<StoredConflictField<V>> {
  const conflict = state?.conflict;
  if (!isPlainObject(conflict) || !Array.isArray(conflict.fields)) return [];
  return conflict.fields.filter(
    (entry): entry is StoredConflictField<V> => isPlainObject(entry) && typeof entry.field === 'string' && Array.isArray(entry.versions),
  );
}

/**
 * One entry per field, with the versions of all its pages in page order (a version that appears
 * twice is kept once), in the order the fields first appear.
 */
export function joinPages<V extends StoredVersion>(entries: ReadonlyArray<StoredConflictField<V>>): Array<StoredConflictField<V>> {
  const byField = new Map<string, Array<{ page: number; versions: V[] }>>();
  for (const entry of entries) {
    const { field, page } = pageOf(entry.field);
    const pages = byField.get(field) ?? [];
    pages.push({ page, versions: entry.versions });
    byField.set(field, pages);
  }
  return [...byField].map(([field, pages]) => {
    const versions: V[] = [];
    const seen = new Set<string>();
    for (const { versions: list } of [...pages].sort((a, b) => a.page - b.page)) {
      for (const version of list) {
        if (seen.has(version.value)) continue;
        seen.add(version.value);
        versions.push(version);
      }
    }
    return { field, versions };
  });
}

/** The stored form of joined entries: each field's versions in pages of at most `VERSIONS_PER_ENTRY`. */
export function splitPages<V extends StoredVersion>(entries: ReadonlyArray<StoredConflictField<V>>): Array<StoredConflictField<V>> {
  const out: Array<StoredConflictField<V>> = [];
  for (const { field, versions } of entries) {
    if (versions.length <= VERSIONS_PER_ENTRY) {
      out.push({ field, versions: [...versions] });
      continue;
    }
    for (let start = 0, page = 1; start < versions.length; start += VERSIONS_PER_ENTRY, page += 1) {
      out.push({ field: pageName(field, page), versions: versions.slice(start, start + VERSIONS_PER_ENTRY) });
    }
  }
  return out;
}
