import { describe, expect, it } from 'vitest';
import { cssString, pageLabelContent, pageRulesCss } from './pageRules';

describe('cssString', () => {
  it('keeps Vietnamese text as it is and escapes what could end the string or the rule', () => {
    expect(cssString('MẬT — Chỉ dùng trong ngành')).toBe('"MẬT — Chỉ dùng trong ngành"');
    expect(cssString('say "hi" \\ } @page {')).toBe('"say \\22 hi\\22  \\5c  } @page {"');
    expect(cssString('two\nlines')).toBe('"two\\a lines"');
  });
});

describe('pageLabelContent', () => {
  it('turns the placeholders into the page counters', () => {
    expect(pageLabelContent('Page {{page}} of {{pages}}')).toBe('"Page " counter(page) " of " counter(pages)');
    expect(pageLabelContent('Trang {{page}}/{{pages}}')).toBe('"Trang " counter(page) "/" counter(pages)');
    expect(pageLabelContent('Page {{page}} of {{pages}} / Trang {{page}}/{{pages}}')).toBe(
      '"Page " counter(page) " of " counter(pages) " / Trang " counter(page) "/" counter(pages)',
    );
  });
});

describe('pageRulesCss', () => {
  it('prints on A4 with the page number at the foot and the marking at the head and the foot', () => {
    const css = pageRulesCss({ pageLabel: 'Page {{page}} of {{pages}}', marking: 'OFFICIAL USE ONLY' });
    expect(css).toMatch(/^@page \{ size: A4; margin: [^;]+;/);
    expect(css).toContain('@top-center { content: "OFFICIAL USE ONLY";');
    expect(css).toContain('@bottom-left { content: "OFFICIAL USE ONLY";');
    expect(css).toContain('@bottom-right { content: "Page " counter(page) " of " counter(pages);');
  });

  it('prints no marking box for a public document', () => {
    expect(pageRulesCss({ pageLabel: 'Trang {{page}}/{{pages}}' })).not.toMatch(/top-center|bottom-left/);
  });
});
