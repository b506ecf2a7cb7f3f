import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { runBlockContract } from '../../src/testing/block-contract.js';
import { mountBlock } from '../../src/testing/fixture.js';
import { testServices } from '../../src/testing/services.js';
import type { GrTriggerEvent } from '../../src/base/trigger-event.js';
import type { LoadingStatus } from '../../src/base/loading-status.js';
import type { GrChatbot } from './chatbot.js';
import { MessageReader, groupMessages, lastUserTurn, withEditedText } from './internal/model.js';
import { absoluteUrls, formatDuration } from './internal/parts.js';

const text = (role: string, t: string, extra: Record<string, unknown> = {}) => ({
  role,
  content: [{ type: 'text', text: t }],
  metadata: null,
  options: null,
  ...extra,
});
const file = (name: string, mime: string | null) => ({
  path: `/tmp/${name}`,
  url: `http://app.test/gradio_api/file=/tmp/${name}`,
  orig_name: name,
  mime_type: mime,
  size: 10,
  meta: { _type: 'gradio.FileData' },
});

runBlockContract('chatbot', [text('user', 'hello'), text('assistant', 'hi')]);

/** Every trigger the element fired, with its payload. */
function record(root: ShadowRoot): { trigger: string; data: unknown }[] {
  const events: { trigger: string; data: unknown }[] = [];
  for (const name of [
    'change',
    'select',
    'like',
    'retry',
    'undo',
    'edit',
    'clear',
    'copy',
    'example_select',
    'option_select',
    'custom_button_click',
  ]) {
    root.addEventListener(`gr-${name}`, (e) => {
      const event = e as GrTriggerEvent;
      events.push({ trigger: event.trigger, data: event.data });
    });
  }
  return events;
}

const status = (stage: LoadingStatus['stage']): LoadingStatus => ({
  stage,
  mode: 'full',
  position: null,
  size: null,
  eta: null,
  startedAt: performance.now(),
  progress: null,
  message: null,
});

describe('<gr-chatbot> value formats', () => {
  afterEach(() => document.body.replaceChildren());

  it('6.x messages: content lists of text, files and components; system messages hidden', async () => {
    const { el } = await mountBlock<GrChatbot>('chatbot', {
      value: [
        text('system', 'You are helpful'),
        text('user', 'Hello **you**'),
        {
          role: 'assistant',
          content: [
            { type: 'text', text: 'Here:' },
            { type: 'file', file: file('cat.png', 'image/png'), alt_text: 'a cat' },
          ],
        },
      ],
    });
    const users = el.querySelectorAll('[data-testid=user]');
    expect([...users].map((u) => u.textContent!.trim())).toEqual(['Hello you']);
    expect(users[0]!.querySelector('strong')!.textContent).toBe('you');
    expect(el.textContent).not.toContain('You are helpful');
    const bot = el.querySelector('.message.bot')!;
    expect(bot.textContent).toContain('Here:');
    expect(bot.querySelector<HTMLImageElement>('img.chat-image')!.alt).toBe('a cat');
    // Both parts of the assistant's message share one bubble.
    expect(el.querySelectorAll('.message.bot')).toHaveLength(1);
  });

  it('5.x messages: one content item that is a string, a {file} or a component', async () => {
    const { el } = await mountBlock<GrChatbot>('chatbot', {
      type: 'messages',
      value: [
        { role: 'user', content: 'Hi', metadata: null, options: null },
        { role: 'assistant', content: { file: file('song.mp3', 'audio/mpeg'), alt_text: null } },
        { role: 'assistant', content: 'And *text*' },
      ],
    });
    expect(el.querySelector('[data-testid=user]')!.textContent!.trim()).toBe('Hi');
    expect(el.querySelector('audio.chat-audio')!.getAttribute('src')).toBe(file('song.mp3', null).url);
    expect(el.querySelector('.message.bot em')!.textContent).toBe('text');
  });

  it('tuples (4.x, 5.x): [user, bot] pairs, null sides skipped, files as {file}', async () => {
    const { el } = await mountBlock<GrChatbot>('chatbot', {
      type: 'tuples',
      value: [
        ['Hello', 'Hi there'],
        [{ file: file('notes.txt', 'text/plain'), alt_text: null }, null],
        [null, 'Got your file'],
      ],
    });
    const texts = [...el.querySelectorAll('[data-testid=user], [data-testid=bot]')].map((m) => [
      m.getAttribute('data-testid'),
      m.textContent!.trim().replace(/\s+/g, ' '),
    ]);
    expect(texts).toEqual([
      ['user', 'Hello'],
      ['bot', 'Hi there'],
      ['user', 'notes.txt TXT'],
      ['bot', 'Got your file'],
    ]);
    expect(el.querySelector<HTMLAnchorElement>('a.file-link')!.href).toBe(file('notes.txt', null).url);
  });

  it('a value of the wrong shape shows a message in the block', async () => {
    const { el } = await mountBlock<GrChatbot>('chatbot', { value: [{ content: 'no role' }] });
    expect(el.querySelector('.value-error')!.textContent).toContain('message 1 has no role');
    el.value = 'not a list';
    await el.updateComplete;
    expect(el.querySelector('.value-error')!.textContent).toContain('not a list of messages');
    el.value = [text('user', 'fine again')];
    await el.updateComplete;
    expect(el.querySelector('.value-error')).toBeNull();
    expect(el.textContent).toContain('fine again');
  });
});

describe('<gr-chatbot> content', () => {
  afterEach(() => document.body.replaceChildren());

  it('Markdown with code and math, sanitized unless sanitize_html is off, plain with render_markdown off', async () => {
    const { el } = await mountBlock<GrChatbot>('chatbot', {
      value: [
        text(
          'assistant',
          '```python\nprint(1)\n```\n\n$$x^2$$\n\n<img src="x" onerror="window.__chatXss = 1" alt="x">',
        ),
      ],
    });
    await el.updateComplete;
    expect(el.querySelector('pre code.language-python')).not.toBeNull();
    expect(el.querySelector('.katex')).not.toBeNull();
    expect(el.querySelector('img[alt=x]')!.getAttribute('onerror')).toBeNull();
    expect((window as { __chatXss?: number }).__chatXss).toBeUndefined();
    el.renderMarkdown = false;
    el.value = [text('assistant', '**not bold**\nnext line')];
    await el.updateComplete;
    expect(el.querySelector('.md.plain')!.textContent).toContain('**not bold**');
    expect(el.querySelector('strong')).toBeNull();
  });

  it('audio, video and other files inline; relative URLs in text resolve on the app', async () => {
    const { el } = await mountBlock<GrChatbot>('chatbot', {
      value: [
        { role: 'assistant', content: [{ type: 'file', file: file('clip.mp4', 'video/mp4') }] },
        { role: 'assistant', content: [{ type: 'file', file: file('data.csv', 'text/csv') }] },
        text('assistant', '<img src="/gradio_api/file=/tmp/a.png" alt="relative">'),
      ],
    });
    expect(el.querySelector('video.chat-video')!.hasAttribute('controls')).toBe(true);
    expect(el.querySelector('.file-name')!.textContent).toBe('data.csv');
    expect(el.querySelector('.file-type')!.textContent).toBe('CSV');
    expect(el.querySelector<HTMLImageElement>('img[alt=relative]')!.getAttribute('src')).toBe(
      'http://app.test/gradio_api/file=/tmp/a.png',
    );
  });

  it('a component message is drawn by our element for its type; a type not built shows a placeholder', async () => {
    const { el } = await mountBlock<GrChatbot>('chatbot', {
      value: [
        {
          role: 'assistant',
          content: [
            {
              type: 'component',
              component: 'html',
              value: '<b class="inner">bold</b>',
              props: {},
              constructor_args: {},
            },
          ],
        },
        {
          role: 'assistant',
          content: [
            { type: 'component', component: 'nosuchtype', value: null, props: {}, constructor_args: {} },
          ],
        },
        {
          role: 'assistant',
          content: [
            {
              type: 'component',
              component: 'image',
              value: file('dog.png', null),
              props: {},
              constructor_args: {},
            },
          ],
        },
        text('assistant', 'after them'),
      ],
    });
    await vi.waitFor(() => expect(el.querySelector('gr-html .inner')?.textContent).toBe('bold'));
    const html = el.querySelector('gr-html') as HTMLElement & { interactive: boolean; container: boolean };
    expect(html.interactive).toBe(false);
    expect(html.container).toBe(false);
    await vi.waitFor(() =>
      expect(el.querySelector('[data-component=nosuchtype] .component-placeholder')?.textContent).toContain(
        'gr.Nosuchtype',
      ),
    );
    // An image block: ours if built, else the picture itself.
    await vi.waitFor(() =>
      expect(el.querySelector('[data-component=image] img, [data-component=image] gr-image')).not.toBeNull(),
    );
    expect(el.textContent).toContain('after them');
  });

  it('thoughts: done ones closed, pending ones open with a spinner; log and duration; nested by parent_id; toggled by click and keyboard', async () => {
    const { el } = await mountBlock<GrChatbot>('chatbot', {
      value: [
        text('assistant', 'Searched', {
          metadata: { title: 'Tool', id: 'a', status: 'done', log: 'web', duration: 0.25 },
        }),
        text('assistant', 'Child text', {
          metadata: { title: 'Child', id: 'b', parent_id: 'a', status: 'done' },
        }),
        text('assistant', 'Working', { metadata: { title: 'Thinking', status: 'pending' } }),
        text('assistant', 'Answer'),
      ],
    });
    const titles = [...el.querySelectorAll<HTMLElement>('.thought-title')];
    expect(titles).toHaveLength(2);
    const [tool, thinking] = titles;
    expect(tool!.getAttribute('aria-expanded')).toBe('false');
    expect(tool!.textContent).toContain('web (0.3s)');
    expect(thinking!.getAttribute('aria-expanded')).toBe('true');
    expect(thinking!.querySelector('.thought-spinner')).not.toBeNull();
    expect(el.textContent).not.toContain('Searched');
    tool!.click();
    await el.updateComplete;
    expect(el.textContent).toContain('Searched');
    const child = el.querySelector<HTMLElement>('.thought-children .thought-title')!;
    expect(child.getAttribute('aria-expanded')).toBe('false');
    child.focus();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(el.textContent).toContain('Child text');
    // Only the nested thought's parent holds it: the conversation shows three top-level messages.
    expect(el.querySelectorAll('.message.bot > .message-content')).toHaveLength(3);
  });

  it('placeholder and examples while empty; example_select sends {index, value: {text, files}}', async () => {
    const { el, root } = await mountBlock<GrChatbot>('chatbot', {
      value: [],
      placeholder: '**Ask me**',
      examples: [
        { text: 'Hi', display_text: 'Say hi' },
        { text: 'Look', files: [file('a.png', 'image/png')] },
      ],
    });
    const events = record(root);
    expect(el.querySelector('.placeholder strong')!.textContent).toBe('Ask me');
    const buttons = [...el.querySelectorAll<HTMLButtonElement>('.example')];
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual([
      'Select example 1: Say hi',
      'Select example 2: Look',
    ]);
    expect(buttons[1]!.querySelector('img')).not.toBeNull();
    buttons[1]!.click();
    expect(events).toEqual([
      {
        trigger: 'example_select',
        data: { index: 1, value: { text: 'Look', files: [file('a.png', 'image/png')] } },
      },
    ]);
  });
});

describe('<gr-chatbot> actions', () => {
  afterEach(() => document.body.replaceChildren());

  const conversation = () => [
    text('user', 'Q1'),
    text('assistant', 'A1'),
    text('user', 'Q2'),
    text('assistant', 'A2'),
  ];

  it('retry and undo on the last reply only, with the last user message; disabled while generating', async () => {
    const { el, root } = await mountBlock<GrChatbot>('chatbot', {
      value: conversation(),
      retryable: true,
      undoable: true,
    });
    const events = record(root);
    expect(el.querySelectorAll('[aria-label=Retry]')).toHaveLength(1);
    el.querySelector<HTMLButtonElement>('[aria-label=Retry]')!.click();
    el.querySelector<HTMLButtonElement>('[aria-label=Undo]')!.click();
    expect(events).toEqual([
      { trigger: 'retry', data: { index: 2, value: 'Q2' } },
      { trigger: 'undo', data: { index: 2, value: 'Q2' } },
    ]);
    el.loadingStatus = status('generating');
    await el.updateComplete;
    expect(el.querySelector<HTMLButtonElement>('[aria-label=Retry]')!.disabled).toBe(true);
  });

  it('like, dislike, unlike and other feedback: LikeData for the whole bubble', async () => {
    const { el, root } = await mountBlock<GrChatbot>('chatbot', {
      value: [text('user', 'Q'), text('assistant', 'part 1'), text('assistant', 'part 2')],
      likeable: true,
      feedbackOptions: ['Like', 'Dislike', 'Wrong'],
    });
    const events = record(root);
    // Like buttons only for the assistant (like_user_message off).
    expect(el.querySelectorAll('[aria-label=Like]')).toHaveLength(1);
    el.querySelector<HTMLButtonElement>('[aria-label=Like]')!.click();
    await el.updateComplete;
    el.querySelector<HTMLButtonElement>('[aria-label=Liked]')!.click();
    await el.updateComplete;
    el.querySelector<HTMLButtonElement>('[aria-label=Dislike]')!.click();
    await el.updateComplete;
    el.querySelector<HTMLButtonElement>('[aria-label=Feedback]')!.click();
    await el.updateComplete;
    [...el.querySelectorAll<HTMLButtonElement>('.extra-feedback-option')]
      .find((b) => b.textContent!.trim() === 'Wrong')!
      .click();
    const value = ['part 1', 'part 2'];
    expect(events.map((e) => e.data)).toEqual([
      { index: 1, value, liked: true },
      { index: 1, value, liked: '' },
      { index: 1, value, liked: false },
      { index: 1, value, liked: 'Wrong' },
    ]);
  });

  it('tuples: like reports the [pair, side] index and the message alone', async () => {
    const { el, root } = await mountBlock<GrChatbot>('chatbot', { value: [['Q', 'A']], likeable: true });
    const events = record(root);
    el.querySelector<HTMLButtonElement>('[aria-label=Like]')!.click();
    expect(events).toEqual([{ trigger: 'like', data: { index: [0, 1], value: 'A', liked: true } }]);
  });

  it('feedback_value marks the feedback already given', async () => {
    const { el } = await mountBlock<GrChatbot>('chatbot', {
      value: conversation(),
      likeable: true,
      feedbackValue: ['Dislike', null],
    });
    expect(el.querySelectorAll('[aria-label=Disliked]')).toHaveLength(1);
    expect(el.querySelectorAll('[aria-label=Like]')).toHaveLength(2);
  });

  it('edit (user): the textarea, then EditData and the edited value in each format; Escape cancels', async () => {
    const { el, root } = await mountBlock<GrChatbot>('chatbot', { value: conversation(), editable: 'user' });
    const events = record(root);
    expect(el.querySelectorAll('[aria-label=Edit]')).toHaveLength(2);
    el.querySelectorAll<HTMLButtonElement>('[aria-label=Edit]')[1]!.click();
    await el.updateComplete;
    const area = el.querySelector<HTMLTextAreaElement>('.edit-textarea')!;
    expect(area.value).toBe('Q2');
    expect(document.activeElement === area || el.getRootNode() instanceof ShadowRoot).toBe(true);
    await userEvent.fill(area, 'Q2 edited');
    el.querySelector<HTMLButtonElement>('[aria-label=Submit]')!.click();
    await el.updateComplete;
    expect(events).toEqual([
      {
        trigger: 'edit',
        data: {
          index: 2,
          value: 'Q2 edited',
          previous_value: 'Q2',
          _dispatch_value: [{ type: 'text', text: 'Q2 edited' }],
        },
      },
      { trigger: 'change', data: null },
    ]);
    expect((el.value as { content: unknown }[])[2]!.content).toEqual([{ text: 'Q2 edited', type: 'text' }]);
    expect(el.querySelectorAll('[data-testid=user]')[1]!.textContent!.trim()).toBe('Q2 edited');

    el.querySelectorAll<HTMLButtonElement>('[aria-label=Edit]')[0]!.click();
    await el.updateComplete;
    el.querySelector<HTMLTextAreaElement>('.edit-textarea')!.focus();
    await userEvent.keyboard('{Escape}');
    await el.updateComplete;
    expect(el.querySelector('.edit-textarea')).toBeNull();
    expect(events).toHaveLength(2);
  });

  it('withEditedText keeps each format: 6.x content list, 5.x string, tuples side', () => {
    expect(withEditedText([{ role: 'user', content: [{ type: 'text', text: 'a' }] }], 0, 'b')).toEqual([
      { role: 'user', content: [{ text: 'b', type: 'text' }] },
    ]);
    expect(withEditedText([{ role: 'user', content: 'a' }], 0, 'b')).toEqual([
      { role: 'user', content: 'b' },
    ]);
    expect(withEditedText([['a', 'x']], [0, 0], 'b')).toEqual([['b', 'x']]);
  });

  it('clear empties the chat and reports clear and change; copy reports {value} and copies with the watermark', async () => {
    const { el, root } = await mountBlock<GrChatbot>('chatbot', {
      value: conversation(),
      buttons: ['copy', 'copy_all'],
      watermark: 'via AI',
    });
    const events = record(root);
    const writes: string[] = [];
    vi.spyOn(navigator.clipboard, 'writeText').mockImplementation(async (t: string) => {
      writes.push(t);
    });
    el.querySelectorAll<HTMLButtonElement>('[aria-label="Copy message"]')[1]!.click();
    await vi.waitFor(() => expect(writes).toEqual(['A1\n\nvia AI']));
    el.querySelector<HTMLButtonElement>('[aria-label="Copy conversation"]')!.click();
    await vi.waitFor(() =>
      expect(writes[1]).toBe('user: Q1\n\nassistant: A1\n\nuser: Q2\n\nassistant: A2\n\nvia AI'),
    );
    el.querySelector<HTMLButtonElement>('[aria-label=Clear]')!.click();
    await el.updateComplete;
    expect(el.value).toEqual([]);
    expect(events).toEqual([
      { trigger: 'copy', data: { value: 'A1' } },
      { trigger: 'clear', data: null },
      { trigger: 'change', data: null },
    ]);
    vi.restoreAllMocks();
  });

  it('select only when the app listens; option_select from the last reply; custom toolbar buttons', async () => {
    const { el, root } = await mountBlock<GrChatbot>('chatbot', {
      value: [
        text('user', 'Q'),
        text('assistant', 'Pick', { options: [{ value: 'a', label: 'Option A' }, { value: 'b' }] }),
      ],
      buttons: [{ id: 42, value: 'Export', icon: null }],
    });
    const events = record(root);
    el.querySelector<HTMLElement>('[data-testid=user]')!.click();
    expect(events).toEqual([]);
    el.selectable = true;
    await el.updateComplete;
    el.querySelector<HTMLElement>('[data-testid=user]')!.click();
    const options = [...el.querySelectorAll<HTMLButtonElement>('.option')];
    expect(options.map((o) => o.textContent!.trim())).toEqual(['Option A', 'b']);
    options[1]!.click();
    el.querySelector<HTMLButtonElement>('.custom-button')?.click();
    expect(events.slice(0, 2)).toEqual([
      { trigger: 'select', data: { index: 0, value: 'Q' } },
      { trigger: 'option_select', data: { index: 1, value: 'b' } },
    ]);
    expect(events[2]?.trigger).toBe('custom_button_click');
  });

  it('shows the pending bubble while waiting, with a minimal status instead of an overlay', async () => {
    const { el } = await mountBlock<GrChatbot>('chatbot', { value: [text('user', 'Q')] });
    el.loadingStatus = status('pending');
    await el.updateComplete;
    expect(el.querySelector('.pending[role=status]')).not.toBeNull();
    expect(el.querySelector('.gr-status-full')).toBeNull();
    expect(el.querySelector('.chat-scroller')!.getAttribute('aria-busy')).toBe('true');
  });
});

describe('<gr-chatbot> streaming and scrolling', () => {
  afterEach(() => document.body.replaceChildren());

  const long = (i: number) =>
    text(i % 2 ? 'assistant' : 'user', `## Message ${i}\n\n${'Some *markdown* text. '.repeat(40)}`);

  it('a streamed chunk redraws only the message that grew', async () => {
    const history = Array.from({ length: 20 }, (_, i) => long(i));
    const { el } = await mountBlock<GrChatbot>('chatbot', { value: [...history, text('assistant', 'tok0')] });
    const first = el.querySelector('.message-content .md')!;
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(first, { subtree: true, childList: true, characterData: true, attributes: true });
    // As the engine hands chunks over: the unchanged messages are the same objects.
    for (let i = 1; i <= 5; i++) {
      el.value = [...history, text('assistant', `tok0 ${'tok '.repeat(i)}`)];
      await el.updateComplete;
    }
    observer.disconnect();
    expect(changes).toHaveLength(0);
    expect(el.querySelector('.message-content .md')).toBe(first);
    const messages = el.querySelectorAll('[data-testid=bot]');
    expect(messages[messages.length - 1]!.textContent!.trim()).toBe('tok0 tok tok tok tok tok');
  });

  it('MessageReader keeps the ChatMessages of unchanged wire messages', () => {
    const reader = new MessageReader();
    const a = text('user', 'a');
    const b = text('assistant', 'b');
    const first = reader.read([a, b], null).messages;
    const second = reader.read([a, { ...b, content: [{ type: 'text', text: 'b c' }] }], null).messages;
    expect(second[0]).toBe(first[0]);
    expect(second[1]).not.toBe(first[1]);
    expect(groupMessages(second, true).map((g) => g.role)).toEqual(['user', 'assistant']);
    expect(lastUserTurn(second)).toEqual({ index: 0, value: 'a' });
  });

  it('follows new content at the end; stops when the reader scrolls up; the latest button brings it back', async () => {
    const { el } = await mountBlock<GrChatbot>('chatbot', { value: [long(0), long(1)], height: 200 });
    const scroller = el.querySelector<HTMLElement>('.chat-scroller')!;
    const atEnd = () => scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight <= 8;
    await vi.waitFor(() => expect(atEnd()).toBe(true));
    el.value = [long(0), long(1), long(2)];
    await el.updateComplete;
    expect(atEnd()).toBe(true);

    // The reader scrolls up (a wheel, then the scroll it makes).
    scroller.dispatchEvent(new WheelEvent('wheel', { deltaY: -300 }));
    scroller.scrollTop -= 300;
    await vi.waitFor(() => expect(el.querySelector('.scroll-down-button')).not.toBeNull());
    const held = scroller.scrollTop;
    el.value = [long(0), long(1), long(2), long(3)];
    await el.updateComplete;
    expect(scroller.scrollTop).toBe(held);
    expect(atEnd()).toBe(false);

    el.querySelector<HTMLButtonElement>('.scroll-down-button')!.click();
    await el.updateComplete;
    expect(atEnd()).toBe(true);
    expect(el.querySelector('.scroll-down-button')).toBeNull();
    el.value = [long(0), long(1), long(2), long(3), long(4)];
    await el.updateComplete;
    expect(atEnd()).toBe(true);
  });

  it('keeps an earlier message that focus or a script brought into view (no wheel, no touch)', async () => {
    const { el } = await mountBlock<GrChatbot>('chatbot', {
      value: [long(0), long(1), long(2)],
      height: 200,
    });
    const scroller = el.querySelector<HTMLElement>('.chat-scroller')!;
    const atEnd = () => scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight <= 8;
    const frames = () =>
      new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    // The messages drawn (their Markdown renders after the first update), followed to the end.
    let height = -1;
    await vi.waitFor(async () => {
      const last = height;
      height = scroller.scrollHeight;
      await frames();
      expect(height === last && scroller.scrollHeight === height && atEnd()).toBe(true);
    });
    // As Tab onto the first message's copy button, or find-in-page, would: the content is unchanged.
    el.querySelector('.message')!.scrollIntoView({ block: 'start' });
    const shown = scroller.scrollTop;
    expect(atEnd()).toBe(false);
    await vi.waitFor(() => expect(el.querySelector('.scroll-down-button')).not.toBeNull());
    await frames();
    expect(scroller.scrollTop).toBe(shown);
  });

  it('autoscroll off: stays where it is and offers the latest', async () => {
    const { el } = await mountBlock<GrChatbot>('chatbot', {
      value: [long(0)],
      height: 200,
      autoscroll: false,
    });
    const scroller = el.querySelector<HTMLElement>('.chat-scroller')!;
    el.value = [long(0), long(1), long(2)];
    await el.updateComplete;
    expect(scroller.scrollTop).toBe(0);
    // Offered once the new messages have their height (their Markdown renders after the update).
    await vi.waitFor(() => expect(el.querySelector('.scroll-down-button')).not.toBeNull());
    expect(scroller.scrollTop).toBe(0);
  });
});

describe('<gr-chatbot> look', () => {
  afterEach(() => document.body.replaceChildren());

  it('layout, avatars, rtl, height and group_consecutive_messages', async () => {
    const { el } = await mountBlock<GrChatbot>('chatbot', {
      value: [text('user', 'Q'), text('assistant', 'A1'), text('assistant', 'A2')],
      layout: 'panel',
      avatarImages: [null, file('bot.png', 'image/png')],
      rtl: true,
      height: 321,
      groupConsecutiveMessages: false,
      services: testServices(),
    });
    expect(el.querySelectorAll('.message-row.panel')).toHaveLength(3);
    expect(el.querySelectorAll<HTMLImageElement>('img.avatar-image')[0]!.alt).toBe('bot avatar');
    expect(el.querySelector('.user-row img.avatar-image')).toBeNull();
    expect(el.querySelector('.message-content')!.getAttribute('dir')).toBe('rtl');
    expect(el.querySelector<HTMLElement>('.chatbot-block')!.getBoundingClientRect().height).toBe(321);
    el.groupConsecutiveMessages = true;
    await el.updateComplete;
    expect(el.querySelectorAll('.message-row')).toHaveLength(2);
  });

  it('formats durations as Gradio does, and makes relative URLs absolute on the app', () => {
    expect([2, 1.25, 0.05].map(formatDuration)).toEqual(['2s', '1.3s', '50.0ms']);
    expect(
      absoluteUrls('<img src="/file=a.png"> ![x](/b.png) [y](//cdn/x) src="http://a/x"', 'http://app'),
    ).toBe('<img src="http://app/file=a.png"> ![x](http://app/b.png) [y](//cdn/x) src="http://a/x"');
  });
});
