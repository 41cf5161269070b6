// What a form field's schema says about it beyond valid/invalid: the longest text it takes and
// the dates it accepts, read from the zod schema so no form repeats the numbers.
import { z } from 'zod';
import { dateRangeOf, type DateRange } from '../../shared/domain';

export interface FieldRules {
  /** The most characters the text may have (zod's `.max()`). */
  maxLength?: number;
  /** The dates the field accepts (`isoDateWithin`). */
  dateRange?: DateRange;
}

/** The schema inside optional, nullable, default and pipe (transform) wrappers. */
function unwrap(schema: z.ZodType): z.ZodType {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable || schema instanceof z.ZodDefault) {
    return unwrap(schema.unwrap() as z.ZodType);
  }
  if (schema instanceof z.ZodPipe) return unwrap(schema.in as z.ZodType);
  return schema;
}

/** The schema of the field at a react-hook-form path (`parties.0.identifiers.1.value`), if any. */
export function schemaAt(schema: z.ZodType, path: string): z.ZodType | undefined {
  let node: z.ZodType | undefined = schema;
  for (const part of path.split('.')) {
    const inner: z.ZodType | undefined = node ? unwrap(node) : undefined;
    if (inner instanceof z.ZodObject) node = (inner.shape as Record<string, z.ZodType | undefined>)[part];
    else if (inner instanceof z.ZodArray && /^\d+$/.test(part)) node = inner.element as z.ZodType;
    else return undefined;
  }
  return node;
}

/** The rules of the field at `path` in a form's schema; none for a path the schema lacks. */
export function fieldRules(schema: z.ZodType, path: string): FieldRules {
  const field = schemaAt(schema, path);
  if (!field) return {};
  const inner = unwrap(field);
  const rules: FieldRules = {};
  if (inner instanceof z.ZodString && inner.maxLength !== null) rules.maxLength = inner.maxLength;
  const dateRange = dateRangeOf(field);
  if (dateRange) rules.dateRange = dateRange;
  return rules;
}
