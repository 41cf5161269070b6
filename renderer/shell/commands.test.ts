import { describe, expect, it } from 'vitest';
import { isTypingTarget } from './commands';

describe('isTypingTarget', () => {
  const element = (tagName: string, attributes: Record<string, string> = {}) =>
    ({ tagName: tagName.toUpperCase(), getAttribute: (name: string) => attributes[name] ?? null }) as unknown as Element;

  it('treats text inputs, text areas and editable segments as typing', () => {
    expect(isTypingTarget(element('input'))).toBe(true);
    expect(isTypingTarget(element('input', { type: 'search' }))).toBe(true);
    expect(isTypingTarget(element('textarea'))).toBe(true);
    expect(isTypingTarget(element('div', { role: 'spinbutton' }))).toBe(true);
    expect(isTypingTarget(element('div', { contenteditable: 'true' }))).toBe(true);
  });

  it('lets shortcuts through from buttons, checkboxes and the page itself', () => {
    expect(isTypingTarget(element('button'))).toBe(false);
    expect(isTypingTarget(element('input', { type: 'checkbox' }))).toBe(false);
    expect(isTypingTarget(element('a'))).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});
