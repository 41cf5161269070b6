export { App } from './App';
export { caseSearchId, type ShellAction } from './shortcuts';
export { useUiStore, type UiState } from './uiStore';
