import { cellText } from './value.js';

/** A cell quoted as spreadsheets do: when it holds the separator, a quote or a line break. */
function quote(text: string, separator: string): string {
  return text.includes(separator) || text.includes('"') || text.includes('\n') || text.includes('\r')
    ? `"${text.replace(/"/g, '""')}"`
    : text;
}

/** Rows of cells as tab-separated text, the format spreadsheets put on and read from the clipboard. */
export function toTsv(rows: readonly (readonly unknown[])[]): string {
  return rows.map((row) => row.map((v) => quote(cellText(v), '\t')).join('\t')).join('\n');
}

/** Rows of cells as CSV (RFC 4180 quoting, CRLF line ends as spreadsheets expect). */
export function toCsv(rows: readonly (readonly unknown[])[]): string {
  return rows.map((row) => row.map((v) => quote(cellText(v), ',')).join(',')).join('\r\n');
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The same rows as an HTML table, for rich-text targets (documents, mail). */
export function toHtmlTable(rows: readonly (readonly unknown[])[]): string {
  const body = rows
    .map((row) => `<tr>${row.map((v) => `<td>${escapeHtml(cellText(v))}</td>`).join('')}</tr>`)
    .join('');
  return `<table>${body}</table>`;
}

/**
 * Parses what a spreadsheet copies (tab-separated, quoted cells with doubled quotes, CRLF or LF
 * line ends, one trailing line end) into rows of strings. Text without tabs or line breaks is
 * one cell.
 */
export function parseTsv(text: string, separator = '\t'): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let quoted = false;
  let atCellStart = true;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      cell += c;
      i++;
      continue;
    }
    if (c === '"' && atCellStart) {
      quoted = true;
      atCellStart = false;
      i++;
      continue;
    }
    if (c === separator) {
      row.push(cell);
      cell = '';
      atCellStart = true;
      i++;
      continue;
    }
    if (c === '\r' || c === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      atCellStart = true;
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    cell += c;
    atCellStart = false;
    i++;
  }
  // The line end spreadsheets add after the last row is no extra empty row.
  if (cell !== '' || row.length || !rows.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
