import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDatasets } from '../../../scripts/build-datasets.ts';
import { FactError } from '../../../scripts/datasets/fact-error.ts';
import { DATASETS_DIR, tempDir, removeTempDirs } from './temp-build.ts';

const FACTS = ['areas.csv', 'kaltim_poverty_bps.csv', 'national_poverty_bps.csv', 'targets.csv', 'programmes_facts.csv', 'coverage_sourced.csv'];

/** Copies the committed facts to a temp folder, applies one edit to one file, and returns the folder. */
function factsWith(file: string, edit: (text: string) => string): string {
  const dir = tempDir('facts');
  for (const f of FACTS) fs.copyFileSync(path.join(DATASETS_DIR, 'facts', f), path.join(dir, f));
  const target = path.join(dir, file);
  const before = fs.readFileSync(target, 'utf8');
  const after = edit(before);
  if (after === before) throw new Error(`the edit to ${file} changed nothing`);
  fs.writeFileSync(target, after);
  return dir;
}

/** Builds from edited facts and returns the FactError thrown (or fails the test). */
function buildError(factsDir: string, outDir = tempDir('out')): FactError {
  try {
    buildDatasets(outDir, { factsDir });
  } catch (error) {
    if (error instanceof FactError) return error;
    throw error;
  }
  throw new Error('the build accepted a bad fact file');
}

const POVERTY = 'kaltim_poverty_bps.csv';

/** An edit that appends an empty column to every line of a CSV text. */
function withExtraColumn(name: string): (text: string) => string {
  return (text) => text.split('\n').map((line, i) => (i === 0 ? `${line},${name}` : line && `${line},`)).join('\n');
}

describe('a bad fact stops the build with file, line, column and reason', () => {
  afterAll(removeTempDirs);
  it('a rate above 100', () => {
    const e = buildError(factsWith(POVERTY, (t) => t.replace('2025,mar,64,Kalimantan Timur (province),5.17', '2025,mar,64,Kalimantan Timur (province),517')));
    expect(e).toMatchObject({ line: 21, column: 'poverty_rate_pct', reason: '517 is above the maximum 100' });
    expect(e.file).toMatch(/kaltim_poverty_bps\.csv$/);
  });

  it('a decimal comma where the facts use a dot', () => {
    const e = buildError(factsWith(POVERTY, (t) => t.replace(',6403,Kabupaten Kutai Kartanegara,7.28,59.00,', ',6403,Kabupaten Kutai Kartanegara,7.28,"59,00",')));
    expect(e).toMatchObject({ column: 'poor_people_thousands', reason: '"59,00" is not a number' });
  });

  it('an area code missing from areas', () => {
    const e = buildError(factsWith(POVERTY, (t) => t.replace('2025,mar,6474,Kota Bontang', '2025,mar,6499,Kota Bontang')));
    expect(e).toMatchObject({ line: 117, column: 'area_code', reason: '"6499" is not a areas.bps_code' });
  });

  it('a sourced coverage row with an unknown area, or a programme no programme_kinds row names', () => {
    const area = buildError(factsWith('coverage_sourced.csv', (t) => t.replace('6474,Bontang,2025,kaltim_uep', '6499,Bontang,2025,kaltim_uep')));
    expect(area).toMatchObject({ file: 'datasets/facts/coverage_sourced.csv', line: 18, column: 'area_code', reason: '"6499" is not a areas.bps_code' });
    const programme = buildError(factsWith('coverage_sourced.csv', (t) => t.replace('6405,Berau,2024,pkh,', '6405,Berau,2024,pkh_berau,')));
    expect(programme).toMatchObject({ line: 19, column: 'programme_id', reason: '"pkh_berau" is not a programme_kinds.programme_id' });
  });

  // Kutai Barat is 6402 for BPS but 64.07 for Kemendagri; a code taken from the wrong list shows up here.
  it('a code that names another area', () => {
    const e = buildError(factsWith(POVERTY, (t) => t.replace('2025,mar,6402,Kabupaten Kutai Barat', '2025,mar,6407,Kabupaten Kutai Barat')));
    expect(e.column).toBe('area_code'); // 6407 is no BPS code at all
    const swapped = buildError(factsWith(POVERTY, (t) => t.replace('2025,mar,6402,Kabupaten Kutai Barat', '2025,mar,6403,Kabupaten Kutai Barat')));
    expect(swapped).toMatchObject({ column: 'area_name', reason: expect.stringContaining('(Kutai Kartanegara)') });
  });

  it('a duplicate key', () => {
    const e = buildError(factsWith(POVERTY, (t) => t.replace('2024,sep,64,', '2024,mar,64,')));
    expect(e).toMatchObject({ line: 20, column: 'area_code+year+period', reason: expect.stringContaining('first on line 19') });
  });

  it('a value outside a closed list', () => {
    const e = buildError(factsWith('areas.csv', (t) => t.replace(',Bontang,kota,', ',Bontang,city,')));
    expect(e).toMatchObject({ line: 12, column: 'type', reason: expect.stringContaining('not one of provinsi, kabupaten, kota') });
  });

  it('a target range given backwards', () => {
    const e = buildError(factsWith('targets.csv', (t) => t.replace(',2029,,2.3,3.3,', ',2029,,3.3,2.3,')));
    expect(e).toMatchObject({ line: 3, column: 'target_low_pct' });
  });

  it('a renamed or unknown fact column', () => {
    const renamed = buildError(factsWith('areas.csv', (t) => t.replace('short_name', 'shortname')));
    expect(renamed).toMatchObject({ line: 1, column: 'short_name', reason: expect.stringContaining('missing from the header') });
    const extra = buildError(factsWith('programmes_facts.csv', withExtraColumn('note')));
    expect(extra).toMatchObject({ line: 1, column: 'note', reason: expect.stringContaining('not a column the build knows') });
  });

  it('a row with the wrong number of fields', () => {
    const e = buildError(factsWith('targets.csv', (t) => t.replace(',Pemkab Kukar plan as reported,', ',Pemkab Kukar plan, as reported,')));
    expect(e).toMatchObject({ line: 6, column: '(row)' });
  });

  it('a sourced row with no publisher', () => {
    const e = buildError(factsWith(POVERTY, (t) => t.replace('/jangan-kaget-segini-penghasilan-orang-kaltim-dianggap-miskin/,BPS Provinsi Kalimantan Timur,', '/jangan-kaget-segini-penghasilan-orang-kaltim-dianggap-miskin/,,')));
    expect(e).toMatchObject({ line: 18, column: 'publisher' });
    expect(e.reason).toMatch(/^no publisher/);
    expect(e.file).toMatch(/kaltim_poverty_bps\.csv$/);
  });

  it('writes nothing when any fact is bad', () => {
    const out = tempDir('out');
    buildError(factsWith('programmes_facts.csv', (t) => t.replace('kukar_pangan,kabupaten,', 'kukar_pangan,desa,')), out);
    expect(fs.readdirSync(out)).toEqual([]);
  });
});
