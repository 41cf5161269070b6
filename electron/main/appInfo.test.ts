import { expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));
const { describeApp } = await import('./appInfo');

it('describes the running app from Electron and Node facts', () => {
  const app = { getName: () => 'Attaché', getVersion: () => '0.1.0', getLocale: () => 'vi-VN' };
  expect(describeApp(app, { electron: '45.4.1', chrome: '140.0.1' }, 'linux')).toEqual({
    name: 'Attaché',
    version: '0.1.0',
    electronVersion: '45.4.1',
    chromeVersion: '140.0.1',
    platform: 'linux',
    locale: 'vi-VN',
  });
  expect(describeApp(app, {}, 'win32')).toMatchObject({ electronVersion: '', chromeVersion: '', platform: 'win32' });
});
