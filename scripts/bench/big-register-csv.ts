/**
 * A large synthetic beneficiary register as CSV text, for the large-file load bench: the register's
 * columns and formats, seeded, written in pieces so five million rows never sit in one string.
 */
import fs from 'node:fs';
import { seededRandom } from './seeded-random.ts';

const AREAS = ['6401', '6402', '6403', '6404', '6405', '6409', '6411', '6471', '6472', '6474'];
const PROGRAMMES = [
  'kaltim_rapak_dalam',
  'kaltim_uep',
  'kukar_pangan',
  'kukar_pemberdayaan',
  'kukar_perlindungan',
  'kukar_rehabilitasi',
  'pkh',
  'pusat_sekolah_rakyat',
  'sembako',
];

function line(id: number, next: () => number): string {
  const area = AREAS[Math.floor(next() * AREAS.length)]!;
  const household = Math.floor(next() * 0xffffffffffff)
    .toString(16)
    .padStart(12, '0');
  const village = `64.${area.slice(2)}.${String(1 + Math.floor(next() * 20)).padStart(2, '0')}.${String(2001 + Math.floor(next() * 30))}`;
  const programme = PROGRAMMES[Math.floor(next() * PROGRAMMES.length)]!;
  const month = `2025-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}`;
  return `${id},${household},${area},${village},${1 + Math.floor(next() * 10)},${programme},${month},${100000 + Math.floor(next() * 40) * 25000}\n`;
}

/** Writes `rows` synthetic register rows (plus a header) to `path`; returns its size in bytes. */
export function writeBigRegisterCsv(path: string, rows: number, seed = 20250618): number {
  const next = seededRandom(seed);
  const fd = fs.openSync(path, 'w');
  try {
    fs.writeSync(fd, 'payment_id,household_id,area_code,village_code,desil,programme_id,month,amount_rp\n');
    for (let start = 1; start <= rows; start += 100_000) {
      let chunk = '';
      for (let id = start; id < Math.min(rows + 1, start + 100_000); id++) chunk += line(id, next);
      fs.writeSync(fd, chunk);
    }
  } finally {
    fs.closeSync(fd);
  }
  return fs.statSync(path).size;
}
