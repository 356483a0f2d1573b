/**
 * Packs a document whose long tables write their body rows as text (fast-rows.ts): while docx
 * packs it, each table's rows stand in word/document.xml as one marker element, and their text
 * takes its place afterwards, in the packed file. docx's writer then turns a few dozen objects
 * into XML instead of a million (a 20,000-row register), which was most of the register's time.
 *
 * Only the tables among a part's own children are spliced; any other (inside another table, say)
 * writes its rows through docx, as before, and gives the same XML.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { rowRunOf, RUN_MARKER_ELEMENT, type RowRun } from './fast-rows';

const DOCUMENT_PART = 'word/document.xml';

/** The row runs of the tables among these children. */
export function rowRunsIn(children: readonly object[]): RowRun[] {
  return children.flatMap((child) => rowRunOf(child) ?? []);
}

function markerPattern(id: string): RegExp {
  // docx writes an empty element as <a/>; a template's writer may write <a></a>.
  return new RegExp(`<${RUN_MARKER_ELEMENT} id="${id}"\\s*(?:/>|></${RUN_MARKER_ELEMENT}>)`, 'g');
}

/** The packed file with each run's rows in place of its marker; a marker missing, or found twice, is an error, never a table without rows. */
export function spliceRows(packed: Uint8Array, runs: readonly RowRun[]): Uint8Array {
  const files = unzipSync(packed);
  const part = files[DOCUMENT_PART];
  if (!part) throw new Error(`The packed document has no ${DOCUMENT_PART}.`);
  const xml = strFromU8(part);
  // Every marker is found in the document as docx wrote it (small: the rows are not in it yet).
  const places = runs
    .map((run) => {
      const id = run.marker ?? '';
      const found = [...xml.matchAll(markerPattern(id))];
      const [match] = found;
      if (found.length !== 1 || !match || run.xml === null)
        throw new Error(`A table's rows could not be put in place (marker ${id} found ${found.length} times).`);
      return { start: match.index, end: match.index + match[0].length, rows: run.xml };
    })
    .sort((a, b) => a.start - b.start);
  const pieces: string[] = [];
  let from = 0;
  for (const place of places) {
    pieces.push(xml.slice(from, place.start), ...place.rows);
    from = place.end;
  }
  pieces.push(xml.slice(from));
  files[DOCUMENT_PART] = utf8(pieces);
  return zipSync(files);
}

/** The pieces of text as one run of UTF-8 bytes, without first joining them into one string. */
function utf8(pieces: readonly string[]): Uint8Array<ArrayBuffer> {
  const encoded = pieces.map((piece) => strToU8(piece));
  const bytes = new Uint8Array(encoded.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of encoded) {
    bytes.set(part, offset);
    offset += part.length;
  }
  return bytes;
}

let packings = 0;

/**
 * Packs with `pack` (docx's Packer or patchDocument) while the runs stand as markers, then splices
 * their rows in. Without runs, it is `pack` alone.
 */
export async function packWithRows(runs: readonly RowRun[], pack: () => Promise<Uint8Array>): Promise<Uint8Array> {
  if (runs.length === 0) return pack();
  packings += 1;
  const packing = `${packings}-${Math.random().toString(36).slice(2, 10)}`;
  runs.forEach((run, index) => {
    run.marker = `${packing}-${index}`;
    run.xml = null;
  });
  try {
    return spliceRows(await pack(), runs);
  } finally {
    for (const run of runs) {
      run.marker = null;
      run.xml = null;
    }
  }
}
