import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The type check is the guard against a missing translation; this runs the compiler on small generated files
// so a test fails if that guard is ever lost (a part typed loosely, `as` casts, a Partial<>).
const ROOT = path.resolve(import.meta.dirname, '../../..');
const PARTS = fs
  .readdirSync(path.join(ROOT, 'src/i18n/id'))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.replace(/\.ts$/, ''))
  .sort();

/** The type errors of a program made of real files and generated ones (name relative to the repo -> source). */
function typeErrors(roots: string[], generated: Record<string, string> = {}): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(
    path.join(ROOT, 'tsconfig.json'),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
  )!;
  // No ambient vite/node types: the catalogues need none, and the check is faster without them.
  const options = { ...config.options, types: [], noEmit: true };
  const virtual = new Map(Object.entries(generated).map(([name, text]) => [path.join(ROOT, name), text]));
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (name, version, ...rest) =>
    virtual.has(name) ? ts.createSourceFile(name, virtual.get(name)!, version) : getSourceFile(name, version, ...rest);
  host.fileExists = (name) => virtual.has(name) || fileExists(name);
  host.readFile = (name) => virtual.get(name) ?? readFile(name);
  const program = ts.createProgram([...roots.map((r) => path.join(ROOT, r)), ...virtual.keys()], options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .map(
      (d) => `${path.relative(ROOT, d.file?.fileName ?? '')}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`,
    );
}

const partName = (part: string) => `${part}Id`;

async function keysOf(part: string): Promise<string[]> {
  const module = (await import(`../../../src/i18n/id/${part}.ts`)) as Record<string, Record<string, string>>;
  return Object.keys(module[partName(part)]!);
}

/** A generated English part typed exactly as the real ones are, with the given keys. */
function englishPart(part: string, keys: string[]): string {
  const body = keys.map((k) => `  ${JSON.stringify(k)}: 'x',`).join('\n');
  return `import type { ${partName(part)} } from '../../../src/i18n/id/${part}.ts';\nexport const part: Record<keyof typeof ${partName(part)}, string> = {\n${body}\n};\n`;
}

const generatedName = (part: string, kind: string) => `tests/unit/i18n/generated-${kind}-${part}.ts`;

/**
 * Type assertions on the real English catalogue: each part and the joined catalogue have exactly the keys of
 * their Indonesian counterparts, all strings (so retyping one loosely, e.g. Record<string, string>, fails).
 */
function realCatalogueAssertions(): string {
  const lines = [
    `type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;`,
    `import type { MessageKey } from '../../../src/i18n/messages-id.ts';`,
    `import { messagesEn } from '../../../src/i18n/messages-en.ts';`,
    `export const joinedKeys: Same<keyof typeof messagesEn, MessageKey> = true;`,
    `export const joinedStrings: Record<MessageKey, string> = messagesEn;`,
  ];
  for (const part of PARTS) {
    const [id, en] = [partName(part), `${part}En`];
    lines.push(
      `import type { ${id} } from '../../../src/i18n/id/${part}.ts';`,
      `import { ${en} } from '../../../src/i18n/en/${part}.ts';`,
      `export const ${part}Keys: Same<keyof typeof ${en}, keyof typeof ${id}> = true;`,
      `export const ${part}Strings: Record<keyof typeof ${id}, string> = ${en};`,
    );
  }
  return lines.join('\n');
}

describe('a catalogue missing a key fails the type check', () => {
  it('every Indonesian part has an English part of the same name', () => {
    expect(
      fs
        .readdirSync(path.join(ROOT, 'src/i18n/en'))
        .filter((f) => f.endsWith('.ts'))
        .sort(),
    ).toEqual(PARTS.map((p) => `${p}.ts`));
  });

  it('the real catalogues and the translator compile clean, each English part with exactly its Indonesian keys, and so does a generated complete part', async () => {
    const generated: Record<string, string> = {};
    for (const part of PARTS) generated[generatedName(part, 'complete')] = englishPart(part, await keysOf(part));
    generated[generatedName('real', 'assertions')] = realCatalogueAssertions();
    expect(
      typeErrors(['src/i18n/messages-en.ts', 'src/i18n/translate.ts', 'src/i18n/describe-issue.ts'], generated),
    ).toEqual([]);
  }, 60_000);

  it('an English part without one of its keys is refused, naming the key', async () => {
    const generated: Record<string, string> = {};
    const dropped: Record<string, string> = {};
    for (const part of PARTS) {
      const keys = await keysOf(part);
      dropped[part] = keys.at(-1)!;
      generated[generatedName(part, 'missing')] = englishPart(part, keys.slice(0, -1));
    }
    const errors = typeErrors([], generated);
    for (const part of PARTS) {
      const inFile = errors.filter((e) => e.startsWith(generatedName(part, 'missing')));
      expect(inFile, part).toHaveLength(1);
      expect(inFile[0], part).toMatch(
        new RegExp(`Property '"?${dropped[part]!.replace(/[.-]/g, '\\$&')}"?' is missing`),
      );
    }
  }, 60_000);

  it('an English part with a key its Indonesian part lacks is refused', async () => {
    const generated = {
      [generatedName('common', 'extra')]: englishPart('common', [...(await keysOf('common')), 'common.nowhere']),
    };
    const errors = typeErrors([], generated);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /Object literal may only specify known properties, and '"?common\.nowhere"?' does not exist/,
    );
  }, 60_000);

  it('the joined English catalogue must have every key, and translate takes only known keys', () => {
    const source = [
      `import type { MessageKey } from '../../../src/i18n/messages-id.ts';`,
      `import { messagesEn } from '../../../src/i18n/messages-en.ts';`,
      `import { translate } from '../../../src/i18n/translate.ts';`,
      `const { 'nav.overview': _dropped, ...rest } = messagesEn;`,
      `export const catalogue: Record<MessageKey, string> = { ...rest };`,
      `export const text = translate('en', 'nav.nowhere');`,
    ].join('\n');
    const errors = typeErrors([], { [generatedName('joined', 'missing')]: source });
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/Property '"?nav\.overview"?' is missing/);
    expect(errors[1]).toContain(`Argument of type '"nav.nowhere"' is not assignable`);
  }, 60_000);
});
