/** Builds every repository over one database and one write context: the app's data API. */
import { BodyRepository } from '../features/bodies/bodies.repository';
import { MemberRepository } from '../features/bodies/members.repository';
import { MeetingRepository } from '../features/meetings/meetings.repository';
import { QueryRepository } from '../features/queries/queries.repository';
import { QueryTimelineRepository } from '../features/queries/query-timeline.repository';
import { ResolutionRepository } from '../features/resolutions/resolutions.repository';
import { SettingsRepository } from '../features/settings/settings.repository';
import { StakeholderRepository } from '../features/stakeholders/stakeholders.repository';
import { AuditLog } from './audit-log';
import type { QuorumDatabase } from './create-database';
import { DeviceProfileStore } from './device-profile';
import type { WriteContext } from './write-context';

export interface Repositories {
  audit: AuditLog;
  profile: DeviceProfileStore;
  settings: SettingsRepository;
  bodies: BodyRepository;
  members: MemberRepository;
  meetings: MeetingRepository;
  resolutions: ResolutionRepository;
  stakeholders: StakeholderRepository;
  queries: QueryRepository;
  queryTimeline: QueryTimelineRepository;
}

export function createRepositories(db: QuorumDatabase, context: WriteContext): Repositories {
  const audit = new AuditLog(db, context);
  return {
    audit,
    profile: new DeviceProfileStore(db),
    settings: new SettingsRepository(db, context, audit),
    bodies: new BodyRepository(db, context, audit),
    members: new MemberRepository(db, context, audit),
    meetings: new MeetingRepository(db, context, audit),
    resolutions: new ResolutionRepository(db, context, audit),
    stakeholders: new StakeholderRepository(db, context, audit),
    queries: new QueryRepository(db, context, audit),
    queryTimeline: new QueryTimelineRepository(db, context, audit),
  };
}
