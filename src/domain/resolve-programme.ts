/** The keys a programme can be named by in a file: its id and its names in both languages. */
export interface ProgrammeKeys {
  programme_id: string;
  name_id: string;
  name_en: string;
}

// What Dinas Sosial tables call a programme that Pantau knows under another name (normalised form).
// BPNT became Program Sembako in 2020; "BLT DD" is the usual short form of BLT Dana Desa.
const ALIASES: ReadonlyMap<string, string> = new Map([
  ['bpnt', 'sembako'],
  ['bantuan pangan non tunai', 'sembako'],
  ['kartu sembako', 'sembako'],
  ['program sembako', 'sembako'],
  ['blt dd', 'blt_dana_desa'],
  ['blt desa', 'blt_dana_desa'],
  ['bantuan langsung tunai dana desa', 'blt_dana_desa'],
  ['program keluarga harapan', 'pkh'],
]);

/** A programme name reduced to comparable words: no case, accents, punctuation or underscores. */
export function normaliseProgrammeName(text: string): string {
  return String(text ?? '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// One index per programme list; null marks a key two programmes share (it decides nothing).
const indexes = new WeakMap<readonly ProgrammeKeys[], Map<string, string | null>>();

/** Every way a programme is named: its id, its names, their heads, and what they put in brackets ("(PKH)"). */
function keysOf(p: ProgrammeKeys): string[] {
  const bracketed = [p.name_id, p.name_en].flatMap((name) => [...name.matchAll(/\(([^)]*)\)/g)].map((m) => m[1] ?? ''));
  const unbracketed = [p.name_id, p.name_en].map((name) => name.replace(/\([^)]*\)/g, ''));
  // "Family Hope Programme (PKH), conditional cash transfer": the name before its first bracket or comma.
  const heads = [p.name_id, p.name_en].map((name) => name.split(/[(,]/)[0] ?? '');
  return [p.programme_id, p.name_id, p.name_en, ...bracketed, ...unbracketed, ...heads].map(normaliseProgrammeName);
}

function indexOf(programmes: readonly ProgrammeKeys[]): Map<string, string | null> {
  let index = indexes.get(programmes);
  if (index) return index;
  index = new Map();
  for (const p of programmes)
    for (const key of new Set(keysOf(p)))
      if (key !== '') index.set(key, index.has(key) && index.get(key) !== p.programme_id ? null : p.programme_id);
  indexes.set(programmes, index);
  return index;
}

/**
 * The programme id a file's value names — the id itself, a name in either language, the short form a name
 * carries in brackets, or a known other name (BPNT for Sembako) — or null when none, or more than one, matches.
 */
export function resolveProgramme(value: string, programmes: readonly ProgrammeKeys[]): string | null {
  const text = normaliseProgrammeName(value);
  if (text === '') return null;
  const index = indexOf(programmes);
  const direct = index.get(text);
  if (direct !== undefined) return direct;
  const alias = ALIASES.get(text);
  return alias !== undefined && programmes.some((p) => p.programme_id === alias) ? alias : null;
}
