/**
 * The setup checklist of a municipality that starts from empty: each step is ticked from the
 * records themselves (never by a person ticking a box), names what is still missing, and links
 * to the page where it is done. The dashboard shows it while a step is open.
 */

export type SetupStepId = 'particulars' | 'letterhead' | 'departments' | 'officials' | 'bodies' | 'standards' | 'templates' | 'sync';

export interface SetupStep {
  id: SetupStepId;
  title: string;
  done: boolean;
  /** What is done, or what is still missing, in a sentence. */
  detail: string;
  /** The app route (as a router path) where the step is done. */
  href: string;
  /** The link's words. */
  action: string;
}

/** What the checklist reads: plain facts about the records, gathered by the caller. */
export interface SetupFacts {
  municipality: { name: string; address?: string; phone?: string; email?: string; logoDataUrl?: string } | null;
  /** A Word letterhead template is uploaded (Settings → Documents). */
  hasDocumentTemplate: boolean;
  departments: readonly { retired?: boolean }[];
  members: readonly { kind: string; active: boolean; departmentId?: string }[];
  bodies: readonly { archived: boolean; memberships: readonly unknown[] }[];
  /** The service standards (Settings → Queries) have been saved at least once. */
  standardsSaved: boolean;
  /** The agenda templates (Settings → Meetings) have been saved at least once. */
  templatesSaved: boolean;
  /** A sync server address is set on this device. */
  syncServer: string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function setupChecklist(facts: SetupFacts): SetupStep[] {
  const m = facts.municipality;
  const missing = [!m?.name.trim() ? 'name' : '', !m?.address?.trim() ? 'address' : '', !m?.phone?.trim() && !m?.email?.trim() ? 'phone or email' : ''].filter(
    Boolean,
  );
  const activeDepartments = facts.departments.filter((d) => !d.retired).length;
  const officials = facts.members.filter((p) => p.kind === 'official' && p.active);
  const placed = officials.filter((p) => p.departmentId).length;
  const bodies = facts.bodies.filter((b) => !b.archived);
  const withMembers = bodies.filter((b) => b.memberships.length > 0).length;
  return [
    {
      id: 'particulars',
      title: 'Municipality particulars',
      done: missing.length === 0,
      detail: missing.length === 0 ? `${m?.name ?? ''}, with its address and contact details.` : `Still missing: ${missing.join(', ')}.`,
      href: '/settings/general',
      action: 'Enter the particulars',
    },
    {
      id: 'letterhead',
      title: 'Letterhead',
      done: !!m?.logoDataUrl || facts.hasDocumentTemplate,
      detail: facts.hasDocumentTemplate
        ? 'The municipality’s Word template is used.'
        : m?.logoDataUrl
          ? 'The logo heads every document.'
          : 'Add the logo or the municipality’s own Word template for agendas, minutes and letters.',
      href: '/settings/documents',
      action: 'Set the letterhead',
    },
    {
      id: 'departments',
      title: 'Departments',
      done: activeDepartments > 0,
      detail:
        activeDepartments > 0
          ? `${plural(activeDepartments, 'department', 'departments')} set up.`
          : 'No department yet: queries and resolutions are assigned to departments.',
      href: '/settings/general',
      action: 'Add departments',
    },
    {
      id: 'officials',
      title: 'Officials',
      done: placed > 0,
      detail:
        placed > 0
          ? `${plural(placed, 'official', 'officials')} with a department.`
          : officials.length > 0
            ? 'No official has a department yet: responsible officers are chosen by department.'
            : 'No official yet: responsible officers of queries and resolutions are chosen from them.',
      href: '/members',
      action: 'Add officials',
    },
    {
      id: 'bodies',
      title: 'Council and committees',
      done: withMembers > 0,
      detail:
        withMembers > 0
          ? `${plural(withMembers, 'body', 'bodies')} with members.`
          : bodies.length > 0
            ? 'No body has members yet: quorum is counted from them.'
            : 'No body yet: add Council and its committees with their members.',
      href: '/members',
      action: 'Add a body',
    },
    {
      id: 'standards',
      title: 'Service standards',
      done: facts.standardsSaved,
      detail: facts.standardsSaved
        ? 'The query service standards are set.'
        : 'Check the working days to acknowledge and resolve queries, and the escalation ladder.',
      href: '/settings/queries',
      action: 'Check the standards',
    },
    {
      id: 'templates',
      title: 'Agenda templates',
      done: facts.templatesSaved,
      detail: facts.templatesSaved ? 'The agenda templates are set.' : 'Check the standard agenda and its items against the Rules of Order.',
      href: '/settings/meetings',
      action: 'Check the templates',
    },
    {
      id: 'sync',
      title: 'Sync server',
      done: facts.syncServer.trim() !== '',
      detail: facts.syncServer.trim()
        ? `Records are shared through ${facts.syncServer.trim()}.`
        : 'Connect to the municipality’s CouchDB server so every laptop shares the records.',
      href: '/settings/sync',
      action: 'Connect the server',
    },
  ];
}

/**
 * What the person chose on this laptop: nothing ('auto': shown while a step is open), hide it
 * (from the dashboard, or for the demo), or show it again (from Settings, even when all is done).
 */
export type SetupChecklistChoice = 'auto' | 'hidden' | 'shown';

/** Whether the dashboard shows the checklist. */
export function showSetupChecklist(steps: readonly SetupStep[], choice: SetupChecklistChoice): boolean {
  if (choice === 'hidden') return false;
  return choice === 'shown' || steps.some((s) => !s.done);
}
