import { describe, expect, it } from 'vitest';
import { workspaceFileName } from './workspaceFileName';

describe('workspaceFileName', () => {
  const day = new Date(2026, 2, 2, 23, 30);

  it('names the office in plain letters and the local day', () => {
    expect(workspaceFileName('VN Customs attaché office, Washington', day)).toBe('attache-workspace-vn-customs-attache-office-washington-2026-03-02.attache');
    expect(workspaceFileName('Đại diện Hải quan Việt Nam tại Hoa Kỳ', day)).toBe('attache-workspace-dai-dien-hai-quan-viet-nam-tai-hoa-ky-2026-03-02.attache');
  });

  it('names a device that never connected, and a name with no letters, after the device', () => {
    expect(workspaceFileName(null, day)).toBe('attache-workspace-this-device-2026-03-02.attache');
    expect(workspaceFileName('東京', day)).toBe('attache-workspace-this-device-2026-03-02.attache');
  });
});
