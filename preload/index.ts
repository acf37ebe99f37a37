/** contextBridge only: exposes window.api built from the contract. No logic, no raw ipcRenderer. */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { buildApi } from '../common/api-shape';
import { channelNames, eventNames } from '../common/contract';

const api = buildApi(
  { channels: channelNames, events: eventNames },
  (channel, args) => ipcRenderer.invoke(channel, args),
  (name, listener) => {
    const handler = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(`event:${name}`, handler);
    return () => void ipcRenderer.removeListener(`event:${name}`, handler);
  },
);

contextBridge.exposeInMainWorld('api', api);
