import { describe, expect, it } from 'vitest';
import { messagesEn } from '../../../src/i18n/messages-en.ts';
import { messagesId } from '../../../src/i18n/messages-id.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

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

  it('use the same placeholders for each key', () => {
    const differ = idKeys.filter((k) => {
      const id = placeholders((messagesId as Record<string, string>)[k]!);
      const en = placeholders((messagesEn as Record<string, string>)[k]!);
      return JSON.stringify(id) !== JSON.stringify(en);
    });
    expect(differ).toEqual([]);
  });

  it('have a message for every reason a load can give', () => {
    const reasons = ['missing', 'not-a-number', 'not-an-integer', 'out-of-range', 'not-allowed', 'unknown-reference', 'duplicate', 'missing-column', 'unreadable', 'empty'];
    for (const reason of reasons) {
      expect(messagesId).toHaveProperty([`issue.${reason}`]);
      expect(messagesEn).toHaveProperty([`issue.${reason}`]);
    }
  });
});
