import { z } from 'zod';
import { enumField, idSchema, recordObject, requiredText } from './fields';
import { msg, typeError } from './messageKeys';
import { dayKinds, periodUnits, type DeadlineRuleId, type Period, type PeriodRules } from './requestDeadlines';
import { isoDateSchema } from './validators/isoDate';
import { legalInstruments } from './verificationRequest';

/** Every row id of `replyPeriodRules`: one per legal instrument, and the acknowledgement period. */
export const deadlineRuleIds = [...legalInstruments, 'acknowledgement'] as const satisfies readonly DeadlineRuleId[];

/**
 * Longest period an administration may set: two years of days or months. Nothing in the treaties
 * comes near it (EVFTA's 10 months is the longest); beyond it is a typing slip (1200 for 120).
 */
export const maxPeriodAmount = { days: 730, months: 24 } as const;

/**
 * The administration's period for one instrument (`id` is the instrument's code) or for the
 * acknowledgement (`id: 'acknowledgement'`), synced to every device of the workspace. No row
 * means the built-in default (`builtInPeriod`): resetting a period deletes its row.
 */
export const replyPeriodRuleSchema = recordObject({
  id: enumField(deadlineRuleIds),
  amount: z.number({ error: typeError }).int(msg.integer).min(1, msg.positive),
  unit: enumField(periodUnits),
  dayKind: enumField(dayKinds),
}).superRefine((rule, ctx) => {
  if (rule.amount > maxPeriodAmount[rule.unit]) ctx.addIssue({ code: 'custom', path: ['amount'], message: msg.periodTooLong });
});
export type ReplyPeriodRule = z.infer<typeof replyPeriodRuleSchema>;

/** A public holiday of the administration's calendar, which business-day periods skip. */
export const holidaySchema = recordObject({
  id: idSchema,
  date: isoDateSchema,
  name: requiredText(200),
});
export type Holiday = z.infer<typeof holidaySchema>;

/** The rule table `replyDueOnFor` and friends take, from the synced rows. */
export function periodRulesOf(rows: readonly ReplyPeriodRule[]): PeriodRules {
  const rules: PeriodRules = {};
  for (const { id, amount, unit, dayKind } of rows) rules[id] = { amount, unit, dayKind } satisfies Period;
  return rules;
}
