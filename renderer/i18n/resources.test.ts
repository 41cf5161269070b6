import { describe, expect, it } from 'vitest';
import { leafKeys, type Bundle } from './bundles';
import { buildResources } from './resources';

describe('buildResources', () => {
  const resources = buildResources();
  const translation = (lang: 'en' | 'vi') => resources[lang]!.translation as Bundle;

  it('merges the shell, validation, database and feature bundles without clashes', () => {
    expect(Object.keys(translation('en'))).toEqual(
      expect.arrayContaining(['common', 'validation', 'db', 'cases', 'referenceData', 'settings']),
    );
  });

  it('offers every English key in Vietnamese too', () => {
    expect(leafKeys(translation('vi'))).toEqual(leafKeys(translation('en')));
  });
});
