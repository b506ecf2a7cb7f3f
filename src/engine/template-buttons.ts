/**
 * Gradio's template buttons (LoginButton, DeepLinkButton, DuplicateButton) are plain `button`
 * blocks whose click runs a JavaScript function the server wrote for the app's own page: it
 * navigates that page (`window.location.assign`), fetches a path relative to it, or reads its
 * URL. Inside an embed each of these would act on the host page instead. The engine recognizes
 * these functions by their shape (4.x to 6.x) and asks the app to do the embed-safe equivalent
 * (`EngineHooks.templateButton`); their scripts never run.
 */

export type TemplateAction =
  /** LoginButton: sign in (or out, once signed in) with Hugging Face. Paths are app-relative. */
  | { kind: 'login'; signedOutValue: string; loginPath: string; logoutPath: string }
  /** DeepLinkButton: copy a link that restores this session's values; the button then shows `copiedValue`. */
  | { kind: 'deep-link'; copiedValue: string }
  /** DuplicateButton (on a Space): open the Space's duplicate page. */
  | { kind: 'duplicate'; url: string };

const LOGIN =
  /uri\s*=\s*buttonValue\s*===\s*("(?:[^"\\]|\\.)*")\s*\?\s*'([^']*)'\s*:\s*'([^']*)'[\s\S]*window\.location\.assign/;
const DEEP_LINK = /gradio_api\/deep_link\?session_hash=[\s\S]*navigator\.clipboard\.writeText/;
const COPIED_VALUE = /return\s+"([^"\n]*)";\s*\}\s*$/;
const DUPLICATE =
  /^\(\)\s*=>\s*\{\s*window\.open\(`(https:\/\/huggingface\.co\/spaces\/[^`?]+\?duplicate=true)`,\s*'_blank'\)\s*;?\s*\}$/;

const cache = new Map<string, TemplateAction | null>();

function parse(js: string): TemplateAction | null {
  const source = js.trim();
  const login = LOGIN.exec(source);
  if (login) {
    let signedOutValue: string;
    try {
      signedOutValue = JSON.parse(login[1]!) as string;
    } catch {
      return null;
    }
    return { kind: 'login', signedOutValue, loginPath: login[2]!, logoutPath: login[3]! };
  }
  if (DEEP_LINK.test(source)) {
    return { kind: 'deep-link', copiedValue: COPIED_VALUE.exec(source)?.[1] ?? 'Link Copied!' };
  }
  const duplicate = DUPLICATE.exec(source);
  if (duplicate) return { kind: 'duplicate', url: duplicate[1]! };
  return null;
}

/** The template button an event's `js` belongs to, or null for any other JavaScript. */
export function templateAction(js: string): TemplateAction | null {
  let action = cache.get(js);
  if (action === undefined) {
    action = parse(js);
    cache.set(js, action);
  }
  return action;
}
