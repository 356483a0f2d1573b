/**
 * The preload script: exposes `window.quorum`, a small typed API, and nothing else. It never
 * hands the page `ipcRenderer` or a generic invoke; each member calls one channel of the
 * shared contract and turns an error response into a thrown Error with a clean message.
 * Subscriptions to main-process events pass the payload only (never the IPC event, which
 * carries the sender) and return a function that removes exactly the listener they added.
 * Bundled into one CommonJS file because the window is sandboxed.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  isMenuCommand,
  isUpdateState,
  type IpcArgs,
  type IpcChannel,
  type IpcEventName,
  type IpcEvents,
  type IpcResponse,
  type IpcResult,
  type QuorumApi,
  type Unsubscribe,
} from '../shared/ipc-contract';

async function invoke<C extends IpcChannel>(channel: C, ...args: IpcArgs<C>): Promise<IpcResult<C>> {
  const response = (await ipcRenderer.invoke(channel, ...args)) as IpcResponse<IpcResult<C>>;
  if (response.ok) return response.value;
  throw new Error(response.error.message);
}

function subscribe<E extends IpcEventName>(
  event: E,
  accepts: (payload: unknown) => payload is IpcEvents[E],
  listener: (payload: IpcEvents[E]) => void,
): Unsubscribe {
  const handler = (_event: IpcRendererEvent, payload: unknown) => {
    if (accepts(payload)) listener(payload);
  };
  ipcRenderer.on(event, handler);
  return () => {
    ipcRenderer.removeListener(event, handler);
  };
}

const api = {
  kind: 'desktop',
  app: {
    info: () => invoke('app:info'),
  },
  files: {
    save: (request) => invoke('files:save', request),
    open: async (fileId) => {
      await invoke('files:open', fileId);
    },
    showInFolder: async (fileId) => {
      await invoke('files:show-in-folder', fileId);
    },
    pick: (request) => invoke('files:pick', request),
  },
  credentials: {
    get: (account) => invoke('credentials:get', account),
    set: (account, secret) => invoke('credentials:set', account, secret),
    remove: async (account) => {
      await invoke('credentials:remove', account);
    },
  },
  menu: {
    onCommand: (listener) => subscribe('menu:command', isMenuCommand, listener),
  },
  updates: {
    state: () => invoke('updates:state'),
    check: () => invoke('updates:check'),
    install: () => invoke('updates:install'),
    onState: (listener) => subscribe('updates:state', isUpdateState, listener),
    setMeetingInSession: async (inSession) => {
      await invoke('updates:meeting-in-session', inSession);
    },
  },
  log: {
    rendererError: async (report) => {
      await invoke('log:renderer-error', report);
    },
  },
} satisfies QuorumApi;

contextBridge.exposeInMainWorld('quorum', api);
