/**
 * Version 1 of queries (officers as officials) against a real server process: a query an older
 * app wrote on the server (a typed officer, no officerId) reaches an updated laptop linked to the
 * official the name matches, and the laptop's next change to it goes back to the server as an
 * ordinary update: no conflict, nothing skipped.
 */
import { describe, expect, it } from 'vitest';
import { database, serverDocs, waitFor } from './support/couch';
import { THULI, useTestServer } from './support/test-server';
import { openLaptop, upToDate } from './support/laptop';

const PREFIX = 'quorum_officers_';

const server = useTestServer(PREFIX, THULI);

describe('a query written by an older app', () => {
  it('is pulled linked to its official, and a change to it is pushed without a conflict', async () => {
    const laptop = await openLaptop('officers-a', { server, prefix: PREFIX, account: THULI });
    try {
      await laptop.until('up to date', upToDate, 60_000);
      const official = await laptop.repos.members.create({ fullName: 'Rhulani Hlungwani', title: 'Mr', kind: 'official', seat: 'none', active: true });
      await laptop.until('official on the server', upToDate, 60_000);

      const at = new Date().toISOString();
      const written = await database(server, PREFIX, 'queries', THULI).bulkDocs([
        {
          _id: 'older-app-query-1',
          reference: 'Q-2026-0001-OL',
          stakeholderId: 's1',
          channel: 'phone',
          subject: 'Burst water pipe on Marula Street',
          category: 'Water and sanitation',
          priority: 'high',
          status: 'assigned',
          receivedAt: at,
          dueDate: '2026-12-31',
          departmentId: 'dept-tech',
          officer: 'Mr Rhulani Hlungwani',
          createdAt: at,
          createdBy: 'Older laptop',
          updatedAt: at,
          updatedBy: 'Older laptop',
          hasConflict: false,
        },
      ]);
      // The server still accepts records from laptops not yet updated.
      expect(written[0]?.error).toBeUndefined();

      const pulled = await waitFor('the older query on the laptop', async () => (await laptop.db.queries.findOne('older-app-query-1').exec())?.toJSON());
      expect(pulled).toMatchObject({ officerId: official.id, officer: 'Rhulani Hlungwani', hasConflict: false });

      await laptop.repos.queries.startWork('older-app-query-1', 'Team on site.');
      await laptop.until('the change on the server', upToDate, 60_000);
      const onServer = (await serverDocs(server, PREFIX, 'queries')).get('older-app-query-1');
      expect(onServer).toMatchObject({ status: 'in_progress', officerId: official.id, officer: 'Rhulani Hlungwani', hasConflict: false });
      expect((await laptop.db.queries.findOne('older-app-query-1').exec())?.hasConflict).toBe(false);
      // Nothing refused or left to send (a sweep may have begun since, so it is waited for).
      expect((await laptop.until('still up to date', upToDate)).problem).toBeNull();
    } finally {
      await laptop.close();
    }
  }, 120_000);
});
