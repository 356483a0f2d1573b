/**
 * How stored records move from one schema version to the next.
 *
 * When a schema's `version` goes from N to N+1, add a strategy under key N+1 for that
 * collection: a pure function from the old record to the new one (return null to drop it).
 * RxDB runs them when the database opens, on every device, before the app reads a record;
 * replicated records from older clients are migrated the same way. Strategies are plain
 * functions so unit tests can run them on sample records without a database.
 */
import type { MigrationStrategies } from 'rxdb';
import type { CollectionName } from './vocabulary';

export const MIGRATION_STRATEGIES: Record<CollectionName, MigrationStrategies> = {
  bodies: {},
  members: {},
  meetings: {},
  agendaitems: {},
  resolutions: {},
  stakeholders: {},
  queries: {},
  queryevents: {},
  settings: {},
  audit: {},
};
