// Canary strings for the at-rest test (canary.spec.ts): unique, random per run, unlike anything
// Chromium or the app would write by themselves, and found back in a profile's files as UTF-8 or
// UTF-16 (V8 stores a string with any character beyond Latin-1 as UTF-16).
import { randomBytes } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { recordSchemas, type RecordTable } from '../../../shared/domain';

export class Canaries {
  /** Lower-case ASCII, so schemas that trim, lower-case or NFC-normalise keep it intact. */
  readonly marker = `qz${randomBytes(5).toString('hex')}k`;
  readonly issued: string[] = [];

  /** `…k12j`, or `…k13jệ` (stored as UTF-16) for every second one. */
  next(): string {
    const n = this.issued.length;
    const canary = `${this.marker}${n}j${n % 2 === 1 ? 'ệ' : ''}`;
    this.issued.push(canary);
    return canary;
  }

  /** The ASCII part a scan reports (the UTF-16 suffix is not needed to identify one). */
  static id(canary: string): string {
    return canary.replace(/j.*$/, 'j');
  }
}

/**
 * The record with a canary in every text it accepts one in: each string (and string in a list or
 * nested object) is replaced, and kept only if the table's schema still accepts the record and
 * keeps the canary as written (codes, enums, dates and ids refuse it, which is right: they are
 * metadata, not the officer's words).
 */
export function fillWithCanaries<T extends Record<string, unknown>>(table: RecordTable, record: T, canaries: Canaries): T {
  const schema = recordSchemas[table];
  let current: Record<string, unknown> = structuredClone(record);
  const paths: (string | number)[][] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    if (typeof value === 'string') paths.push(path);
    else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  walk(current, []);
  for (const path of paths) {
    if (path[0] === 'id') continue;
    const canary = canaries.next();
    const candidate = structuredClone(current);
    let target: Record<string | number, unknown> = candidate;
    for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
    target[path[path.length - 1]!] = canary;
    const parsed = schema.safeParse(candidate);
    if (parsed.success && JSON.stringify(parsed.data).includes(JSON.stringify(canary).slice(1, -1))) current = candidate;
    else canaries.issued.pop();
  }
  return current as T;
}

export interface CanaryHit {
  file: string;
  encoding: 'utf-8' | 'utf-16le';
  canary: string;
}

/** Every occurrence of a canary in every file under `dir`, as UTF-8 and as UTF-16LE. */
export async function scanForCanaries(dir: string, marker: string): Promise<CanaryHit[]> {
  const hits: CanaryHit[] = [];
  const encodings = [
    { encoding: 'utf-8' as const, needle: Buffer.from(marker, 'utf8'), width: 1 },
    { encoding: 'utf-16le' as const, needle: Buffer.from(marker, 'utf16le'), width: 2 },
  ];
  for (const path of await filesUnder(dir)) {
    let bytes: Buffer;
    try {
      bytes = await readFile(path);
    } catch {
      continue; // a socket or lock file
    }
    for (const { encoding, needle, width } of encodings) {
      for (let at = bytes.indexOf(needle); at !== -1; at = bytes.indexOf(needle, at + 1)) {
        // The digits and the closing `j` after the marker name the canary.
        const tail = bytes.subarray(at + needle.length, at + needle.length + 12 * width).toString(encoding);
        const digits = /^(\d+)j/.exec(tail);
        hits.push({ file: relative(dir, path), encoding, canary: `${marker}${digits ? `${digits[1]}j` : '?'}` });
      }
    }
  }
  return hits;
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}
