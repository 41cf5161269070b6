import { useLiveQuery } from 'dexie-react-hooks';
import { periodRulesOf, type Holiday, type PeriodRules, type ReplyPeriodRule } from '../../shared/domain';
import { liveRecords, useDatabase, type AttacheDb } from '../db';

/**
 * The administration's deadline rules as this device has them (synced from the workspace): the
 * rule table and holiday dates `replyDueOnFor`, `openDeadlines` and friends take, and the rows
 * themselves for the screen that edits them.
 */
export interface DeadlineRules {
  /** Periods the administration set, by instrument (or `acknowledgement`); others are built in. */
  rules: PeriodRules;
  /** Dates of the holidays, `YYYY-MM-DD`, ascending. */
  holidays: readonly string[];
  ruleRows: readonly ReplyPeriodRule[];
  /** The holidays with their names, by date. */
  holidayRows: readonly Holiday[];
}

/** Before the tables are read, or with nothing set: the built-in periods and no holiday. */
export const builtInDeadlineRules: DeadlineRules = { rules: {}, holidays: [], ruleRows: [], holidayRows: [] };

/** Reads the rule table and the holidays (deleted rows left out). */
export async function readDeadlineRules(db: AttacheDb): Promise<DeadlineRules> {
  const [ruleRows, holidayRows] = await db.transaction('r', db.replyPeriodRules, db.holidays, () =>
    Promise.all([db.replyPeriodRules.toArray(), db.holidays.orderBy('date').toArray()]),
  );
  const rules = liveRecords(ruleRows) as ReplyPeriodRule[];
  const holidays = liveRecords(holidayRows) as Holiday[];
  return { rules: periodRulesOf(rules), holidays: holidays.map((h) => h.date), ruleRows: rules, holidayRows: holidays };
}

/**
 * The deadline rules, live: every change (made here, or by sync from another device) re-renders.
 * The object keeps its identity until the tables change, so it can be a dependency of a query.
 */
export function useDeadlineRules(): DeadlineRules {
  const { db } = useDatabase();
  return useLiveQuery(() => readDeadlineRules(db), [db]) ?? builtInDeadlineRules;
}
