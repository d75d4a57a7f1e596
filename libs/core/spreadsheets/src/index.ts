export { assertXlsxFile, MAX_UNPACKED_BYTES } from './lib/xlsx-file';
export * from './lib/sheet-cells';
export * from './lib/workbook-reader';
export * from './lib/workbook-download';
export * from './lib/workbook-template';
export * from './lib/spreadsheet-upload.interceptor';
export type { Workbook, Worksheet } from 'exceljs';
export * from './lib/template-sheet';
