/**
 * A resolution as minutes set it apart: "RESOLVED" with its number, its text, the mover and
 * seconder, and the vote in words (unanimous; for, against and abstaining; a named list; the
 * chairperson's casting vote). Failed and withdrawn motions are minuted as such.
 */
import { BorderStyle, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType, type FileChild } from 'docx';
import { tally } from '../domain/votes';
import type { Resolution } from '../schemas';
import type { Names } from './names';
import { cleanLine, joinWithAnd, plural } from './text';
import { textRuns } from './runs';
import { COLOURS, SIZES } from './theme';

type MinutedResolution = Pick<
  Resolution,
  | 'number'
  | 'title'
  | 'text'
  | 'moverId'
  | 'seconderId'
  | 'voteKind'
  | 'votesFor'
  | 'votesAgainst'
  | 'abstentions'
  | 'namedVotes'
  | 'castingVote'
  | 'requiresMajorityOfAll'
  | 'outcome'
>;

/** RESOLVED, MOTION FAILED, MOTION WITHDRAWN, or MOTION while the vote is still to be recorded. */
export function resolutionLabel(resolution: Pick<Resolution, 'outcome'>): string {
  switch (resolution.outcome) {
    case 'carried':
      return 'RESOLVED';
    case 'failed':
      return 'MOTION FAILED';
    case 'withdrawn':
      return 'MOTION WITHDRAWN';
    default:
      return 'MOTION';
  }
}

/** `Moved by Cllr A, seconded by Cllr B.`; empty when neither is recorded. */
export function moverLine(resolution: Pick<Resolution, 'moverId' | 'seconderId'>, names: Names): string {
  const mover = names.member(resolution.moverId);
  const seconder = names.member(resolution.seconderId);
  if (mover && seconder) return `Moved by ${mover}, seconded by ${seconder}.`;
  if (mover) return `Moved by ${mover}.`;
  if (seconder) return `Seconded by ${seconder}.`;
  return '';
}

function castingSentence(resolution: MinutedResolution): string {
  if (resolution.castingVote === 'for') return ' The votes being equal, the chairperson gave a casting vote for the motion.';
  if (resolution.castingVote === 'against') return ' The votes being equal, the chairperson gave a casting vote against the motion.';
  return '';
}

/** The vote in a sentence, as minutes record it. */
export function voteSentence(resolution: MinutedResolution): string {
  if (resolution.outcome === 'withdrawn') return 'The motion was withdrawn before a vote was taken.';
  if (resolution.outcome === 'pending') return 'The vote has not yet been recorded.';
  const result = resolution.outcome === 'carried' ? 'Carried' : 'Failed';
  const majority = resolution.requiresMajorityOfAll ? ' A majority of all the members of the body was required.' : '';
  const counts = tally(resolution, { eligibleVoterIds: [] });
  const figures = `${counts.for} for, ${counts.against} against, ${plural(counts.abstain, 'abstention')}`;
  switch (resolution.voteKind) {
    case 'unanimous':
      return resolution.outcome === 'carried' ? `Carried unanimously.${majority}` : `Failed.${majority}`;
    case 'counted':
      return `${result}: ${figures}.${castingSentence(resolution)}${majority}`;
    case 'named':
      return `${result} on a named vote: ${figures}.${castingSentence(resolution)}${majority}`;
    default:
      return `${result} without a vote being counted.${majority}`;
  }
}

/** `For (3): Cllr A, Cllr B and Cllr C` and so on, one line per choice made by anyone. */
export function namedVoteLines(resolution: Pick<Resolution, 'voteKind' | 'namedVotes'>, names: Names): string[] {
  if (resolution.voteKind !== 'named') return [];
  const groups: [label: string, choice: 'for' | 'against' | 'abstain'][] = [
    ['For', 'for'],
    ['Against', 'against'],
    ['Abstained', 'abstain'],
  ];
  return groups
    .map(([label, choice]) => {
      const voters = (resolution.namedVotes ?? []).filter((v) => v.choice === choice).map((v) => names.member(v.memberId));
      return voters.length > 0 ? `${label} (${voters.length}): ${joinWithAnd(voters)}` : '';
    })
    .filter(Boolean);
}

/**
 * The resolution's text without a leading "RESOLVED –", which the block's label already says;
 * a motion that failed keeps its text as moved.
 */
export function resolutionBody(resolution: Pick<Resolution, 'text' | 'outcome'>): string {
  const text = resolution.text ?? '';
  return resolution.outcome === 'carried' ? text.replace(/^\s*RESOLVED\s*[-–—:]?\s*/i, '') : text;
}

/**
 * One resolution or motion in a shaded box: a one-cell table whose row never splits, so the
 * label, text, movers and vote stay together on one page. A small paragraph follows, because
 * Word joins tables that touch.
 */
export function resolutionBlock(resolution: MinutedResolution, names: Names): FileChild[] {
  const line = (children: TextRun[], after = 40) => new Paragraph({ spacing: { after }, children });
  const label = resolutionLabel(resolution);
  const body = resolutionBody(resolution);
  const movers = moverLine(resolution, names);
  const paragraphs = [
    line([
      new TextRun({ text: label, bold: true }),
      ...(resolution.number ? [new TextRun({ children: ['\u2003', cleanLine(resolution.number)], bold: true })] : []),
    ]),
    line([new TextRun({ text: cleanLine(resolution.title), italics: true })]),
    ...(body.trim() ? [line(textRuns(body), 80)] : []),
    ...(movers ? [line(textRuns(movers, { size: SIZES.small + 2 }), 20)] : []),
    ...namedVoteLines(resolution, names).map((text) => line(textRuns(text, { size: SIZES.small + 2 }), 20)),
    line(textRuns(voteSentence(resolution), { bold: true, size: SIZES.small + 2 }), 0),
  ];
  const edge = { style: BorderStyle.SINGLE, size: 4, color: COLOURS.tableBorder };
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: {
      top: edge,
      bottom: edge,
      left: { style: BorderStyle.SINGLE, size: 24, color: COLOURS.rule },
      right: edge,
      insideHorizontal: edge,
      insideVertical: edge,
    },
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({
            width: { size: 100, type: WidthType.PERCENTAGE },
            shading: { type: ShadingType.CLEAR, color: 'auto', fill: COLOURS.resolvedBand },
            margins: { top: 80, bottom: 80, left: 160, right: 160 },
            children: paragraphs,
          }),
        ],
      }),
    ],
  });
  return [table, new Paragraph({ spacing: { after: 0 }, children: [] })];
}
