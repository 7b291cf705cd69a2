// What other features use of list exports: the buttons that ask for one and deliver the file.
export { TableExportButtons, type TableExportItem } from './table-export-buttons';
