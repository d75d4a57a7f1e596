import { z } from 'zod';
import { AppException, ErrorCode, Said } from '@liandong/errors';

/** A unit's or a committee's code: stable, lowercase, what imports and account names use (`water`, `caijing`). */
export const CODE_PATTERN = /^[a-z][a-z0-9-]{1,31}$/;
export const NAME_MAX = 60;

export const codeSchema = z
  .string()
  .trim()
  .refine((code) => CODE_PATTERN.test(code), {
    message:
      '编码须为 2–32 位小写字母、数字或连字符,以字母开头 / 2–32 lowercase letters, digits or hyphens, starting with a letter',
    params: { reason: 'INVALID_CODE' },
  });

export const nameSchema = z
  .string()
  .trim()
  .refine((name) => name.length > 0, {
    message: '名称不能为空 / the name must not be empty',
    params: { reason: 'NAME_REQUIRED' },
  })
  .refine((name) => name.length <= NAME_MAX, {
    message: `名称不能超过 ${NAME_MAX} 个字 / at most ${NAME_MAX} characters`,
    params: { reason: 'NAME_TOO_LONG' },
  });

/**
 * A code another unit (or committee) of the tenant holds already, retired ones included: they keep theirs.
 * The code is named as `duplicateCode`: under `code` it would take the place of the refusal's own code.
 */
export function duplicateCode(code: string, what: Said): AppException {
  return new AppException(
    ErrorCode.CONFLICT,
    'DUPLICATE_CODE',
    {
      zh: `本机关已有编码为 ${code} 的${what.zh}(已撤销的也保留编码)`,
      en: `Your tenant already has a ${what.en} with the code ${code} (retired ones keep theirs).`,
    },
    { duplicateCode: code },
  );
}
