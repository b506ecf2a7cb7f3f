import { nothing } from 'lit';

/** An `aria-describedby` value from the ids that apply (info text, a message); none if none. */
export function describedBy(...ids: (string | false | null | undefined)[]): string | typeof nothing {
  return ids.filter(Boolean).join(' ') || nothing;
}
