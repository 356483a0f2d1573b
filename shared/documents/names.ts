/**
 * How documents name people, bodies and departments from the ids records hold, with a plain
 * stand-in when a record is missing (deleted on another device) rather than a blank.
 */
import type { Body, Member } from '../schemas';
import type { Department } from '../settings/areas';
import { cleanLine } from './text';

export interface Names {
  member(id: string | undefined): string;
  department(id: string | undefined): string;
  body(id: string | undefined): string;
}

/** `Cllr Thandeka Mokoena`, `Ms Nomsa Mahlangu`. */
export function memberName(member: Pick<Member, 'title' | 'fullName'>): string {
  return cleanLine([member.title ?? '', member.fullName].filter((part) => part.trim()).join(' '));
}

export function createNames(sources: { members?: readonly Member[]; departments?: readonly Department[]; bodies?: readonly Body[] }): Names {
  const members = new Map((sources.members ?? []).map((m) => [m.id, m]));
  const departments = new Map((sources.departments ?? []).map((d) => [d.id, d]));
  const bodies = new Map((sources.bodies ?? []).map((b) => [b.id, b]));
  return {
    member: (id) => {
      if (!id) return '';
      const member = members.get(id);
      return member ? memberName(member) : 'a member no longer in the records';
    },
    department: (id) => (id ? cleanLine(departments.get(id)?.name ?? 'a department no longer in the records') : ''),
    body: (id) => (id ? cleanLine(bodies.get(id)?.name ?? 'a body no longer in the records') : ''),
  };
}
