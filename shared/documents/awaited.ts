/**
 * What a query waiting for the stakeholder waits for: the reason given when its clock was paused
 * ("What is needed from the stakeholder"), which the timeline keeps wrapped in its own words
 * (QueryRepository.awaitStakeholder). Pure, without docx, so the exporter reads it cheaply.
 */
import type { QueryEvent } from '../schemas';

const WRAPPER = /^Waiting for the stakeholder:\s*([\s\S]*?)\s*The clock is paused\.?$/;

/** The reason of the latest pause on the timeline, without the words the timeline wraps it in; '' when none. */
export function awaitedOf(events: readonly Pick<QueryEvent, 'kind' | 'at' | 'text'>[]): string {
  const latest = events
    .filter((e) => e.kind === 'paused')
    .reduce<(typeof events)[number] | undefined>((last, e) => (!last || e.at >= last.at ? e : last), undefined);
  const text = (latest?.text ?? '').trim();
  return (WRAPPER.exec(text)?.[1] ?? text).trim();
}
