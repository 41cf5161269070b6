import { describe, expect, it } from 'vitest';
import { highlightParts } from './highlight';

describe('highlightParts', () => {
  it('marks the words a folded query begins', () => {
    expect(highlightParts('Ông Nguyễn Văn Cẩn, Hải Phòng', ['nguyen', 'ca'])).toEqual([
      { text: 'Ông ', match: false },
      { text: 'Nguyễn', match: true },
      { text: ' Văn ', match: false },
      { text: 'Cẩn', match: true },
      { text: ', Hải Phòng', match: false },
    ]);
  });

  it('keeps the text whole without terms, and loses no character', () => {
    expect(highlightParts('Công ty TNHH', [])).toEqual([{ text: 'Công ty TNHH', match: false }]);
    expect(highlightParts('Công ty', ['cong', 'ty']).map((p) => p.text).join('')).toBe('Công ty');
  });
});
