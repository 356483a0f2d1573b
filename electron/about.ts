/**
 * Help → About: the version, where updates stand (including why the last check failed), and
 * the way to the log file. Built from plain data so tests can read what the person is told.
 */
import type { MessageBoxOptions } from 'electron';
import type { UpdateState } from '../shared/ipc-contract';
import { describeUpdateState } from './updater';

export interface AboutFacts {
  name: string;
  version: string;
  electron?: string | undefined;
  chrome?: string | undefined;
  logsFolder: string;
}

export const ABOUT_BUTTONS = ['OK', 'Check for updates', 'Open logs folder'] as const;

export function aboutDialogOptions(facts: AboutFacts, updates: UpdateState): MessageBoxOptions {
  const runtime = [facts.electron ? `Electron ${facts.electron}` : '', facts.chrome ? `Chromium ${facts.chrome}` : ''].filter(Boolean).join(', ');
  return {
    type: 'info',
    title: `About ${facts.name}`,
    message: `${facts.name} ${facts.version}`,
    detail: [
      'Meetings, minutes, resolutions and stakeholder queries for a council secretariat.',
      '',
      `Updates: ${describeUpdateState(updates)}`,
      `Log files: ${facts.logsFolder}`,
      ...(runtime ? [runtime] : []),
    ].join('\n'),
    buttons: [...ABOUT_BUTTONS],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  };
}

export interface AboutDeps {
  showMessageBox(options: MessageBoxOptions): Promise<{ response: number }>;
  facts: AboutFacts;
  updateState(): UpdateState;
  checkForUpdates(): void;
  openLogsFolder(): void;
}

export async function showAbout(deps: AboutDeps): Promise<void> {
  const { response } = await deps.showMessageBox(aboutDialogOptions(deps.facts, deps.updateState()));
  if (ABOUT_BUTTONS[response] === 'Check for updates') deps.checkForUpdates();
  if (ABOUT_BUTTONS[response] === 'Open logs folder') deps.openLogsFolder();
}
