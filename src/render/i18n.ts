/** Gradio's built-in English strings for the keys its Python side emits (ChatInterface). */
const BUILT_IN_EN: Record<string, string> = {
  'chat_interface.additional_inputs': 'Additional Inputs',
  'chat_interface.chatbot': 'Chatbot',
  'chat_interface.conversation': 'Conversation',
  'chat_interface.message_placeholder': 'Type a message...',
  'chat_interface.new_chat': 'New chat',
  'chat_interface.submit': 'Submit',
  'chat_interface.stop': 'Stop',
  'chat_interface.retry': 'Retry',
  'chat_interface.undo': 'Undo',
  'chat_interface.clear': 'Clear',
  'common.built_with': 'Built with',
  'common.hosted_on': 'Hosted on',
};

type Translations = Record<string, Record<string, string>>;

/** `__i18n__{"__type__": "translation_metadata", "key": "…"}` inside a string (I18nData's str()). */
const IN_STRING = /__i18n__(\{"__type__": ?"translation_metadata", ?"key": ?"((?:[^"\\]|\\.)*)"\})/g;

function isMetadata(value: unknown): value is { key: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { __type__?: unknown }).__type__ === 'translation_metadata' &&
    typeof (value as { key?: unknown }).key === 'string'
  );
}

/** Picks the app's translation table for the browser's languages: exact tag, then base language. */
function pickTable(translations: Translations | null, languages: readonly string[]): Record<string, string> {
  if (!translations) return {};
  const tags = Object.keys(translations);
  for (const language of languages) {
    const lower = language.toLowerCase();
    const exact = tags.find((t) => t.toLowerCase() === lower);
    if (exact) return translations[exact]!;
    const base = tags.find((t) => t.toLowerCase() === lower.split('-')[0]);
    if (base) return translations[base]!;
  }
  return translations.en ?? {};
}

/**
 * Resolves Gradio i18n tokens in props for display: the app's translations for the browser's
 * language, then its English table, then Gradio's built-in English, then the key itself.
 */
export function createTranslator(
  translations: Translations | null,
  languages: readonly string[] = navigator.languages,
): (value: unknown) => unknown {
  const table = pickTable(translations, languages);
  const english = translations?.en ?? {};
  const lookup = (key: string): string => table[key] ?? english[key] ?? BUILT_IN_EN[key] ?? key;
  const translate = (value: unknown): unknown => {
    if (typeof value === 'string') {
      return value.includes('__i18n__')
        ? value.replace(IN_STRING, (_, _json, key: string) => lookup(key))
        : value;
    }
    if (isMetadata(value)) return lookup(value.key);
    if (Array.isArray(value)) {
      // The same array back when nothing in it is a token: blocks may key state on identity.
      const mapped = value.map(translate);
      return mapped.some((item, i) => item !== value[i]) ? mapped : value;
    }
    return value;
  };
  return translate;
}
