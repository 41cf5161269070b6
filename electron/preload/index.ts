// Entry of the sandboxed preload, built as CommonJS (out/preload/index.cjs).
import { contextBridge, ipcRenderer } from 'electron';
import { createAttacheBridge } from './bridge';

contextBridge.exposeInMainWorld('attache', createAttacheBridge(ipcRenderer));
