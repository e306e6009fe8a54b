/** A programme's keys for the crosswalk: its id and its names in both languages. */
export interface ProgrammeKeysRow {
  programme_id: string;
  name_id: string;
  name_en: string;
}

/** Every programme kind's keys, so a file may name a programme by its id, its name or its short form. */
export function programmeKeysSql(): string {
  return `SELECT programme_id, name_id, name_en FROM programme_kinds ORDER BY programme_id`;
}
