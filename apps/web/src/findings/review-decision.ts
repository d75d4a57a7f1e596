/** Why a return cannot be sent, or null: the API requires a reason, so the form says so before asking. */
export function returnReasonError(reason: string | undefined): string | null {
  const text = reason?.trim() ?? '';
  if (!text) {
    return '退回时须填写退回理由';
  }
  if (text.length > 500) {
    return '退回理由不能超过 500 字';
  }
  return null;
}
