import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { schemaFormOptions } from './useSchemaForm';

const schema = z.object({ name: z.string().trim().min(1, 'validation.required'), topicsText: z.string().transform((text) => text.split(',')) });

describe('schemaFormOptions', () => {
  const options = schemaFormOptions(schema, { name: '', topicsText: '' });

  it('validates as a field is left, again as it changes, and leaves focus to the save', () => {
    expect(options).toMatchObject({ mode: 'onBlur', reValidateMode: 'onChange', shouldFocusError: false, defaultValues: { name: '', topicsText: '' } });
  });

  it('checks the values with the schema and hands its output to the submit', async () => {
    const resolve = (values: z.input<typeof schema>) => options.resolver!(values, undefined, { fields: {}, shouldUseNativeValidation: false });
    const refused = await resolve({ name: ' ', topicsText: '' });
    expect(refused.errors).toMatchObject({ name: { message: 'validation.required' } });
    const accepted = await resolve({ name: ' Mai ', topicsText: 'origin,risk' });
    expect(accepted).toEqual({ values: { name: 'Mai', topicsText: ['origin', 'risk'] }, errors: {} });
  });
});
