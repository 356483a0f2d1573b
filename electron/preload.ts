/**
 * The preload script: exposes `window.quorum`, a small typed API, and nothing else. It never
 * hands the page `ipcRenderer` or a generic invoke; each member calls one channel of the
 * shared contract and turns an error response into a thrown Error with a clean message.
 * Bundled into one CommonJS file because the window is sandboxed.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcArgs, IpcChannel, IpcResponse, IpcResult, QuorumApi } from '../shared/ipc-contract';

async function invoke<C extends IpcChannel>(channel: C, ...args: IpcArgs<C>): Promise<IpcResult<C>> {
  const response = (await ipcRenderer.invoke(channel, ...args)) as IpcResponse<IpcResult<C>>;
  if (response.ok) return response.value;
  throw new Error(response.error.message);
}

const api = {
  kind: 'desktop',
  app: {
    info: () => invoke('app:info'),
  },
  files: {
    save: (request) => invoke('files:save', request),
  },
  credentials: {
    get: (account) => invoke('credentials:get', account),
    set: (account, secret) => invoke('credentials:set', account, secret),
    remove: async (account) => {
      await invoke('credentials:remove', account);
    },
  },
} satisfies QuorumApi;

contextBridge.exposeInMainWorld('quorum', api);
