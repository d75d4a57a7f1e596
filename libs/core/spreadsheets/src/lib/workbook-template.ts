import { DataValidation, Workbook, Worksheet } from 'exceljs';
import { columnLetters } from './sheet-cells';

const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } } as const;
/** Excel keeps an inline dropdown list to 255 characters. */
const INLINE_LIST_MAX = 255;

/** A column of a sheet to fill in: its header, width, a note on the header cell, and the values it offers. */
export interface InputColumn {
  header: string;
  width: number;
  note?: string;
  choices?: readonly string[];
}

function listValidation(values: readonly string[]): { type: 'list'; formulae: string[] } | null {
  const list = `"${values.join(',')}"`;
  return values.length > 0 && list.length <= INLINE_LIST_MAX && values.every((v) => !v.includes(','))
    ? { type: 'list', formulae: [list] }
    : null;
}

/**
 * One validation for a whole column range. exceljs supports it (and writes it as one rule) but its typings
 * only offer a cell's; cell by cell would create thousands of empty rows in the template.
 */
function rangeValidations(sheet: Worksheet): { add(range: string, validation: DataValidation): void } {
  return (sheet as unknown as { dataValidations: { add(range: string, validation: DataValidation): void } })
    .dataValidations;
}

/** A workbook built in memory, signed by the platform. */
export function newWorkbook(): Workbook {
  const workbook = new Workbook();
  workbook.creator = '联动 Liandong';
  workbook.created = new Date();
  return workbook;
}

/**
 * The sheet a person fills in: the header frozen, bold on a light fill, each header cell with its note, and
 * a dropdown on the first `rows` rows under each column that offers choices (unless they do not fit in
 * Excel's inline list).
 */
export function addInputSheet(
  workbook: Workbook,
  name: string,
  columns: readonly InputColumn[],
  rows: number,
): Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({ header: column.header, width: column.width }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = HEADER_FILL;
  columns.forEach((column, index) => {
    if (column.note !== undefined) {
      sheet.getCell(1, index + 1).note = column.note;
    }
    const validation = column.choices ? listValidation(column.choices) : null;
    if (validation) {
      const letter = columnLetters(index + 1);
      rangeValidations(sheet).add(`${letter}2:${letter}${rows + 1}`, {
        ...validation,
        allowBlank: true,
        showErrorMessage: true,
        errorTitle: '请从下拉列表中选择',
        error: '请从下拉列表中选择 / pick a value from the list',
      });
    }
  });
  return sheet;
}

/** A blank line, then a bold heading: a section of a guide sheet. */
export function addHeading(sheet: Worksheet, text: string): void {
  sheet.addRow([]);
  const row = sheet.addRow([text]);
  row.font = { bold: true, size: 12 };
}

export async function workbookBuffer(workbook: Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
