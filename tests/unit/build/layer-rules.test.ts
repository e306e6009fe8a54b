import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { FORBIDDEN, LAYERS } from '../../../scripts/lint/layer-rules.js';

// The layering of src/ is enforced by `npm run lint`: these lint a one-line file placed in each layer
// with the project's own config, so a rule that stops firing (or fires on an allowed import) fails here.
const eslint = new ESLint({ cwd: process.cwd() });
const forbidden = FORBIDDEN;
const layers = LAYERS;

async function importErrors(from: string, specifier: string): Promise<string[]> {
  const code = `import { x } from '${specifier}';\nexport const y = x;\n`;
  const [result] = await eslint.lintText(code, { filePath: `src/${from}/probe.ts` });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer rules', () => {
  const cases = Object.entries(forbidden).flatMap(([from, banned]) => banned.map((to) => [from, to] as const));

  it.each(cases)('src/%s may not import src/%s', async (from, to) => {
    const messages = await importErrors(from, `../${to}/some-module.ts`);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(`src/${from}/ may not import src/${to}/`);
  });

  it('a nested file is held to its layer too', async () => {
    const code = `import { x } from '../../views/app.ts';\nexport const y = x;\n`;
    const [result] = await eslint.lintText(code, { filePath: 'src/data/user-file/probe.ts' });
    expect(result?.messages.map((m) => m.ruleId)).toContain('no-restricted-imports');
  });

  it('views may import every other layer', async () => {
    for (const to of layers.filter((l) => l !== 'views'))
      expect(await importErrors('views', `../${to}/some-module.ts`)).toEqual([]);
  });

  it('data may import queries and domain, and the engines', async () => {
    expect(await importErrors('data', '../queries/some-module.ts')).toEqual([]);
    expect(await importErrors('data', '../domain/some-module.ts')).toEqual([]);
    expect(await importErrors('data', 'apache-arrow')).toEqual([]);
  });

  it('only data/ talks to the engines', async () => {
    for (const from of ['charts', 'components', 'queries', 'domain']) {
      expect(await importErrors(from, '@duckdb/duckdb-wasm')).toHaveLength(1);
      expect(await importErrors(from, 'arquero')).toHaveLength(1);
    }
  });

  it('a layer importing its own files is allowed', async () => {
    for (const from of Object.keys(forbidden)) expect(await importErrors(from, './sibling.ts')).toEqual([]);
  });
});
