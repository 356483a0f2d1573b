/**
 * The attendance part of minutes: members present (the chairperson first), apologies with
 * leave of absence, absent without apology, late arrivals and early departures with their
 * times, officials and guests, and whether a quorum was present when the meeting opened.
 */
import { BorderStyle, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type FileChild } from 'docx';
import { quorumAt, quorumMessage } from '../domain/attendance';
import type { Body, Meeting } from '../schemas';
import type { AttendanceEntry } from '../schemas/meeting';
import { heading, paragraph } from './blocks';
import type { DocumentDates } from './dates';
import type { Names } from './names';
import { cleanLine } from './text';
import { textRuns } from './runs';

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

/** Names in two columns, read down the first column then the second, to keep a long list short. */
export function nameColumns(lines: readonly string[]): Table {
  const half = Math.ceil(lines.length / 2);
  const columns = [lines.slice(0, half), lines.slice(half)];
  const cell = (column: readonly string[]) =>
    new TableCell({
      width: { size: 50, type: WidthType.PERCENTAGE },
      children: column.length ? column.map((line) => new Paragraph({ spacing: { after: 40 }, children: textRuns(line) })) : [new Paragraph({ children: [] })],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE },
    rows: [new TableRow({ children: columns.map(cell) })],
  });
}

function attendeeName(entry: AttendanceEntry, names: Names): string {
  if (entry.memberId) return names.member(entry.memberId);
  return cleanLine(entry.name ?? '') || 'Name not recorded';
}

function withCapacity(entry: AttendanceEntry, name: string): string {
  return entry.capacity?.trim() ? `${name}, ${cleanLine(entry.capacity)}` : name;
}

const ATTENDED = new Set<AttendanceEntry['status']>(['present', 'late', 'left_early']);

/** Short lists one name to a line. */
function nameLines(lines: readonly string[]): Paragraph[] {
  return lines.map((line) => new Paragraph({ spacing: { after: 40 }, children: textRuns(line) }));
}

export function attendanceSection(meeting: Meeting, body: Body, names: Names, dates: DocumentDates): FileChild[] {
  const tz = dates.time;
  const chairId = meeting.chairpersonId || body.memberships.find((m) => m.role === 'chairperson')?.memberId;
  const members = meeting.attendance.filter((e) => e.kind === 'member');
  const present = members.filter((e) => ATTENDED.has(e.status)).sort((a, b) => Number(b.memberId === chairId) - Number(a.memberId === chairId));
  const apologies = members.filter((e) => e.status === 'apology');
  const absent = members.filter((e) => e.status === 'absent');
  const movements = meeting.attendance
    .filter((e) => ATTENDED.has(e.status) && (e.arrivedAt || e.departedAt))
    .flatMap((e) => [
      ...(e.arrivedAt && e.status === 'late' ? [{ at: e.arrivedAt, text: `${attendeeName(e, names)} arrived at ${tz(e.arrivedAt)}.` }] : []),
      ...(e.departedAt ? [{ at: e.departedAt, text: `${attendeeName(e, names)} left the meeting at ${tz(e.departedAt)}.` }] : []),
    ])
    .sort((a, b) => a.at.localeCompare(b.at));
  const officials = meeting.attendance.filter((e) => e.kind === 'official' && e.status !== 'apology' && e.status !== 'absent');
  const guests = meeting.attendance.filter((e) => e.kind === 'guest' && e.status !== 'apology' && e.status !== 'absent');

  const out: FileChild[] = [heading('Attendance', 1)];
  if (meeting.attendance.length === 0) {
    out.push(paragraph('No attendance was recorded for this meeting.', { italics: true }));
    return out;
  }
  const group = (title: string, lines: string[]) => {
    if (lines.length === 0) return;
    out.push(heading(title, 2));
    if (lines.length > 6) out.push(nameColumns(lines));
    else out.push(...nameLines(lines));
  };
  group(
    'Members present',
    present.map((e) => {
      const name = attendeeName(e, names);
      return e.memberId && e.memberId === chairId ? `${name} (Chairperson)` : name;
    }),
  );
  group(
    'Apologies',
    apologies.map((e) => (e.leaveOfAbsence ? `${attendeeName(e, names)} (leave of absence granted)` : attendeeName(e, names))),
  );
  group(
    'Absent without apology',
    absent.map((e) => attendeeName(e, names)),
  );
  if (movements.length > 0) {
    out.push(heading('Late arrivals and early departures', 2));
    out.push(...movements.map((m) => paragraph(m.text)));
  }
  group(
    'Officials',
    officials.map((e) => withCapacity(e, attendeeName(e, names))),
  );
  group(
    'Guests',
    guests.map((e) => withCapacity(e, attendeeName(e, names))),
  );

  if (body.memberships.length > 0) {
    const state = quorumAt(meeting, body, meeting.openedAt ?? meeting.startsAt);
    out.push(new Paragraph({ spacing: { before: 160 }, children: [new TextRun({ text: `${quorumMessage(state)} when the meeting opened.`, bold: true })] }));
  }
  return out;
}
