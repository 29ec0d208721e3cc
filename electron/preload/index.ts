import { contextBridge, ipcRenderer } from 'electron';
import type { Api } from '../shared/contract';
import { buildApi } from '../shared/contract/build-api';
import type { Result } from '../shared/result';

// Named methods only, one per contract channel: the page can never reach ipcRenderer itself.
const api = buildApi((channel, input) => ipcRenderer.invoke(channel, input) as Promise<Result<unknown>>) satisfies Api;

contextBridge.exposeInMainWorld('api', api);
