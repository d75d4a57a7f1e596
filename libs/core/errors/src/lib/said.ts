/** What a person is told, in Chinese and in English, kept apart so that no client has to split a sentence. */
export interface Said {
  zh: string;
  en: string;
}

/**
 * Validation schemas (zod) carry one string per message, written "中文 / English"; this is the one place
 * that reads such a string back into its two languages. A string without the separator is shown as both.
 */
export function splitSaid(message: string): Said {
  const match = /^(.*?)\s?\/\s(.*)$/s.exec(message);
  if (!match) {
    return { zh: message.trim(), en: message.trim() };
  }
  return { zh: match[1].trim(), en: match[2].trim() };
}
