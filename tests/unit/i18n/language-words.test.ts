import { describe, expect, it } from 'vitest';
import { messagesEn } from '../../../src/i18n/messages-en.ts';
import { messagesId } from '../../../src/i18n/messages-id.ts';
import { formatRupiah } from '../../../src/i18n/format.ts';
import { ENGLISH_WORDS, INDONESIAN_WORDS, wordsIn } from './language-words.ts';

// Placeholder names are English in both catalogues ({year}, {people}); they are never shown.
const shown = (catalogue: Record<string, string>) =>
  Object.values(catalogue)
    .map((text) => text.replace(/\{\w+\}/g, ' '))
    .join('\n');
const [indonesian, english] = [shown(messagesId), shown(messagesEn)];
// The number formatter's own words (rupiah units) count as catalogue text.
const [formattedId, formattedEn] = [
  [1e3, 1e6, 1e9].map((v) => formatRupiah(v * 2, 'id')).join(' '),
  [1e3, 1e6, 1e9].map((v) => formatRupiah(v * 2, 'en')).join(' '),
];

describe('the words that give a page away', () => {
  it('every Indonesian word is Indonesian app text, and in no English message', () => {
    expect(
      INDONESIAN_WORDS.filter((w) => !wordsIn(`${indonesian}\n${formattedId}`, [w]).length),
      'not in the Indonesian catalogue',
    ).toEqual([]);
    expect(wordsIn(`${english}\n${formattedEn}`, INDONESIAN_WORDS), 'in the English catalogue').toEqual([]);
  });

  it('every English word is English app text, and in no Indonesian message', () => {
    expect(
      ENGLISH_WORDS.filter((w) => !wordsIn(`${english}\n${formattedEn}`, [w]).length),
      'not in the English catalogue',
    ).toEqual([]);
    expect(wordsIn(`${indonesian}\n${formattedId}`, ENGLISH_WORDS), 'in the Indonesian catalogue').toEqual([]);
  });

  it('matches whole words only', () => {
    expect(wordsIn('Presentation of the data', ['Presentasi', 'the', 'data'])).toEqual(['the', 'data']);
    expect(wordsIn('Kabupaten/kota: 10', ['Kabupaten/kota', 'kota', 'Kabupaten'])).toEqual([
      'Kabupaten/kota',
      'kota',
      'Kabupaten',
    ]);
    expect(wordsIn('other', ['the'])).toEqual([]);
  });
});
