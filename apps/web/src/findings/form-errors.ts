import type { FormInstance } from 'antd';

/**
 * Clears the errors set by hand (from the API, or a check made on submit) on the named fields, touching
 * only those that show one: these fields have no rules, so antd would never clear them itself.
 */
export function clearErrors(form: FormInstance, names: string[]): void {
  const shown = names.filter((name) => form.getFieldError(name).length > 0);
  if (shown.length > 0) {
    form.setFields(shown.map((name) => ({ name, errors: [] })));
  }
}
