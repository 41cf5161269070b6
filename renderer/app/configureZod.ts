// Imported first by main.tsx, before any schema runs. zod v4 compiles object parsers with
// `new Function` when it can, probing for eval the first time; under the app's CSP (no
// 'unsafe-eval') the probe fails and logs a CSP violation on every start. jitless skips the probe
// and uses the interpreter, which is plenty fast for form- and record-sized objects.
import { z } from 'zod';

z.config({ jitless: true });
