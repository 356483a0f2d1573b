/**
 * Attendance → quorum: a secretary keeps the register of the demo municipality's 45-member
 * Council in session from the keyboard. Each figure is timed from the input event (the key on a
 * focused row, or the click on "Mark everyone else present") to the first animation frame on
 * which the quorum banner shows the new count. Each round: P on ten rows one after the other,
 * then "Mark everyone else present", then Delete on every row to start the next round from an
 * empty register (45 more single changes). Keys come about three a second, as a person's do, so
 * the writes of earlier keys are still going on while later ones are timed.
 */
import { expect, type Page } from '@playwright/test';
import { AppShell } from '../../../tests/e2e/pages/AppShell';
import { MeetingPage } from '../../../tests/e2e/pages/MeetingPage';
import { MeetingsPage } from '../../../tests/e2e/pages/MeetingsPage';
import { WelcomePage } from '../../../tests/e2e/pages/WelcomePage';
import type { Figure } from '../../report';
import { browserProfile } from '../harness';

interface QuorumWindow {
  __attendance?: { armed: boolean; t: number | null };
}

/** Arms a listener for the next key or click (its event time, as Interaction to Next Paint counts). */
const LISTENER = () => {
  const w = window as unknown as QuorumWindow;
  if (!w.__attendance) {
    const state = { armed: false, t: null as number | null };
    w.__attendance = state;
    for (const type of ['click', 'keydown']) {
      window.addEventListener(
        type,
        (event) => {
          if (state.armed && state.t === null) state.t = event.timeStamp;
        },
        { capture: true, passive: true },
      );
    }
  }
  w.__attendance.armed = true;
  w.__attendance.t = null;
};

function quorumText(page: Page): Promise<string> {
  return page.getByRole('status', { name: 'Quorum' }).first().innerText();
}

/** The time from the input `act` causes to the first frame whose quorum banner is no longer `before`. */
async function timed(page: Page, act: () => Promise<void>): Promise<number> {
  const before = await quorumText(page);
  await page.evaluate(LISTENER);
  await act();
  const handle = await page.waitForFunction(
    (previous) => {
      const state = (window as unknown as QuorumWindow).__attendance!;
      const banner = document.querySelector('[role="status"][aria-label="Quorum"]');
      if (state.t === null || !banner || (banner as HTMLElement).innerText === previous) return false;
      state.armed = false;
      return performance.now() - state.t;
    },
    before,
    { polling: 'raf', timeout: 30_000 },
  );
  return (await handle.jsonValue()) as number;
}

export interface AttendanceOptions {
  origin: string;
  rounds: number;
  log: (line: string) => void;
  screenshot?: string;
}

function todayInJohannesburg(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Africa/Johannesburg', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

export async function measureAttendance(options: AttendanceOptions): Promise<Figure[]> {
  const profile = browserProfile('attendance');
  const context = await profile.open();
  try {
    const page = await context.newPage();
    await page.goto(`${options.origin}/`);
    await new WelcomePage(page).loadDemo('Bench Secretary');
    await new AppShell(page).goTo('Meetings');
    const meetings = new MeetingsPage(page);
    await meetings.fillSchedule({ body: 'Council', title: 'Bench Council sitting', date: todayInJohannesburg(), start: '00:00', venue: 'Council Chamber' });
    await meetings.submitSchedule();
    const meeting = new MeetingPage(page);
    await meeting.step('Issue notice');
    await meeting.step('Open the meeting');
    await meeting.tab('Attendance');
    await expect(meeting.quorum()).toContainText('0 of 45 members present');
    options.log('  attendance: demo Council of 45 in session; keys on rows and "Mark everyone else present"');

    const rows = page.getByRole('table', { name: 'Attendance register' }).getByRole('row');
    const keys: number[] = [];
    const bulk: number[] = [];
    const pause = () => page.waitForTimeout(300);
    for (let round = 0; round < options.rounds; round += 1) {
      await rows.nth(1).focus();
      for (let n = 1; n <= 10; n += 1) {
        keys.push(await timed(page, () => page.keyboard.press('p')));
        await page.keyboard.press('ArrowDown');
        await pause();
      }
      bulk.push(await timed(page, () => page.getByRole('button', { name: 'Mark everyone else present' }).click()));
      await expect(meeting.quorum()).toContainText('45 of 45 members present');
      if (round === 0 && options.screenshot) await page.screenshot({ path: options.screenshot });
      await rows.nth(1).focus();
      for (let n = 1; n <= 45; n += 1) {
        keys.push(await timed(page, () => page.keyboard.press('Delete')));
        await page.keyboard.press('ArrowDown');
        await pause();
      }
      await expect(meeting.quorum()).toContainText('0 of 45 members present');
      await expect(page.getByText('0 of 45 members recorded')).toBeVisible();
    }
    options.log(`  attendance: ${keys.length} keys and ${bulk.length} "everyone else" clicks measured`);
    return [
      {
        id: 'attendance-key',
        label: 'Attendance: a key on a row (P or Delete) → quorum updated, Council of 45',
        unit: 'ms',
        samples: keys,
        target: { statistic: 'p95', max: 100 },
        note: 'Key on the focused row to the first frame showing the new quorum; keys about 3 a second, the register saved in the background.',
      },
      {
        id: 'attendance-everyone',
        label: 'Attendance: "Mark everyone else present" → quorum updated, Council of 45',
        unit: 'ms',
        samples: bulk,
        target: { statistic: 'p95', max: 100 },
        note: 'Click to the first frame showing the new quorum; 35 members added in one write.',
      },
    ];
  } finally {
    await context.close();
    profile.dispose();
  }
}
