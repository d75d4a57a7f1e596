import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

/** The font official documents use, with a fallback Word knows everywhere. */
const FONT = { eastAsia: '仿宋', ascii: 'Times New Roman', hAnsi: 'Times New Roman' };

export type Block = Paragraph | Table;

export function title(text: string): Paragraph {
  return new Paragraph({
    heading: HeadingLevel.TITLE,
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ text, bold: true, size: 40, font: FONT })],
  });
}

export function centered(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ text, size: 28, font: FONT })],
  });
}

export function heading(text: string): Paragraph {
  return new Paragraph({
    heading: HeadingLevel.HEADING_1,
    children: [new TextRun({ text, bold: true, size: 32, font: FONT })],
  });
}

export function paragraph(text: string, options: { indent?: boolean; right?: boolean } = {}): Paragraph {
  return new Paragraph({
    alignment: options.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
    indent: options.indent ? { firstLine: 640 } : undefined,
    children: [new TextRun({ text, size: 32, font: FONT })],
  });
}

/** A table with a header row; every cell plain text. */
export function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>): Table {
  const row = (cells: readonly string[], bold: boolean): TableRow =>
    new TableRow({
      tableHeader: bold,
      children: cells.map(
        (text) =>
          new TableCell({
            children: [new Paragraph({ children: [new TextRun({ text, bold, size: 24, font: FONT })] })],
          }),
      ),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [row(header, true), ...rows.map((cells) => row(cells, false))],
  });
}

/** The .docx bytes of a document made of `blocks`. */
export function pack(meta: { title: string; creator: string }, blocks: Block[]): Promise<Buffer> {
  const document = new Document({
    title: meta.title,
    creator: meta.creator,
    sections: [{ children: blocks }],
  });
  return Packer.toBuffer(document);
}

/** The MIME type of a .docx file. */
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
