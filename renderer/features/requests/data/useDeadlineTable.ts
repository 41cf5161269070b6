import type { DeadlineTable } from '../register/registerRows';

const builtIn: DeadlineTable = { rules: {}, holidays: [] };

/** The administration's deadline rules and holidays (Settings), for computing due dates. */
export function useDeadlineTable(): DeadlineTable {
  return builtIn;
}
