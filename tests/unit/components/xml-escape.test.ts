import { describe, expect, it } from 'vitest';
import { xmlEscape } from '../../../src/components/export/xml-escape.ts';

describe('xmlEscape', () => {
  it.each<[string, string]>([
    ['Bank & "Dana" <Desa>', 'Bank &amp; &quot;Dana&quot; &lt;Desa&gt;'],
    ["Kab. Kutai Kartanegara's", 'Kab. Kutai Kartanegara&apos;s'],
    ['https://x.org/?view=kukar&lang=id', 'https://x.org/?view=kukar&amp;lang=id'],
    ['already &amp; escaped', 'already &amp;amp; escaped'],
    ['7,28% − 0,33 poin', '7,28% − 0,33 poin'],
    ['bell\u0007 and nul\u0000 dropped, tab\tkept', 'bell and nul dropped, tab\tkept'],
  ])('%s', (text, expected) => {
    expect(xmlEscape(text)).toBe(expected);
  });
});
