/** The contract's desktop channels and events: what passes, and what is refused before any handler runs. */
import { describe, expect, it } from 'vitest';
import { IpcInputError, isMenuCommand, isUpdateState, MENU_COMMANDS, parseIpcArgs } from '../../../shared/ipc-contract';

const id = '3f2b8c1e-5d4a-4e6f-9a0b-1c2d3e4f5a6b';

describe('desktop channels', () => {
  it('accept what the app sends', () => {
    expect(parseIpcArgs('files:open', [id])).toEqual([id]);
    expect(parseIpcArgs('files:show-in-folder', [id])).toEqual([id]);
    expect(parseIpcArgs('files:pick', [{ title: 'Choose a Quorum backup', filters: [{ name: 'Quorum backup', extensions: ['quorumbackup'] }] }])).toEqual([
      { title: 'Choose a Quorum backup', filters: [{ name: 'Quorum backup', extensions: ['quorumbackup'] }] },
    ]);
    const backup = {
      suggestedName: 'Quorum backup 2026-11-26 1430.quorumbackup',
      bytes: new Uint8Array([123]),
      filters: [{ name: 'Quorum backup', extensions: ['quorumbackup'] }],
    };
    expect(parseIpcArgs('files:save', [backup])).toEqual([backup]);
    expect(parseIpcArgs('updates:meeting-in-session', [false])).toEqual([false]);
    expect(parseIpcArgs('updates:install', [])).toEqual([]);
    expect(parseIpcArgs('log:renderer-error', [{ kind: 'unhandled-rejection', message: 'x', location: '#/queries' }])).toEqual([
      { kind: 'unhandled-rejection', message: 'x', location: '#/queries' },
    ]);
  });

  it.each([
    ['files:open', ['/home/thuli/.ssh/id_rsa']],
    ['files:open', [id.toUpperCase()]],
    ['files:open', [42]],
    ['files:open', [id, 'extra']],
    ['files:show-in-folder', ['..']],
    ['files:pick', [{ title: 'Choose', filters: [] }]],
    ['files:pick', [{ title: '', filters: [{ name: 'x', extensions: ['txt'] }] }]],
    ['files:pick', [{ title: 'x'.repeat(500), filters: [{ name: 'x', extensions: ['txt'] }] }]],
    ['files:pick', [{ title: 'Choose', filters: [{ name: 'Any', extensions: ['*'] }] }]],
    ['updates:check', [true]],
    ['updates:meeting-in-session', ['true']],
    ['updates:meeting-in-session', []],
    ['log:renderer-error', ['boom']],
    ['log:renderer-error', [{ kind: 'error' }]],
    ['log:renderer-error', [{ kind: 'error', message: 'x', stack: 42 }]],
  ] as const)('refuse %s with %j', (channel, args) => {
    expect(() => parseIpcArgs(channel, [...args] as unknown[])).toThrow(IpcInputError);
  });
});

describe('events pushed to the renderer', () => {
  it('carry only the closed set of menu commands', () => {
    expect(MENU_COMMANDS).toEqual(['new-meeting', 'new-query', 'export', 'backup', 'restore', 'palette', 'shortcuts']);
    for (const command of MENU_COMMANDS) expect(isMenuCommand(command)).toBe(true);
    for (const other of ['quit', 'toString', '__proto__', '', null, 1]) expect(isMenuCommand(other)).toBe(false);
  });

  it('carry update states with a known status', () => {
    expect(isUpdateState({ status: 'ready', version: '1', waitingForMeeting: false, installRequested: false })).toBe(true);
    expect(isUpdateState({ status: 'exploded' })).toBe(false);
    expect(isUpdateState('ready')).toBe(false);
    expect(isUpdateState(null)).toBe(false);
  });
});
