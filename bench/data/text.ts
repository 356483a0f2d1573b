/**
 * Text of realistic length for the benchmark's records: sentences and paragraphs assembled from
 * council vocabulary, and subject lines filled in with places. What matters to a benchmark is
 * the size and shape of the text (what IndexedDB stores and Word lays out), not its sense.
 */
import type { RichText } from '../../shared/schemas/agenda-item';
import type { Random } from './random';
import { STREETS, SUBURBS, WEEKDAYS, WORDS } from './vocabulary';

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** One sentence of 6–24 words. */
export function sentence(random: Random): string {
  const count = random.int(6, 24);
  const words: string[] = [];
  for (let i = 0; i < count; i += 1) words.push(random.pick(WORDS));
  return `${capitalise(words.join(' '))}.`;
}

/** Sentences up to about `length` characters (at least one). */
export function prose(random: Random, length: number): string {
  let text = sentence(random);
  while (text.length < length) text += ` ${sentence(random)}`;
  return text.length > length * 1.5 ? `${text.slice(0, Math.max(1, length)).trimEnd()}.` : text;
}

/** Fills `{street}`, `{suburb}`, `{ward}`, `{number}` and `{weekday}` in a subject template. */
export function fillPlaces(random: Random, template: string, ward: string): string {
  return template
    .replaceAll('{street}', random.pick(STREETS))
    .replaceAll('{suburb}', random.pick(SUBURBS))
    .replaceAll('{ward}', ward)
    .replaceAll('{number}', String(random.int(1, 240)))
    .replaceAll('{weekday}', random.pick(WEEKDAYS));
}

/** Minuted discussion: a few paragraphs, now and then a short list, some words in bold. */
export function discussion(random: Random, paragraphs: number): RichText {
  const blocks: RichText = [];
  for (let i = 0; i < paragraphs; i += 1) {
    if (i > 0 && random.chance(0.2)) {
      const kind = random.chance(0.7) ? 'bullet' : 'numbered';
      const items = random.int(2, 4);
      for (let j = 0; j < items; j += 1) blocks.push({ kind, runs: [{ text: prose(random, random.int(30, 120)) }] });
      continue;
    }
    const text = prose(random, random.lengthAround(260, 0.6, 60, 1_400));
    const cut = text.indexOf(' ', Math.floor(text.length / 3));
    if (cut > 0 && random.chance(0.25)) {
      blocks.push({ kind: 'paragraph', runs: [{ text: text.slice(0, cut) }, { text: text.slice(cut), bold: true }] });
    } else {
      blocks.push({ kind: 'paragraph', runs: [{ text }] });
    }
  }
  return blocks;
}
