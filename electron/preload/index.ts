import { contextBridge, ipcRenderer } from 'electron';
import { buildApi } from '../shared/contract/build-api';
import type { Result } from '../shared/result';

// Named methods only, one per contract channel: the page can never reach ipcRenderer itself.
const api = buildApi((channel, input) => ipcRenderer.invoke(channel, input) as Promise<Result<unknown>>);

contextBridge.exposeInMainWorld('api', api);
