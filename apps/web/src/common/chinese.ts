/** The API writes its messages as "中文 / English."; the console shows the Chinese half, or the whole text. */
export function chineseHalf(message: string): string {
  // Some messages end their Chinese with a full-width bracket and no space before the slash: "…)/ English".
  return message.split(/\s?\/\s/)[0]?.trim() || message;
}
