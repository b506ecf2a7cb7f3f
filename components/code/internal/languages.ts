import type { LanguageSupport } from '@codemirror/language';
import { LanguageDescription } from '@codemirror/language';
import { languages } from '@codemirror/language-data';

/**
 * Gradio's language names (`gr.Code.languages`, plus the short aliases its frontend accepts)
 * to @codemirror/language-data's names. Each description loads its package only when asked.
 */
const NAMES: Record<string, string> = {
  python: 'Python',
  py: 'Python',
  c: 'C',
  cpp: 'C++',
  markdown: 'Markdown',
  md: 'Markdown',
  latex: 'LaTeX',
  json: 'JSON',
  html: 'HTML',
  css: 'CSS',
  javascript: 'JavaScript',
  js: 'JavaScript',
  typescript: 'TypeScript',
  ts: 'TypeScript',
  jinja2: 'Jinja',
  yaml: 'YAML',
  dockerfile: 'Dockerfile',
  shell: 'Shell',
  sh: 'Shell',
  r: 'R',
  sql: 'SQL',
  'sql-standardSQL': 'SQL',
  'sql-msSQL': 'MS SQL',
  'sql-mySQL': 'MySQL',
  'sql-mariaDB': 'MariaDB SQL',
  'sql-sqlite': 'SQLite',
  'sql-cassandra': 'CQL',
  'sql-plSQL': 'PLSQL',
  'sql-pgSQL': 'PostgreSQL',
  'sql-esper': 'Esper',
  // No dedicated grammar in CodeMirror 6's packages: standard SQL reads them well.
  'sql-hive': 'SQL',
  'sql-gql': 'SQL',
  'sql-gpSQL': 'PostgreSQL',
  'sql-sparkSQL': 'SQL',
};

/** The description for a Gradio language name; null for none (plain text). */
export function describeLanguage(name: string | null | undefined): LanguageDescription | null {
  if (!name) return null;
  const mapped = NAMES[name];
  if (mapped) return languages.find((l) => l.name === mapped) ?? null;
  // Any other name CodeMirror knows (a newer Gradio may add languages).
  return LanguageDescription.matchLanguageName(languages, name, false);
}

/** Loads a language's support package (cached by CodeMirror once loaded). */
export async function loadLanguage(name: string | null | undefined): Promise<LanguageSupport | null> {
  const description = describeLanguage(name);
  return description ? description.load() : null;
}
