// The renderer's rooms stay acyclic because lint says so (`import-x/no-cycle` in eslint.config.js,
// run by `npm test`). This proves the rule is live: two renderer modules that import each other,
// in a scratch folder laid out like the repository and linted with the repository's own config,
// fail lint; the same two with the back edge removed pass.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

const configFile = new URL('../../eslint.config.js', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'attache-cycle-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function plant(files: Record<string, string>): string {
  const root = mkdtempSync(join(scratch, 'case-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

async function cycleMessages(root: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: root, overrideConfigFile: configFile });
  const results = await eslint.lintFiles(['renderer/**/*.{ts,tsx}']);
  return results.flatMap((r) => r.messages.filter((m) => m.ruleId === 'import-x/no-cycle').map((m) => m.message));
}

describe('import-x/no-cycle on the renderer', { timeout: 60_000 }, () => {
  it('fails a feature that imports the shell that imports it', async () => {
    const root = plant({
      'renderer/app/features.ts': "import { caseTitle } from '../features/cases';\nexport const titles = [caseTitle];\n",
      'renderer/features/cases/index.ts': "import { titles } from '../../app/features';\nexport const caseTitle = 'Cases';\nexport const count = titles.length;\n",
    });
    const messages = await cycleMessages(root);
    expect(messages.length).toBeGreaterThan(0);
    expect(messages[0]).toMatch(/cycle/i);
  });

  it('passes the same modules when only the shell imports the feature', async () => {
    const root = plant({
      'renderer/app/features.ts': "import { caseTitle } from '../features/cases';\nexport const titles = [caseTitle];\n",
      'renderer/features/cases/index.ts': "export const caseTitle = 'Cases';\n",
    });
    expect(await cycleMessages(root)).toEqual([]);
  });
});
