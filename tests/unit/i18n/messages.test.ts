import fs from 'node:fs';
import path from 'node:path';
import type { LoadIssueReason } from '../../../src/data/dataset-error.ts';
import { describe, expect, it } from 'vitest';
import { messagesEn } from '../../../src/i18n/messages-en.ts';
import { messagesId } from '../../../src/i18n/messages-id.ts';
import { PLURAL } from '../../../src/i18n/translate.ts';

// A set: a language may use one value twice ("{year}… {year}") where the other needs it once.
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

const PART_DIR = path.resolve(import.meta.dirname, '../../../src/i18n/id');

describe('the two catalogues', () => {
  const idKeys = Object.keys(messagesId).sort();
  const enKeys = Object.keys(messagesEn).sort();

  it('have the same keys (checked at run time as well as by the type)', () => {
    expect(enKeys.filter((k) => !(k in messagesId))).toEqual([]);
    expect(idKeys.filter((k) => !(k in messagesEn))).toEqual([]);
    expect(enKeys).toEqual(idKeys);
  });

  it('have no empty message', () => {
    for (const catalogue of [messagesId, messagesEn] as Record<string, string>[]) {
      expect(Object.entries(catalogue).filter(([, text]) => text.trim() === '')).toEqual([]);
    }
  });

  it('have no broken placeholder (a brace that is not part of a {name})', () => {
    const broken = (catalogue: Record<string, string>) =>
      Object.entries(catalogue)
        .filter(([, text]) => /[{}]/.test(text.replace(PLURAL, '').replace(/\{\w+\}/g, '')))
        .map(([k]) => k);
    expect(broken(messagesId)).toEqual([]);
    expect(broken(messagesEn)).toEqual([]);
  });

  it('use the same placeholders for each key, listed both ways so a failure names the language that lacks one', () => {
    const missing = (from: Record<string, string>, to: Record<string, string>) =>
      idKeys.flatMap((k) =>
        placeholders(from[k]!)
          .filter((p) => !placeholders(to[k]!).includes(p!))
          .map((p) => `${k}: {${p}}`),
      );
    expect(missing(messagesId, messagesEn), 'in Indonesian, not in English').toEqual([]);
    expect(missing(messagesEn, messagesId), 'in English, not in Indonesian').toEqual([]);
  });

  it('no key is in two Indonesian parts (the later part would silently win when they are joined)', async () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const file of fs
      .readdirSync(PART_DIR)
      .filter((f) => f.endsWith('.ts'))
      .sort()) {
      const module = (await import(path.join(PART_DIR, file))) as Record<string, Record<string, string>>;
      for (const key of Object.keys(Object.values(module)[0]!)) {
        if (seen.has(key)) twice.push(`${key}: ${seen.get(key)} and ${file}`);
        seen.set(key, file);
      }
    }
    expect(twice).toEqual([]);
    expect([...seen.keys()].sort()).toEqual(idKeys);
  });

  it('have a message for every reason a load can give', () => {
    // Keyed by the type, so a new reason fails to compile here until it is listed (and given its messages).
    const reasons: Record<LoadIssueReason, true> = {
      missing: true,
      'not-a-number': true,
      'not-an-integer': true,
      'decimal-point': true,
      'out-of-range': true,
      'not-allowed': true,
      'bad-format': true,
      'unknown-reference': true,
      duplicate: true,
      'missing-column': true,
      'nul-byte': true,
      'not-a-table-file': true,
      'too-large': true,
      'unknown-area': true,
      'other-origin': true,
      'sheet-too-large': true,
      'field-count': true,
      'unterminated-quote': true,
      'bad-encoding': true,
      'not-parquet': true,
      'not-fetched': true,
      'not-xlsx': true,
      'no-sheet': true,
      empty: true,
      unreadable: true,
      'implausible-count': true,
      'implausible-line': true,
    };
    for (const reason of Object.keys(reasons)) {
      expect(messagesId).toHaveProperty([`issue.${reason}`]);
      expect(messagesEn).toHaveProperty([`issue.${reason}`]);
    }
  });
});
