import { describe, expect, it } from 'vitest';
import { viewerKind } from './viewerKind';

const text = (s: string) => new TextEncoder().encode(s);
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16]);

describe('viewerKind', () => {
  it('opens a PDF in the PDF viewer, also when the browser recorded it as octet-stream or junk precedes its header', () => {
    expect(viewerKind('application/pdf', text('%PDF-1.7\n1 0 obj'))).toEqual({ kind: 'pdf', mediaType: 'application/pdf' });
    expect(viewerKind('application/octet-stream', text('%PDF-1.4')).kind).toBe('pdf');
    expect(viewerKind('application/pdf', text(`${' '.repeat(500)}%PDF-1.4`)).kind).toBe('pdf');
  });

  it('draws PNG, JPEG, GIF, WebP and BMP as images, by their signature rather than the recorded type', () => {
    expect(viewerKind('image/png', png)).toEqual({ kind: 'image', mediaType: 'image/png' });
    expect(viewerKind('application/octet-stream', jpeg)).toEqual({ kind: 'image', mediaType: 'image/jpeg' });
    expect(viewerKind('', text('GIF89a')).mediaType).toBe('image/gif');
    expect(viewerKind('', text('RIFF\0\0\0\0WEBPVP8 ')).mediaType).toBe('image/webp');
    expect(viewerKind('', text('BM\0\0')).mediaType).toBe('image/bmp');
    expect(viewerKind('image/svg+xml', text('<svg xmlns="http://www.w3.org/2000/svg"/>')).kind).toBe('image');
  });

  it('offers anything else as a download: a TIFF scan, a Word file, a "PDF" whose bytes are not one', () => {
    expect(viewerKind('image/tiff', new Uint8Array([0x49, 0x49, 0x2a, 0])).kind).toBe('other');
    expect(viewerKind('application/vnd.openxmlformats-officedocument.wordprocessingml.document', text('PK\u0003\u0004')).kind).toBe('other');
    expect(viewerKind('application/pdf', text('not a pdf at all')).kind).toBe('other');
    expect(viewerKind('application/pdf', text(`${' '.repeat(1100)}%PDF-1.4`)).kind).toBe('other');
  });
});
