/**
 * A broken invariant of the sync system, named after the invariant (as in issue 3 "Proof") so a
 * failing run says which promise was broken, not just that two values differed.
 */
export class Violation extends Error {
  constructor(
    readonly invariant: string,
    detail: string,
  ) {
    super(`[${invariant}] ${detail}`);
    this.name = 'Violation';
  }
}

/** Throws a `Violation` of `invariant` unless `ok`. */
export function expectThat(ok: boolean, invariant: string, detail: () => string): void {
  if (!ok) throw new Violation(invariant, detail());
}
