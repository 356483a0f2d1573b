/** Builds every repository over one database and one write context: the app's data API. */
import { AgendaItemRepository } from '../features/agenda/agenda.repository';
import { QueryQuestions } from '../features/agenda/query-questions';
import { BackupService } from '../features/backup/backup.service';
import { BodyRepository } from '../features/bodies/bodies.repository';
import { MemberRepository } from '../features/bodies/members.repository';
import { OfficerNames } from '../features/bodies/officer-names';
import { MeetingWorkflow } from '../features/meetings/meeting-workflow.service';
import { MeetingRepository } from '../features/meetings/meetings.repository';
import { QueryRepository } from '../features/queries/queries.repository';
import { SearchReads } from '../features/search/search-reads';
import { QueryEscalation } from '../features/queries/query-escalation';
import { QueryReads } from '../features/queries/query-reads';
import { QueryReferenceIssuer } from '../features/queries/query-reference.repository';
import { QueryTimelineRepository } from '../features/queries/query-timeline.repository';
import { ResolutionRepository } from '../features/resolutions/resolutions.repository';
import { DepartmentRegister } from '../features/settings/department-register';
import { SettingsRepository } from '../features/settings/settings.repository';
import { StakeholderMerge } from '../features/stakeholders/stakeholder-merge.service';
import { StakeholderRepository } from '../features/stakeholders/stakeholders.repository';
import { ConflictRepository } from '../features/conflicts/conflicts.repository';
import { SyncService } from '../sync/sync-service';
import { AccessGuard } from './access-guard';
import { AuditLog } from './audit-log';
import type { AttachmentSource } from '../features/backup/attachment-source';
import type { QuorumDatabase } from './create-database';
import { DeviceProfileStore } from './device-profile';
import type { WriteContext } from './write-context';

export interface Repositories {
  /** What the signed-in account may change (from the server's session; everything without one). */
  access: AccessGuard;
  audit: AuditLog;
  profile: DeviceProfileStore;
  settings: SettingsRepository;
  departments: DepartmentRegister;
  bodies: BodyRepository;
  members: MemberRepository;
  /** Officer names typed before officials were people, still to be matched. */
  officerNames: OfficerNames;
  meetings: MeetingRepository;
  agenda: AgendaItemRepository;
  search: SearchReads;
  meetingWorkflow: MeetingWorkflow;
  resolutions: ResolutionRepository;
  stakeholders: StakeholderRepository;
  stakeholderMerge: StakeholderMerge;
  queries: QueryRepository;
  /** Queues, dashboard figures and a stakeholder's queries, read through indexes. */
  queryReads: QueryReads;
  queryQuestions: QueryQuestions;
  queryTimeline: QueryTimelineRepository;
  /** Escalation up the ladder, on request and for every overdue query. */
  queryEscalation: QueryEscalation;
  /** This laptop's reference code, which ends every query reference logged on it. */
  queryReferences: QueryReferenceIssuer;
  backup: BackupService;
  /** Sync with the CouchDB server: settings, status, log; inert until started by the app. */
  sync: SyncService;
  conflicts: ConflictRepository;
}

export interface RepositoryOptions {
  /** Where backups read and restore attachments (the app passes the browser's store; tests may pass none). */
  backupAttachments?: AttachmentSource;
}

export function createRepositories(db: QuorumDatabase, baseContext: WriteContext, options: RepositoryOptions = {}): Repositories {
  const access = baseContext.access ?? new AccessGuard();
  const context: WriteContext = { ...baseContext, access };
  const audit = new AuditLog(db, context);
  const settings = new SettingsRepository(db, context, audit);
  const bodies = new BodyRepository(db, context, audit);
  const members = new MemberRepository(db, context, audit);
  const meetings = new MeetingRepository(db, context, audit, { members, settings });
  const agenda = new AgendaItemRepository(db, context, audit, { meetings, bodies, members });
  const queryTimeline = new QueryTimelineRepository(db, context, audit);
  const queryReads = new QueryReads(db, queryTimeline);
  const stakeholders = new StakeholderRepository(db, context, audit, { timeline: queryTimeline, queryReads });
  const queryReferences = new QueryReferenceIssuer(db);
  const queries = new QueryRepository(db, context, audit, {
    settings,
    members,
    meetings,
    timeline: queryTimeline,
    stakeholders,
    references: queryReferences,
  });
  const resolutions = new ResolutionRepository(db, context, audit, { settings, meetings, bodies, agenda, members });
  const queryEscalation = new QueryEscalation(context, { queries, reads: queryReads, settings, members, timeline: queryTimeline });
  return {
    access,
    audit,
    profile: new DeviceProfileStore(db),
    settings,
    departments: new DepartmentRegister(settings, { queries: queryReads, resolutions, members, bodies, agenda }),
    bodies,
    members,
    officerNames: new OfficerNames({ queries, queryReads, resolutions, members, agenda }),
    meetings,
    agenda,
    search: new SearchReads({ meetings, agenda, resolutions, queries, stakeholders }),
    meetingWorkflow: new MeetingWorkflow(meetings, agenda, bodies, members, settings, context),
    resolutions,
    stakeholders,
    stakeholderMerge: new StakeholderMerge({ stakeholders, queries, queryReads }),
    queryReads,
    queries,
    queryQuestions: new QueryQuestions(agenda, queries),
    queryTimeline,
    queryEscalation,
    queryReferences,
    backup: new BackupService(db, context, audit, options.backupAttachments ? { attachments: options.backupAttachments } : {}),
    sync: new SyncService(db, audit, access),
    conflicts: new ConflictRepository(db, context, audit, {
      settings,
      bodies,
      members,
      meetings,
      agendaitems: agenda,
      resolutions,
      stakeholders,
      queries,
    }),
  };
}
