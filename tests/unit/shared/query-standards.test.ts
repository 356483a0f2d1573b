import { describe, expect, it } from 'vitest';
import { checkQuery } from '../../../shared/domain/queries';
import { escalationsDue, escalationTarget, wardCouncillorOf } from '../../../shared/domain/query-escalation';
import { resumeAfterPause, serviceDates, serviceStandardFor, workingDayCalendarFor } from '../../../shared/domain/query-service-standards';
import type { Member } from '../../../shared/schemas';
import { DEFAULT_QUERY_SETTINGS } from '../../../shared/settings/query-settings';
import { aQuery } from './query-fixtures';

const calendar = workingDayCalendarFor(DEFAULT_QUERY_SETTINGS);

describe('service standards', () => {
  it('default: acknowledge within 5 working days, resolve within 10; field work takes longer', () => {
    expect(serviceStandardFor(DEFAULT_QUERY_SETTINGS, 'Rates and billing', 'normal')).toMatchObject({ acknowledgeDays: 5, resolveDays: 10 });
    expect(serviceStandardFor(DEFAULT_QUERY_SETTINGS, 'water and SANITATION', 'normal')).toMatchObject({ resolveDays: 20, category: 'Water and sanitation' });
    expect(serviceStandardFor(DEFAULT_QUERY_SETTINGS, 'Rates and billing', 'urgent')).toMatchObject({ acknowledgeDays: 1, resolveDays: 2 });
    expect(serviceStandardFor(DEFAULT_QUERY_SETTINGS, 'Something new', 'normal')).toEqual({ acknowledgeDays: 5, resolveDays: 10, category: null });
  });

  it('counts the dates in working days from the day received', () => {
    const standard = serviceStandardFor(DEFAULT_QUERY_SETTINGS, 'Refuse removal', 'normal');
    expect(serviceDates('2026-04-02', standard, calendar)).toEqual({ acknowledgeBy: '2026-04-13', dueDate: '2026-04-20' });
  });

  it('moves the due date by the working days the clock was paused', () => {
    // Paused on Thursday 2 April, resumed Thursday 9 April: 7, 8 and 9 April count (3, 6 April are holidays).
    expect(resumeAfterPause('2026-04-02', '2026-04-09', '2026-04-20', calendar)).toEqual({ pausedDays: 3, dueDate: '2026-04-23' });
    expect(resumeAfterPause('2026-04-09', '2026-04-09', '2026-04-20', calendar)).toEqual({ pausedDays: 0, dueDate: '2026-04-20' });
  });
});

describe('checks on a stored query', () => {
  it('refuses a due date before the day it was received', () => {
    expect(checkQuery(aQuery({ receivedAt: '2026-04-10T08:00:00.000Z', dueDate: '2026-04-09' }))).toEqual({
      dueDate: 'The due date cannot be before the date the query was received.',
    });
  });

  it('asks for the outcome of a resolved query and the department of an assigned one', () => {
    expect(checkQuery(aQuery({ status: 'resolved' }))).toHaveProperty('outcome');
    expect(checkQuery(aQuery({ status: 'assigned', departmentId: '' }))).toHaveProperty('departmentId');
    expect(checkQuery(aQuery({ status: 'awaiting_stakeholder' }))).toHaveProperty('pausedSince');
  });
});

describe('escalation', () => {
  const steps = DEFAULT_QUERY_SETTINGS.escalation.steps;
  it('climbs officer → director → municipal manager as working days overdue add up', () => {
    const query = aQuery({ dueDate: '2026-04-20', departmentId: 'dept-tech', officer: 'Rhulani Hlungwani' });
    expect(escalationsDue(query, '2026-04-20', calendar, steps)).toEqual([]);
    expect(escalationsDue(query, '2026-04-21', calendar, steps).map((e) => e.step.role)).toEqual(['officer']);
    expect(escalationsDue(query, '2026-04-24', calendar, steps).map((e) => e.step.role)).toEqual(['officer', 'director']);
    expect(escalationsDue({ ...query, escalationLevel: 2 }, '2026-05-06', calendar, steps).map((e) => e.level)).toEqual([3]);
    expect(escalationsDue({ ...query, status: 'awaiting_stakeholder' }, '2026-05-06', calendar, steps)).toEqual([]);
  });

  it('names who each step reaches', () => {
    const departments = [{ id: 'dept-tech', name: 'Technical Services', code: 'TECH', director: 'Mr Rhulani Hlungwani' }];
    const query = aQuery({ officer: 'Sipho Officer' });
    expect(escalationTarget(steps[0]!, query, departments)).toBe('Sipho Officer (Responsible officer)');
    expect(escalationTarget(steps[1]!, query, departments)).toBe('Mr Rhulani Hlungwani (Director: Technical Services)');
    expect(escalationTarget(steps[2]!, query, departments)).toBe('Municipal Manager');
    expect(escalationTarget({ role: 'municipal_manager', afterWorkingDays: 10, person: 'Ms Nomsa Mahlangu' }, query, departments)).toBe(
      'Ms Nomsa Mahlangu (Municipal Manager)',
    );
  });

  it('finds the ward councillor: a councillor with a ward seat for that ward', () => {
    const member = (id: string, ward: string, seat: Member['seat']): Member => ({
      id,
      fullName: id,
      kind: 'councillor',
      seat,
      ward,
      active: true,
      createdAt: '',
      createdBy: '',
      updatedAt: '',
      updatedBy: '',
      hasConflict: false,
    });
    const members = [member('pr', '4', 'pr'), member('w4', '4', 'ward'), member('w5', '5', 'ward')];
    expect(wardCouncillorOf(members, '4')?.id).toBe('w4');
    expect(wardCouncillorOf(members, '')).toBeUndefined();
  });
});
