// BeeGFS-style tables: every cell right-aligned to its column width, one space between cells,
// a header line and a line of `=` as long as each header.

/** One column: its header, its width (cells are right-aligned to it) and its cell text. */
export interface Column<R> {
  header: string;
  width: number;
  cell(row: R): string;
}

function line(cells: string[], columns: readonly Column<unknown>[]): string {
  return cells.map((c, i) => c.padStart(columns[i]!.width)).join(' ').trimEnd();
}

/** The table text: header, `=` line, one line per row; every line ends with a newline. */
export function renderTable<R>(columns: readonly Column<R>[], rows: readonly R[]): string {
  const cols = columns as readonly Column<unknown>[];
  const out = [line(columns.map((c) => c.header), cols), line(columns.map((c) => '='.repeat(c.header.length)), cols)];
  for (const r of rows) out.push(line(columns.map((c) => c.cell(r)), cols));
  return out.join('\n') + '\n';
}
