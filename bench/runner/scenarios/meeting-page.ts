/**
 * The meeting page at demo scale (issue 20: "a meeting opens and its tabs switch within 100 ms of
 * the click at demo scale"): the demo municipality's last Council meeting, with its minutes, 45
 * members and resolutions, opened from a link and each tab switched, timed as the metro's
 * 150-item meeting is (metro.ts, meetingPageRounds), in a fresh browser profile.
 */
import type { Figure } from '../../report';
import { WelcomePage } from '../../../tests/e2e/pages/WelcomePage';
import { browserProfile } from '../harness';
import { meetingPageFigures, meetingPageRounds } from './metro';

export interface DemoMeetingOptions {
  origin: string;
  runs: number;
  log: (line: string) => void;
  screenshot?: string;
}

export async function measureDemoMeetingPage(options: DemoMeetingOptions): Promise<Figure[]> {
  const profile = browserProfile('meeting-demo');
  const context = await profile.open();
  try {
    const page = await context.newPage();
    await page.goto(`${options.origin}/`);
    await new WelcomePage(page).loadDemo('Bench Secretary');
    // The demo's last Council meeting: the one with draft minutes (OC 09).
    await page.goto(`${options.origin}/#/meetings`);
    const row = page
      .getByRole('table', { name: 'Meetings' })
      .getByRole('row')
      .filter({ hasText: /OC 09\// });
    await row.getByRole('link').click();
    await page.getByRole('tablist', { name: 'Meeting sections' }).waitFor();
    const meetingId = decodeURIComponent(/#\/meetings\/([^/?]+)/.exec(page.url())?.[1] ?? '');
    if (!meetingId) throw new Error(`The demo meeting's address was not understood: ${page.url()}`);
    options.log(`  meeting page (demo): ${meetingId}`);
    const samples = await meetingPageRounds(page, options.origin, meetingId, options.runs, options.log, options.screenshot);
    return meetingPageFigures(samples, 'meeting.demo', 'demo');
  } finally {
    await context.close();
    profile.dispose();
  }
}
