/**
 * Output for the query commands: an aligned table for people, JSON (the full records) or CSV for scripts.
 */
export const OUTPUT_FORMATS = ['table', 'json', 'csv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Table cells longer than this are cut with an ellipsis (JSON and CSV keep everything). */
export const MAX_CELL_WIDTH = 70;

export interface Column<T> {
  header: string;
  value: (row: T) => string | number | boolean | null | undefined;
  /** Numbers read best right-aligned. */
  right?: boolean;
}

const cellText = (v: string | number | boolean | null | undefined) =>
  v === null || v === undefined ? '' : String(v);

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsv<T>(rows: T[], columns: Column<T>[]): string {
  const lines = [columns.map((c) => csvField(c.header)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvField(cellText(c.value(row)))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

function cut(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  const chars = [...flat];
  return chars.length > MAX_CELL_WIDTH ? `${chars.slice(0, MAX_CELL_WIDTH - 1).join('')}…` : flat;
}

export function toTable<T>(rows: T[], columns: Column<T>[]): string {
  const cells = rows.map((row) => columns.map((c) => cut(cellText(c.value(row)))));
  const widths = columns.map((c, i) =>
    Math.max([...c.header].length, ...cells.map((r) => [...r[i]!].length)),
  );
  const line = (values: string[]) =>
    values
      .map((v, i) => {
        const pad = ' '.repeat(widths[i]! - [...v].length);
        return columns[i]!.right ? pad + v : v + pad;
      })
      .join('  ')
      .trimEnd();
  const out = [
    line(columns.map((c) => c.header)),
    line(widths.map((w) => '-'.repeat(w))),
    ...cells.map(line),
  ];
  return `${out.join('\n')}\n`;
}

export function render<T>(rows: T[], columns: Column<T>[], format: OutputFormat): string {
  if (format === 'json') return `${JSON.stringify(rows, null, 2)}\n`;
  if (format === 'csv') return toCsv(rows, columns);
  return rows.length === 0 ? '(none)\n' : toTable(rows, columns);
}
