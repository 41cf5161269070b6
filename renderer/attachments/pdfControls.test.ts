import { describe, expect, it } from 'vitest';
import { clampPage, fitWidth, pdfKeyAction, zoomIn, zoomOut } from './pdfControls';

describe('PDF viewer controls', () => {
  it('steps the zoom through the levels, also from a fitted scale between two, and stops at both ends', () => {
    expect(zoomIn(1)).toBe(1.1);
    expect(zoomOut(1)).toBe(0.9);
    expect(zoomIn(1.18)).toBe(1.25);
    expect(zoomOut(1.18)).toBe(1.1);
    expect(zoomIn(4)).toBe(4);
    expect(zoomOut(0.25)).toBe(0.25);
  });

  it('fits an A4 page (595 pt) to the width available, within the zoom range', () => {
    expect(fitWidth(595, 1190)).toBe(2);
    expect(fitWidth(595, 50)).toBe(0.25);
    expect(fitWidth(0, 800)).toBe(1);
  });

  it('keeps the page number within the document', () => {
    expect(clampPage(0, 3)).toBe(1);
    expect(clampPage(4, 3)).toBe(3);
    expect(clampPage(2, 3)).toBe(2);
    expect(clampPage(1, 0)).toBe(1);
  });

  it('turns pages with Page Up/Down and the side arrows, zooms with + and -, fits with 0, leaves other keys alone', () => {
    const plain = { ctrl: false, alt: false };
    expect(pdfKeyAction('PageDown', plain)).toEqual({ page: 'next' });
    expect(pdfKeyAction('ArrowLeft', plain)).toEqual({ page: 'previous' });
    expect(pdfKeyAction('End', plain)).toEqual({ page: 'last' });
    expect(pdfKeyAction('+', plain)).toEqual({ zoom: 'in' });
    expect(pdfKeyAction('-', plain)).toEqual({ zoom: 'out' });
    expect(pdfKeyAction('0', plain)).toEqual({ zoom: 'fit' });
    expect(pdfKeyAction('ArrowDown', plain)).toBeNull();
    expect(pdfKeyAction('PageDown', { ctrl: false, alt: true })).toBeNull();
    expect(pdfKeyAction('ArrowRight', { ctrl: true, alt: false })).toBeNull();
  });
});
