/**
 * Building blocks shared by the record schemas, so every record follows the same rules:
 * text is trimmed and stored NFC, optional text is `''` (never undefined: forms stay
 * controlled), optional dates/numbers are `null`, and every issue message is a `validation.*` key.
 */
import { z } from 'zod';
import { choiceError, msg, typeError } from './messageKeys';
import { toNfc } from './text';

/** Record id: a UUID (the database issues UUIDv7 so ids sort by creation). */
export const idSchema = z.uuid({ error: (iss) => (iss.input === undefined ? msg.required : msg.id) });

/** Reference to another record that may be unset. */
export const nullableIdSchema = idSchema.nullable();

/** Ids of linked records, without repeats. */
export const idListSchema = z
  .array(idSchema, { error: typeError })
  .refine((ids) => new Set(ids).size === ids.length, { message: msg.listDuplicate });

/** Non-empty text, trimmed and NFC; `max` guards against pasted documents in one-line fields. */
export function requiredText(max = 300) {
  return z.string({ error: typeError }).trim().overwrite(toNfc).min(1, msg.required).max(max, msg.tooLong);
}

/** Text that may be `''`, trimmed and NFC. */
export function optionalText(max = 300) {
  return z.string({ error: typeError }).trim().overwrite(toNfc).max(max, msg.tooLong);
}

/** Long free text (summaries, findings, minutes): trimmed, NFC, up to `max` characters. */
export function longText(max = 50_000) {
  return optionalText(max);
}

/** One value of a fixed list; the message distinguishes "nothing chosen" from "not in the list". */
export function enumField<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: choiceError });
}

/** A set of values from a fixed list (e.g. doubt categories), without repeats. */
export function enumSet<const T extends readonly [string, ...string[]]>(values: T) {
  return z
    .array(enumField(values), { error: typeError })
    .refine((xs) => new Set(xs).size === xs.length, { message: msg.listDuplicate });
}

/** Short labels (tags, topics, indicators): each non-empty, repeats rejected. */
export function labelList(max = 100) {
  return z
    .array(requiredText(max), { error: typeError })
    .refine((xs) => new Set(xs).size === xs.length, { message: msg.listDuplicate });
}

/** Quantity, value or amount that may be unknown (`null`); never negative. */
export const nullableAmountSchema = z
  .number({ error: typeError })
  .min(0, msg.nonNegative)
  .nullable();

/** Positive whole number (line numbers, question numbers, positions). */
export const positionSchema = z.number({ error: typeError }).int(msg.integer).min(1, msg.positive);

/** A record's object schema: a missing or non-object record reads "required"/"wrong type" too. */
export function recordObject<S extends z.ZodRawShape>(shape: S) {
  return z.object(shape, { error: typeError });
}

/** An array whose own type error is a message key (its items bring their own). */
export function listOf<T extends z.ZodType>(item: T) {
  return z.array(item, { error: typeError });
}
