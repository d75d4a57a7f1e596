import { shanghaiYear } from '@liandong/time';

export interface GenerateOptions {
  findings: number;
  seed: number;
  year: number;
  batchSize: number;
}

export class GenerateOptionsError extends Error {}

function integerOption(args: readonly string[], name: string, fallback: number | null): number {
  const index = args.indexOf(`--${name}`);
  if (index < 0) {
    if (fallback === null) {
      throw new GenerateOptionsError(`缺少 --${name} / --${name} is required`);
    }
    return fallback;
  }
  const text = args[index + 1] ?? '';
  if (!/^\d+$/.test(text)) {
    throw new GenerateOptionsError(
      `--${name} 须为非负整数 / --${name} must be a whole number, got "${text}"`,
    );
  }
  return Number(text);
}

/**
 * `--findings N [--seed S] [--year Y] [--batch B]`. The year defaults to the last full one (Beijing time), so
 * every generated date, closures included, lies in the past.
 */
export function parseGenerateOptions(args: readonly string[], now: Date): GenerateOptions {
  const options = {
    findings: integerOption(args, 'findings', null),
    seed: integerOption(args, 'seed', 1),
    year: integerOption(args, 'year', shanghaiYear(now) - 1),
    batchSize: integerOption(args, 'batch', 500),
  };
  if (options.year < 2000 || options.year > 2100) {
    throw new GenerateOptionsError(`--year 超出范围 / --year out of range: ${options.year}`);
  }
  if (options.batchSize < 1) {
    throw new GenerateOptionsError('--batch 须大于 0 / --batch must be at least 1');
  }
  return options;
}
