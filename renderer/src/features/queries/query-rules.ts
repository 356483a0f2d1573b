/** How the query repository names and checks a stored query; shared with the stakeholder repository, which re-points queries on a merge. */
import { checkQuery, describeQuery } from '@shared/domain/queries';
import type { StakeholderQuery } from '@shared/schemas';
import type { RecordRules } from '../../db/record-repository';

export const QUERY_RECORD_RULES: RecordRules<StakeholderQuery> = {
  describe: describeQuery,
  check: checkQuery,
};
