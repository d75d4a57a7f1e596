/** The API's rule for a unit's or a committee's code, checked before sending so the mistake shows at once. */
export const ORGANISATION_CODE_PATTERN = /^[a-z][a-z0-9-]{1,31}$/;
export const ORGANISATION_CODE_RULE = '编码须为 2–32 位小写字母、数字或连字符,以字母开头';
