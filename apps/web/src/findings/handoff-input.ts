import { endOfBeijingDay } from '../common/format';
import type { HandOffInput } from '../graphql/generated/graphql';
import type { FieldError } from '../common/field-errors';

/** The 整改时限 is either a calendar day or a count of working days (the API counts them on its calendar). */
export type DeadlineMode = 'date' | 'workingDays';

export interface HandoffFormValues {
  departmentId?: string;
  deadlineMode: DeadlineMode;
  /** The picked day (antd's date value; only its YYYY-MM-DD is used). */
  deadline?: { format: (template: string) => string } | null;
  workingDays?: number | null;
  letterNo?: string;
}

/** The form's field for each field path the API names in a refusal. */
const FORM_FIELD: Record<string, keyof HandoffFormValues> = {
  'input.departmentId': 'departmentId',
  'input.deadline': 'deadline',
  'input.workingDays': 'workingDays',
  'input.letterNo': 'letterNo',
};

/**
 * Builds the handoff from the dialog's values, or says what is missing, field by field. A picked day means
 * the end of that day in Beijing, whatever the browser's zone.
 */
export function handoffInput(
  findingIds: string[],
  values: HandoffFormValues,
): { input: HandOffInput } | { errors: Array<{ field: keyof HandoffFormValues; message: string }> } {
  const errors: Array<{ field: keyof HandoffFormValues; message: string }> = [];
  if (!values.departmentId) {
    errors.push({ field: 'departmentId', message: '请选择承办单位' });
  }
  if (values.deadlineMode === 'date' && !values.deadline) {
    errors.push({ field: 'deadline', message: '请选择整改时限' });
  }
  const days = values.workingDays;
  if (values.deadlineMode === 'workingDays' && (!days || !Number.isInteger(days) || days < 1)) {
    errors.push({ field: 'workingDays', message: '请填写整改工作日数(正整数)' });
  }
  if (errors.length > 0 || !values.departmentId) {
    return { errors };
  }
  const letterNo = values.letterNo?.trim();
  return {
    input: {
      findingIds,
      departmentId: values.departmentId,
      ...(values.deadlineMode === 'date' && values.deadline
        ? { deadline: endOfBeijingDay(values.deadline.format('YYYY-MM-DD')) }
        : { workingDays: days }),
      ...(letterNo ? { letterNo } : {}),
    },
  };
}

/**
 * Places the API's field errors on the dialog's fields; what names no field of the form (the findings
 * themselves, say) is returned as `rest`, for the dialog's own alert. The deadline error goes to whichever
 * deadline input is showing.
 */
export function placeHandoffErrors(
  errors: FieldError[],
  mode: DeadlineMode,
): { fields: Array<{ name: keyof HandoffFormValues; errors: string[] }>; rest: string[] } {
  const fields: Array<{ name: keyof HandoffFormValues; errors: string[] }> = [];
  const rest: string[] = [];
  for (const error of errors) {
    let name = FORM_FIELD[error.field];
    if (name === 'deadline' || name === 'workingDays') {
      name = mode === 'date' ? 'deadline' : 'workingDays';
    }
    if (name) {
      fields.push({ name, errors: [error.message] });
    } else {
      rest.push(error.message);
    }
  }
  return { fields, rest };
}
