/** The Excel column letters of a 1-based column number (1 → A, 27 → AA). */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** What a person sees in a cell, whatever Excel stored it as (rich text, formula result, link, number). */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) {
    return '';
  }
  if (typeof value === 'string') {
    return value;
  }
  if (typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  if (value instanceof Date) {
    // A date cell has no zone: its UTC fields are the date the sheet shows.
    return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  }
  if (typeof value === 'object') {
    const cell = value as Record<string, unknown>;
    if (Array.isArray(cell['richText'])) {
      return (cell['richText'] as Array<{ text?: unknown }>).map((run) => cellText(run.text)).join('');
    }
    if ('result' in cell) {
      return cellText(cell['result']);
    }
    if ('text' in cell) {
      return cellText(cell['text']);
    }
    if (typeof cell['error'] === 'string') {
      return cell['error'];
    }
  }
  return '';
}

/** The text of each cell of a row as the parser gives it (an array or a sparse object), `texts[n]` being column n. */
export function rowTexts(values: unknown): string[] {
  const texts: string[] = [''];
  if (Array.isArray(values)) {
    values.forEach((value: unknown, column) => {
      texts[column] = cellText(value);
    });
  } else if (values && typeof values === 'object') {
    for (const [column, value] of Object.entries(values)) {
      texts[Number(column)] = cellText(value);
    }
  }
  return texts;
}

export function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((text) => !text || !text.trim());
}

/** Headers compare the way a person reads them: full-width brackets, spaces and a required-mark `*` aside. */
export function normalizeHeader(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').replace(/^\*+/, '');
}
