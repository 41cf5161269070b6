import { describe, expect, it } from 'vitest';
import { createFormatter } from '../i18n';
import { maxAttachmentBytes } from './attachmentFiles';
import { sizeOverLimit } from './sizeOverLimit';

describe('sizeOverLimit', () => {
  it('says the file size and the limit as people read them', () => {
    expect(sizeOverLimit(70 * 1024 * 1024, createFormatter('en'))).toEqual({ size: '70 MB', limit: '64 MB' });
    expect(sizeOverLimit(1.5 * 1024 ** 3, createFormatter('vi'))).toEqual({ size: '1,5 GB', limit: '64 MB' });
  });

  it('gives bytes when rounding would make the file look no larger than the limit', () => {
    expect(sizeOverLimit(maxAttachmentBytes + 1, createFormatter('en'))).toEqual({ size: '67,108,865 B', limit: '67,108,864 B' });
    expect(sizeOverLimit(maxAttachmentBytes + 1, createFormatter('vi'))).toEqual({ size: '67.108.865 B', limit: '67.108.864 B' });
  });
});
