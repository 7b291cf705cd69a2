import { once } from 'node:events';
import { PassThrough, type Readable } from 'node:stream';
import { stringify } from 'csv-stringify';

export type Cell = string | number | null;

/** A table written row by row to a stream, so a large call never sits in memory whole. */
export interface TableWriter {
  readonly stream: Readable;
  readonly contentType: string;
  readonly extension: 'csv' | 'xlsx';
  row(cells: Cell[]): Promise<void>;
  end(): Promise<void>;
  fail(error: Error): void;
}

/**
 * Spreadsheets run text that starts with = + - @ (or a tab/CR) as a formula: an applicant's
 * project title must never become one. Such text gets a leading apostrophe (OWASP's advice).
 */
export function guardFormula(cell: Cell): Cell {
  if (typeof cell !== 'string') return cell;
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

export function csvWriter(): TableWriter {
  // A BOM so that Excel reads the Latvian letters as UTF-8.
  const csv = stringify({ bom: true, record_delimiter: 'windows' });
  return {
    stream: csv,
    contentType: 'text/csv; charset=utf-8',
    extension: 'csv',
    async row(cells) {
      if (!csv.write(cells.map((cell) => guardFormula(cell) ?? ''))) await new Promise((resolve) => csv.once('drain', resolve));
    },
    async end() {
      csv.end();
    },
    fail(error) {
      csv.destroy(error);
    },
  };
}

export function xlsxWriter(sheetName: string): TableWriter {
  const stream = new PassThrough();
  // ExcelJS (≈40 MB resident) is loaded with the first spreadsheet, not with the API.
  const ready = import('exceljs').then(({ default: ExcelJS }) => {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: false, useSharedStrings: false });
    return { workbook, sheet: workbook.addWorksheet(sheetName.slice(0, 31)) };
  });
  return {
    stream,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extension: 'xlsx',
    async row(cells) {
      const { sheet } = await ready;
      sheet.addRow(cells.map(guardFormula)).commit();
      // The zip is written into `stream`: wait while the client has not taken what is there.
      if (stream.writableNeedDrain) await once(stream, 'drain');
    },
    async end() {
      const { sheet, workbook } = await ready;
      sheet.commit();
      await workbook.commit();
    },
    fail(error) {
      stream.destroy(error);
    },
  };
}

export interface TableFile {
  stream: TableWriter['stream'];
  contentType: string;
  fileName: string;
}

/**
 * Starts writing in the background and hands back the stream at once (memory stays flat: rows
 * are produced a batch at a time and wait for the stream to drain). A failure destroys the stream
 * with its error, which its reader reports (the export writer, with the export it was).
 */
export function streamTable(
  format: 'csv' | 'xlsx',
  baseName: string,
  sheetName: string,
  produce: (write: (cells: Cell[]) => Promise<void>) => Promise<void>,
): TableFile {
  const writer = format === 'xlsx' ? xlsxWriter(sheetName) : csvWriter();
  void produce((cells) => writer.row(cells))
    .then(() => writer.end())
    .catch((error: Error) => writer.fail(error));
  return { stream: writer.stream, contentType: writer.contentType, fileName: `${baseName}.${writer.extension}` };
}
