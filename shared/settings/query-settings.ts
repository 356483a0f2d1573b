/**
 * The `queries` settings area: the municipality's service standards for stakeholder queries
 * (working days to acknowledge and to resolve, per category and priority), the escalation
 * ladder for overdue queries, and once-off public holidays declared by the President.
 *
 * The defaults follow published municipal service charters: acknowledge within 5 working days
 * and resolve within 10, longer where the work is done in the field.
 */
import { booleanField, countField, dateField, enumField, lineField, requiredLineField } from '../schemas/fields';
import { QUERY_PRIORITIES, type QueryPriority } from '../schemas/vocabulary';

export const ESCALATION_ROLES = ['officer', 'director', 'municipal_manager'] as const;
export type EscalationRole = (typeof ESCALATION_ROLES)[number];
export const ESCALATION_ROLE_LABELS: Record<EscalationRole, string> = {
  officer: 'Responsible officer',
  director: 'Director of the department',
  municipal_manager: 'Municipal Manager',
};

export type DaysPerPriority = Record<QueryPriority, number>;

export interface QueryCategoryStandard {
  /** The category as officers choose it at intake: "Water and sanitation". */
  name: string;
  /** Work is done on site (pipes, roads, electricity), so it takes longer to resolve. */
  fieldWork: boolean;
  acknowledgeDays: DaysPerPriority;
  resolveDays: DaysPerPriority;
}

export interface EscalationStep {
  role: EscalationRole;
  /** Working days past the due date after which the query is escalated to this step. */
  afterWorkingDays: number;
  /** Who holds the role when it is not found elsewhere (the Municipal Manager's name). */
  person?: string;
}

export interface QuerySettings {
  categories: QueryCategoryStandard[];
  /** For a category that is no longer in the list (queries keep the category they had). */
  fallback: { acknowledgeDays: number; resolveDays: number };
  escalation: { steps: EscalationStep[]; informWardCouncillor: boolean };
  /** Once-off public holidays, such as an election day (`YYYY-MM-DD`). */
  extraHolidays: { date: string; name: string }[];
}

const daysField = (title: string) => countField(title, 365);

const perPriority = (title: string) =>
  ({
    type: 'object',
    title,
    properties: Object.fromEntries(QUERY_PRIORITIES.map((p) => [p, daysField(`${title} (${p})`)])),
    required: [...QUERY_PRIORITIES],
    additionalProperties: false,
  }) as const;

export const querySettingsSchema = {
  title: 'Query service standards',
  type: 'object',
  properties: {
    categories: {
      type: 'array',
      title: 'Categories',
      minItems: 1,
      maxItems: 100,
      items: {
        type: 'object',
        properties: {
          name: requiredLineField('Category', 80),
          fieldWork: booleanField('Field work'),
          acknowledgeDays: perPriority('Working days to acknowledge'),
          resolveDays: perPriority('Working days to resolve'),
        },
        required: ['name', 'fieldWork', 'acknowledgeDays', 'resolveDays'],
        additionalProperties: false,
      },
    },
    fallback: {
      type: 'object',
      title: 'Other categories',
      properties: {
        acknowledgeDays: daysField('Working days to acknowledge'),
        resolveDays: daysField('Working days to resolve'),
      },
      required: ['acknowledgeDays', 'resolveDays'],
      additionalProperties: false,
    },
    escalation: {
      type: 'object',
      title: 'Escalation',
      properties: {
        steps: {
          type: 'array',
          title: 'Escalation ladder',
          maxItems: 10,
          items: {
            type: 'object',
            properties: {
              role: enumField('Escalate to', ESCALATION_ROLES),
              afterWorkingDays: daysField('Working days overdue'),
              person: lineField('Name', 160),
            },
            required: ['role', 'afterWorkingDays'],
            additionalProperties: false,
          },
        },
        informWardCouncillor: booleanField('Inform the ward councillor'),
      },
      required: ['steps', 'informWardCouncillor'],
      additionalProperties: false,
    },
    extraHolidays: {
      type: 'array',
      title: 'Declared public holidays',
      maxItems: 100,
      items: {
        type: 'object',
        properties: { date: dateField('Date'), name: requiredLineField('Holiday', 120) },
        required: ['date', 'name'],
        additionalProperties: false,
      },
    },
  },
  required: ['categories', 'fallback', 'escalation', 'extraHolidays'],
  additionalProperties: false,
} as const;

function standard(name: string, fieldWork: boolean): QueryCategoryStandard {
  return {
    name,
    fieldWork,
    // Urgent matters are acknowledged the next working day; everything else within five.
    acknowledgeDays: { low: 5, normal: 5, high: 3, urgent: 1 },
    resolveDays: fieldWork ? { low: 30, normal: 20, high: 10, urgent: 5 } : { low: 15, normal: 10, high: 5, urgent: 2 },
  };
}

export const DEFAULT_QUERY_SETTINGS: QuerySettings = {
  categories: [
    standard('Water and sanitation', true),
    standard('Electricity', true),
    standard('Roads and stormwater', true),
    standard('Refuse removal', false),
    standard('Rates and billing', false),
    standard('Housing', true),
    standard('Parks and community facilities', true),
    standard('Planning and building control', false),
    standard('Council business', false),
    standard('Other', false),
  ],
  fallback: { acknowledgeDays: 5, resolveDays: 10 },
  escalation: {
    steps: [
      { role: 'officer', afterWorkingDays: 1 },
      { role: 'director', afterWorkingDays: 3 },
      { role: 'municipal_manager', afterWorkingDays: 10 },
    ],
    informWardCouncillor: true,
  },
  extraHolidays: [],
};

function wholeDays(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= 365;
}

/**
 * What the Settings form must refuse before the schema sees it, by field path: days that are not
 * whole numbers from 0 to 365, a category listed twice (case and spaces ignored), and a query
 * resolved sooner than it is acknowledged.
 */
export function querySettingsProblems(draft: QuerySettings): Record<string, string> {
  const problems: Record<string, string> = {};
  const names = new Set<string>();
  const days = 'Enter whole working days from 0 to 365.';
  draft.categories.forEach((c, i) => {
    const name = c.name.trim().toLowerCase();
    if (names.has(name)) problems[`categories.${i}.name`] = 'This category is already in the list.';
    names.add(name);
    for (const p of QUERY_PRIORITIES) {
      if (!wholeDays(c.acknowledgeDays[p])) problems[`categories.${i}.acknowledgeDays.${p}`] = days;
      if (!wholeDays(c.resolveDays[p])) problems[`categories.${i}.resolveDays.${p}`] = days;
      if (wholeDays(c.resolveDays[p]) && c.resolveDays[p] < c.acknowledgeDays[p]) {
        problems[`categories.${i}.resolveDays.${p}`] = 'A query cannot be resolved before it is acknowledged.';
      }
    }
  });
  if (!wholeDays(draft.fallback.acknowledgeDays)) problems['fallback.acknowledgeDays'] = days;
  if (!wholeDays(draft.fallback.resolveDays)) problems['fallback.resolveDays'] = days;
  draft.escalation.steps.forEach((step, i) => {
    if (!wholeDays(step.afterWorkingDays)) problems[`escalation.steps.${i}.afterWorkingDays`] = days;
  });
  return problems;
}
