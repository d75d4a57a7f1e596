import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { TenantLevel } from '@liandong/tenancy';

export interface DivisionNode {
  code: string;
  name: string;
  level: TenantLevel;
  parentCode: string | null;
  /** 街道, 镇 or 乡 for township-level units, from the code's range (0xx, 1xx, 2xx). */
  kind: 'PROVINCE' | 'CITY' | 'COUNTY' | 'STREET' | 'TOWN' | 'TOWNSHIP';
}

interface CsvRow {
  [column: string]: string;
}

function readCsv(dir: string, file: string): CsvRow[] {
  return parse<CsvRow>(readFileSync(join(dir, file), 'utf8'), {
    columns: true,
    skip_empty_lines: true,
    trim: true,
  });
}

/** Development zones, forest farms and parks (4xx and above) have no people's congress body. */
export function hasCongressBody(streetCode: string): boolean {
  return Number(streetCode.slice(-3)) < 400;
}

function townshipKind(streetCode: string): DivisionNode['kind'] {
  const suffix = Number(streetCode.slice(-3));
  if (suffix < 100) {
    return 'STREET';
  }
  return suffix < 200 ? 'TOWN' : 'TOWNSHIP';
}

/** Areas with no congress of their own (high-tech zones): their streets are handled ad hoc. */
const AREAS_WITHOUT_CONGRESS = new Set(['410371']);

/**
 * One city's tenant tree from the statistical divisions: the city, its county-level areas that have a
 * congress, and their township-level units that have one. Parents come before children.
 */
export function cityTree(dir: string, cityCode: string): DivisionNode[] {
  const city = readCsv(dir, 'cities.csv').find((row) => row['code'] === cityCode);
  if (!city) {
    throw new Error(`city ${cityCode} is not in ${join(dir, 'cities.csv')}`);
  }
  const areas = readCsv(dir, 'areas.csv').filter(
    (row) => row['cityCode'] === cityCode && !AREAS_WITHOUT_CONGRESS.has(row['code'] ?? ''),
  );
  const areaCodes = new Set(areas.map((row) => row['code']));
  const streets = readCsv(dir, 'streets.csv').filter(
    (row) => areaCodes.has(row['areaCode']) && hasCongressBody(row['code'] ?? ''),
  );
  return [
    {
      code: cityCode,
      name: city['name'] ?? cityCode,
      level: TenantLevel.CITY,
      parentCode: null,
      kind: 'CITY',
    },
    ...areas.map((row) => ({
      code: row['code'] ?? '',
      name: row['name'] ?? '',
      level: TenantLevel.COUNTY,
      parentCode: cityCode,
      kind: 'COUNTY' as const,
    })),
    ...streets.map((row) => ({
      code: row['code'] ?? '',
      name: row['name'] ?? '',
      level: TenantLevel.TOWNSHIP,
      parentCode: row['areaCode'] ?? null,
      kind: townshipKind(row['code'] ?? ''),
    })),
  ];
}

/**
 * Placeholder city rows: a municipality's districts (市辖区) and a province's directly administered counties
 * (省直辖县级行政区划). Their names only make sense after the province's.
 */
const PLACEHOLDER_CITY_NAMES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

/**
 * The whole country's tenant tree for the national scale test: every province (the roots), city and
 * county-level row, and the township-level units that have a congress body. Parents come before children.
 * Unlike the Luoyang demo, areas without a congress of their own stay: the national tree mirrors the data.
 */
export function nationalTree(dir: string): DivisionNode[] {
  const provinces = readCsv(dir, 'provinces.csv');
  const provinceNames = new Map(provinces.map((row) => [row['code'], row['name'] ?? '']));
  const node = (
    row: CsvRow,
    level: TenantLevel,
    parentColumn: string | null,
    kind: DivisionNode['kind'],
  ): DivisionNode => ({
    code: row['code'] ?? '',
    name: row['name'] ?? '',
    level,
    parentCode: parentColumn ? (row[parentColumn] ?? null) : null,
    kind,
  });
  return [
    ...provinces.map((row) => node(row, TenantLevel.PROVINCE, null, 'PROVINCE')),
    ...readCsv(dir, 'cities.csv').map((row) => {
      const city = node(row, TenantLevel.CITY, 'provinceCode', 'CITY');
      return PLACEHOLDER_CITY_NAMES.has(city.name)
        ? { ...city, name: `${provinceNames.get(row['provinceCode']) ?? ''}${city.name}` }
        : city;
    }),
    ...readCsv(dir, 'areas.csv').map((row) => node(row, TenantLevel.COUNTY, 'cityCode', 'COUNTY')),
    ...readCsv(dir, 'streets.csv')
      .filter((row) => hasCongressBody(row['code'] ?? ''))
      .map((row) => node(row, TenantLevel.TOWNSHIP, 'areaCode', townshipKind(row['code'] ?? ''))),
  ];
}
