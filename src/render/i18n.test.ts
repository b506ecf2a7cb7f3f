import { describe, expect, it } from 'vitest';
import { createTranslator } from './i18n.js';

const translations = { en: { greet: 'Hello' }, fr: { greet: 'Bonjour' }, 'pt-BR': { greet: 'Olá' } };

describe('createTranslator', () => {
  it('resolves metadata objects for the browser language, by exact tag then base language', () => {
    expect(
      createTranslator(translations, ['fr-CA'])({ __type__: 'translation_metadata', key: 'greet' }),
    ).toBe('Bonjour');
    expect(
      createTranslator(translations, ['pt-BR'])({ __type__: 'translation_metadata', key: 'greet' }),
    ).toBe('Olá');
  });

  it('falls back to the app English, then Gradio built-in English, then the key', () => {
    const t = createTranslator(translations, ['de']);
    expect(t({ __type__: 'translation_metadata', key: 'greet' })).toBe('Hello');
    expect(t({ __type__: 'translation_metadata', key: 'chat_interface.new_chat' })).toBe('New chat');
    expect(t({ __type__: 'translation_metadata', key: 'nope' })).toBe('nope');
  });

  it('resolves tokens inside strings (I18nData concatenated with text) and leaves plain values', () => {
    const t = createTranslator(translations, ['fr']);
    expect(t('» __i18n__{"__type__": "translation_metadata", "key": "greet"} «')).toBe('» Bonjour «');
    expect(t(['a', { __type__: 'translation_metadata', key: 'greet' }])).toEqual(['a', 'Bonjour']);
    expect(t(42)).toBe(42);
    expect(t('plain')).toBe('plain');
  });

  it('returns arrays without tokens as they are (same object)', () => {
    const translate = createTranslator(null, ['en']);
    const choices = [
      ['a', 1],
      ['b', 2],
    ];
    expect(translate(choices)).toBe(choices);
  });
});
