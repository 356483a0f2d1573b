import { describe, expect, it } from 'vitest';
import { IPC_CHANNELS, IpcInputError, isIpcChannel, parseFileName, parseIpcArgs } from '../../../shared/ipc-contract';

describe('the IPC contract', () => {
  it('lists the bridge channels', () => {
    expect(IPC_CHANNELS.sort()).toEqual([
      'app:info',
      'credentials:get',
      'credentials:remove',
      'credentials:set',
      'files:open',
      'files:pick',
      'files:save',
      'files:show-in-folder',
      'log:renderer-error',
      'updates:check',
      'updates:install',
      'updates:meeting-in-session',
      'updates:state',
    ]);
    expect(isIpcChannel('files:save')).toBe(true);
    expect(isIpcChannel('shell:exec')).toBe(false);
    expect(isIpcChannel('__proto__')).toBe(false);
  });

  it('accepts well-formed arguments', () => {
    const bytes = new Uint8Array([1, 2, 3]);
    expect(parseIpcArgs('files:save', [{ suggestedName: 'Agenda 🏛️.docx', bytes, filters: [{ name: 'Word', extensions: ['docx'] }] }])).toEqual([
      { suggestedName: 'Agenda 🏛️.docx', bytes, filters: [{ name: 'Word', extensions: ['docx'] }] },
    ]);
    expect(parseIpcArgs('credentials:set', ['sync@couch.example.org', 's3cret'])).toEqual(['sync@couch.example.org', 's3cret']);
    expect(parseIpcArgs('app:info', [])).toEqual([]);
  });

  it.each([
    ['app:info', ['extra']],
    ['credentials:get', []],
    ['credentials:get', [42]],
    ['credentials:get', ['']],
    ['credentials:get', ['a b']],
    ['credentials:set', ['a', '']],
    ['files:save', [null]],
    ['files:save', [{ suggestedName: 'x.docx', bytes: 'not bytes', filters: [] }]],
    ['files:save', [{ suggestedName: 'x.docx', bytes: new Uint8Array(), filters: [{ name: 'W', extensions: ['d.o'] }] }]],
    ['files:save', [{ suggestedName: 'x.docx', bytes: new Uint8Array(), filters: 'all' }]],
  ] as const)('refuses %s with %j', (channel, args) => {
    expect(() => parseIpcArgs(channel, [...args] as unknown[])).toThrow(IpcInputError);
  });

  it.each(['../secrets.docx', 'C:\\Windows\\x.docx', 'a/b.docx', 'con<1>.docx', '..', ' padded.docx', 'tab\tname.docx'])('refuses the file name %j', (name) => {
    expect(() => parseFileName(name)).toThrow(IpcInputError);
  });
});
