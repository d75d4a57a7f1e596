import { create } from 'content-disposition';

/** What no common file system takes in a name (Windows is the strictest), and control characters. */
const UNSAFE_IN_FILE_NAME = /[\\/:*?"<>|\p{Cc}]+/gu;

/** A file name made of text people wrote (a project's title): what a file system refuses becomes a space. */
export function safeFileName(text: string): string {
  return text.replace(UNSAFE_IN_FILE_NAME, ' ').trim();
}

export interface DispositionOptions {
  /** Shown in the browser (evidence) rather than saved. */
  inline?: boolean;
  /** The ASCII name for clients that ignore `filename*`; without one, the name with `?` for what ASCII lacks. */
  fallback?: string;
}

/**
 * The Content-Disposition of every file the platform sends (RFC 6266): the exact name, Chinese included, as
 * UTF-8 in `filename*` (RFC 8187), and an ASCII `filename` for clients that ignore it.
 */
export function contentDisposition(name: string, options: DispositionOptions = {}): string {
  return create(name, { type: options.inline ? 'inline' : 'attachment', fallback: options.fallback ?? true });
}
