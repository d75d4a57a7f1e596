import { parse } from 'content-disposition';
import { contentDisposition, safeFileName } from './content-disposition';

/** What a browser saves the file as: `filename*` when given, else `filename`. */
function savedAs(header: string): string | undefined {
  return parse(header).parameters['filename'];
}

describe('contentDisposition', () => {
  it('gives a Chinese name exactly, as UTF-8 in filename*, beside the ASCII fallback', () => {
    const header = contentDisposition('问题清单-2024年 (一).xlsx', { fallback: 'problem-list.xlsx' });
    expect(header).toMatch(/^attachment; /);
    expect(header).toContain('filename=problem-list.xlsx');
    expect(header).toContain(`filename*=UTF-8''${encodeURIComponent('问题清单-2024年')}`);
    expect(savedAs(header)).toBe('问题清单-2024年 (一).xlsx');
    expect(decodeURIComponent(header.split("UTF-8''")[1] ?? '')).toBe('问题清单-2024年 (一).xlsx');
  });

  it('shows evidence inline, quotes and spaces kept, with a made-up ASCII fallback', () => {
    const header = contentDisposition('整改前 现场照片 "A".pdf', { inline: true });
    expect(header).toMatch(/^inline; filename="[^"\\]*(\\"[^"\\]*)*"; filename\*=/);
    expect(header).toContain(`filename*=UTF-8''${encodeURIComponent('整改前 现场照片 "A".pdf')}`);
    expect(savedAs(header)).toBe('整改前 现场照片 "A".pdf');
  });

  it('needs no filename* for a plain ASCII name', () => {
    expect(contentDisposition('report 2024.pdf', { inline: true })).toBe(
      'inline; filename="report 2024.pdf"',
    );
  });
});

describe('safeFileName', () => {
  it('turns what a file system refuses into spaces', () => {
    expect(safeFileName('问题清单-城区/郊区:“两违”*整治?.xlsx')).toBe('问题清单-城区 郊区 “两违” 整治 .xlsx');
    expect(safeFileName(' a\u0000b ')).toBe('a b');
  });
});
