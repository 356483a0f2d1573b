/**
 * The server's validation while laptops move to version 1 of queries (officers as officials): a
 * query from a laptop not yet updated (no officerId) and one from an updated laptop are both
 * accepted, so neither stops syncing; anything else about the record is still checked.
 */
import { describe, expect, it } from 'vitest';
import { validateDocUpdateSource } from '../../../shared/couch/validate-doc-update';
import { aQuery } from './query-fixtures';

type Validate = (newDoc: object, oldDoc: object | null, userCtx: { name: string | null; roles: string[] }, secObj: object) => void;

function refusal(doc: object): string | null {
  // CouchDB evaluates the function's source text; so do we, in place of its JavaScript engine.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const validate = (new Function(`return (${validateDocUpdateSource('queries')});`) as () => Validate)();
  try {
    validate(doc, null, { name: 'lerato', roles: ['operations'] }, {});
    return null;
  } catch (error) {
    return (error as { forbidden?: string }).forbidden ?? `not a refusal: ${String(error)}`;
  }
}

describe('server validation of queries across the officer migration', () => {
  it('accepts a query with and without the official linked, and still checks the rest', () => {
    const { id, officerId: _linked, ...older } = aQuery();
    expect(refusal({ _id: id, ...older })).toBeNull();
    expect(refusal({ _id: id, ...older, officerId: 'o-rhulani' })).toBeNull();
    expect(refusal({ _id: id, ...older, officerId: 'x'.repeat(41) })).toContain('Responsible officer');
    expect(refusal({ _id: id, ...older, officer: undefined })).toContain('Responsible officer is required');
  });
});
