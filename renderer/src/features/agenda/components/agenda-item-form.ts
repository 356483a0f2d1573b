/**
 * The agenda item form's values and checks: the agenda item schema's (title required, every
 * limit), where a new item may go (placementChoices: never after the closing items of a draft; in
 * a frozen agenda only under an urgent or report item, or lettered after one) and, for a late
 * item, why it is late.
 */
import { closingItems } from '@shared/domain/agenda-numbering';
import { lateReasonProblem } from '@shared/domain/meeting-integrity';
import type { AgendaItem } from '@shared/schemas';
import { agendaItemSchema } from '@shared/schemas/agenda-item';
import { schemaResolver, type FormMessages } from '../../../ui/schema-resolver';
import { schemaMaxLength } from '../../../ui/text-limits';
import type { ItemPlacement } from '../agenda.repository';
import type { OutlineEntry } from '../hooks';

export interface AgendaItemValues {
  title: string;
  kind: AgendaItem['kind'];
  reportReference: string;
  departmentId: string;
  presenter: string;
  inCommittee: boolean;
  notes: string;
  lateReason: string;
  placement: string;
}
export type AgendaItemField = Exclude<keyof AgendaItemValues, 'inCommittee'>;

export const AGENDA_ITEM_FIELD_OF: Partial<Record<string, AgendaItemField>> = {
  title: 'title',
  kind: 'kind',
  reportReference: 'reportReference',
  departmentId: 'departmentId',
  presenter: 'presenter',
  notes: 'notes',
  lateReason: 'lateReason',
};

export interface PlacementChoice {
  value: string;
  label: string;
  placement: ItemPlacement;
}

export function placementChoices(outline: OutlineEntry[], frozen: boolean): PlacementChoice[] {
  if (!frozen) {
    // A new item may go after any item but the closing ones, which stay last.
    const closing = new Set(closingItems(outline.map((e) => e.item)).map((i) => i.id));
    const firstClosing = outline.find((e) => closing.has(e.item.id));
    return [
      {
        value: 'end',
        label: firstClosing ? `At the end, before ${firstClosing.number} ${firstClosing.item.title}` : 'At the end of the agenda',
        placement: { at: 'end' },
      },
      ...outline
        .filter((e) => e.depth === 0 && !closing.has(e.item.id))
        .map((e) => ({ value: `after:${e.item.id}`, label: `After ${e.number} ${e.item.title}`, placement: { after: e.item.id } })),
      ...outline
        .filter((e) => e.depth === 0)
        .map((e) => ({ value: `under:${e.item.id}`, label: `As a sub-item of ${e.number} ${e.item.title}`, placement: { under: e.item.id } })),
    ];
  }
  return [
    ...outline
      .filter((e) => e.depth === 0 && (e.item.kind === 'urgent' || e.item.kind === 'report'))
      .map((e) => ({ value: `under:${e.item.id}`, label: `Under ${e.number} ${e.item.title}`, placement: { under: e.item.id } })),
    ...outline.map((e) => ({ value: `after:${e.item.id}`, label: `After ${e.number} ${e.item.title} (lettered)`, placement: { after: e.item.id } })),
  ];
}

/**
 * The item form's checks: the agenda item schema's (title required, every limit) and what it
 * cannot know, where a new item goes and, for a late item, why it is late.
 */
export function agendaItemResolver(options: { editing: boolean; late: boolean; placements: readonly PlacementChoice[] }) {
  return schemaResolver<AgendaItemValues>({
    schema: agendaItemSchema,
    fields: {
      title: 'title',
      reportReference: 'reportReference',
      presenter: 'presenter',
      notes: 'notes',
      ...(options.late ? { lateReason: 'lateReason' } : {}),
    },
    check: (values) => {
      const found: FormMessages<AgendaItemValues> = {};
      if (!options.editing && !options.placements.some((p) => p.value === values.placement)) found.placement = 'Choose where the item goes.';
      const lateProblem = options.late ? lateReasonProblem(values.lateReason) : null;
      if (lateProblem) found.lateReason = lateProblem;
      return found;
    },
  });
}

export const TITLE_MAX = schemaMaxLength(agendaItemSchema, 'title') ?? 500;
export const REFERENCE_MAX = schemaMaxLength(agendaItemSchema, 'reportReference') ?? 80;
export const PRESENTER_MAX = schemaMaxLength(agendaItemSchema, 'presenter') ?? 160;
export const LATE_REASON_MAX = schemaMaxLength(agendaItemSchema, 'lateReason') ?? 500;
export const NOTES_MAX = schemaMaxLength(agendaItemSchema, 'notes') ?? 20_000;
