import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import type { Locator } from '@playwright/test';
import { test, expect } from './fixtures/test.js';

const dir = mkdtempSync(path.join(tmpdir(), 'gradio-embed-chat-e2e-'));

/** A small solid PNG, written to disk for the file chooser. */
function png(name: string, width: number, height: number): string {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0x40)]);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  const file = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  const target = path.join(dir, name);
  writeFileSync(target, file);
  return target;
}

function textFile(name: string, body: string): string {
  const target = path.join(dir, name);
  writeFileSync(target, body);
  return target;
}

const sha1 = (file: string, body: Buffer) => ({
  name: path.basename(file),
  size: body.length,
  sha1: createHash('sha1').update(body).digest('hex').slice(0, 10),
});

/** The reply of chat_multimodal.py: what the function received, as JSON after "Received ". */
async function replyJson(
  bot: Locator,
): Promise<{ text: string; files: { name: string; size: number }[]; history: number }> {
  await expect(bot).toContainText('Received {');
  return JSON.parse((await bot.textContent())!.trim().replace(/^Received /, ''));
}

test.describe('Multimodal chat', () => {
  test('an image and a file picked, previewed, removable, uploaded with the message; the server gets exactly them', async ({
    page,
    gradio,
    embed,
  }) => {
    const app = await gradio('chat_multimodal');
    await embed(`<gradio-app src="${app.url}"></gradio-app>`);
    const root = page.locator('gradio-app');
    const box = root.locator('gr-multimodaltextbox');
    const text = box.getByPlaceholder('Type or attach');
    await expect(text).toBeEnabled({ timeout: 30_000 });
    const image = png('picture.png', 32, 24);
    const notes = textFile('notes.txt', 'chat notes\n');
    const extra = textFile('extra.txt', 'to be removed\n');
    const chooser = page.waitForEvent('filechooser');
    await box.getByRole('button', { name: 'Upload a file' }).click();
    await (await chooser).setFiles([image, notes, extra]);
    const files = box.getByRole('list', { name: 'Uploaded files' });
    await expect(files.getByRole('listitem')).toHaveCount(3);
    await expect(files.locator('img')).toHaveCount(1);
    await box.getByRole('button', { name: 'Remove extra.txt' }).click();
    await expect(files.getByRole('listitem')).toHaveCount(2);
    await text.fill('look at these');
    await text.press('Enter');

    const chat = root.locator('gr-chatbot');
    const reply = await replyJson(chat.locator('[data-testid=bot]'));
    const { readFileSync } = await import('node:fs');
    expect(reply).toEqual({
      text: 'look at these',
      files: [sha1(image, readFileSync(image)), sha1(notes, readFileSync(notes))],
      history: 0,
    });
    // The user's turn shows the picture inline, the text file as a download link, and the text.
    const user = chat.locator('.message.user');
    await expect(user.locator('img.chat-image')).toBeVisible();
    expect(await user.locator('img.chat-image').evaluate((el: HTMLImageElement) => el.naturalWidth)).toBe(32);
    await expect(user.getByRole('link', { name: 'notes.txt' })).toBeVisible();
    await expect(user).toContainText('look at these');
    await expect(files).toHaveCount(0);
    await expect(box.locator('textarea')).toHaveValue('');
  });

  test('drop and paste add files; long pasted text becomes a file; a refused type and an oversized file say why', async ({
    page,
    gradio,
    embed,
  }) => {
    const app = await gradio('chat_multimodal');
    const uploads: string[] = [];
    page.on('request', (r) => r.url().includes('/upload') && r.method() === 'POST' && uploads.push(r.url()));
    await embed(`<gradio-app src="${app.url}"></gradio-app>`);
    const root = page.locator('gradio-app');
    const box = root.locator('gr-multimodaltextbox');
    const text = box.getByPlaceholder('Type or attach');
    await expect(text).toBeEnabled({ timeout: 30_000 });
    const drop = async (files: { name: string; type: string; body: string | number }[]) => {
      const transfer = await page.evaluateHandle((list) => {
        const dt = new DataTransfer();
        for (const f of list) {
          const body = typeof f.body === 'number' ? new Uint8Array(f.body) : f.body;
          dt.items.add(new File([body], f.name, { type: f.type }));
        }
        return dt;
      }, files);
      const target = box.locator('.mm-block');
      await target.dispatchEvent('dragenter', { dataTransfer: transfer });
      await target.dispatchEvent('drop', { dataTransfer: transfer });
    };

    // A type the box does not take is refused; the other file in the same drop goes up.
    await drop([
      { name: 'data.csv', type: 'text/csv', body: 'a,b\n' },
      { name: 'dropped.txt', type: 'text/plain', body: 'dropped\n' },
    ]);
    await expect(box.getByRole('alert')).toContainText('1 file(s) were rejected');
    await expect(box.getByRole('listitem')).toHaveCount(1);
    await expect(box.getByRole('listitem')).toHaveAttribute('title', 'dropped.txt');

    // Over the server's 500 KB: refused before a byte is sent.
    const before = uploads.length;
    await drop([{ name: 'big.txt', type: 'text/plain', body: 600_000 }]);
    await expect(box.getByRole('alert')).toContainText(/big\.txt.*accepts files up to/);
    expect(uploads.length).toBe(before);

    // Pasting text longer than max_plain_text_length (1000) attaches it as pasted_text.txt.
    await text.focus();
    await text.evaluate((el) => {
      const data = new DataTransfer();
      data.setData('text', 'x'.repeat(1500));
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await expect(box.getByRole('listitem')).toHaveCount(2);
    await expect(text).toHaveValue('');
    await text.fill('two files');
    await box.getByRole('button', { name: 'Submit' }).click();
    const reply = await replyJson(root.locator('gr-chatbot [data-testid=bot]'));
    expect(reply.text).toBe('two files');
    expect(reply.files.map((f) => [f.name, f.size])).toEqual([
      ['dropped.txt', 8],
      ['pasted_text.txt', 1500],
    ]);
  });

  test('the microphone records, the recording is attached on submit and reaches the server', async ({
    page,
    gradio,
    embed,
  }) => {
    const app = await gradio('chat_multimodal');
    await embed(`<gradio-app src="${app.url}"></gradio-app>`);
    const root = page.locator('gradio-app');
    const box = root.locator('gr-multimodaltextbox');
    await expect(box.getByPlaceholder('Type or attach')).toBeEnabled({ timeout: 30_000 });
    await box.getByRole('button', { name: 'Record audio' }).click();
    await expect(box.getByRole('timer')).toBeVisible();
    await page.waitForTimeout(1200);
    await box.getByRole('button', { name: 'Stop recording' }).click();
    await expect(box.getByRole('button', { name: 'Attach audio' })).toBeVisible();
    await box.getByPlaceholder('Type or attach').fill('hear this');
    await box.getByPlaceholder('Type or attach').press('Enter');
    const reply = await replyJson(root.locator('gr-chatbot [data-testid=bot]'));
    expect(reply.text).toBe('hear this');
    expect(reply.files).toHaveLength(1);
    // Recorded to WAV, as Gradio's own recorder uploads it.
    expect(reply.files[0]!.name).toMatch(/^recording-.*\.wav$/);
    expect(reply.files[0]!.size).toBeGreaterThan(500);
    await expect(root.locator('gr-chatbot .message.user audio')).toHaveCount(1);
  });
});

test.describe('Chat content and events (Blocks)', () => {
  test('messages holding gr.Image, gr.HTML and gr.Plot; files, audio and thoughts, as on the app page', async ({
    page,
    gradio,
    embed,
  }) => {
    const app = await gradio('chat_blocks');
    await embed(`<gradio-app src="${app.url}"></gradio-app>`);
    const root = page.locator('gradio-app');
    const chat = root.locator('gr-chatbot').first();
    await expect(chat.getByText('Nothing yet')).toBeVisible({ timeout: 30_000 });
    await root.getByRole('button', { name: 'Show everything' }).click();
    const bot = chat.locator('.message.bot');
    await expect(bot).toContainText('Here is code');
    await expect(
      bot.locator('pre code.language-python .hljs-built_in, pre code .hljs-string').first(),
    ).toBeVisible();
    await expect(bot.locator('.katex').first()).toBeVisible();

    // gr.Image: our image block if built, else the picture itself; never a broken chat.
    const image = bot.locator('.component-host[data-component=image]');
    await expect(image.locator('img')).toBeVisible();
    expect(await image.locator('img').evaluate((el: HTMLImageElement) => el.naturalWidth)).toBe(30);
    // gr.HTML: rendered by our html block.
    await expect(bot.locator('.component-host[data-component=html] gr-html .from-html')).toHaveText(
      'HTML component',
    );
    // gr.Plot: our plot block once it exists; until then a placeholder naming it.
    const plot = bot.locator('.component-host[data-component=plot]');
    await expect(plot.locator('gr-plot, .component-placeholder')).toHaveCount(1);
    if (await plot.locator('.component-placeholder').count()) {
      await expect(plot).toContainText('gr.Plot');
    }
    // A file message: the picture inline with its alt text, the sound with a player, the text file as a link.
    await expect(bot.getByRole('img', { name: 'a red box' })).toBeVisible();
    await expect(bot.locator('audio.chat-audio')).toHaveCount(1);
    await expect(bot.getByRole('link', { name: 'notes.txt' })).toBeVisible();
    // Messages after them still render.
    await expect(bot).toContainText('Pick one');

    // Thoughts: done ones closed with their log and duration; pending ones open with a spinner.
    const tool = chat.getByRole('button', { name: /Using a tool/ });
    await expect(tool).toHaveAttribute('aria-expanded', 'false');
    await expect(tool).toContainText('search (1.5s)');
    await expect(chat.getByText('Looking things up')).toHaveCount(0);
    await tool.click();
    await expect(tool).toHaveAttribute('aria-expanded', 'true');
    await expect(chat.getByText('Looking things up')).toBeVisible();
    // The nested thought sits inside its parent, closed (status done).
    const nested = chat.locator('.thought-children').getByRole('button', { name: /Nested step/ });
    await expect(nested).toHaveAttribute('aria-expanded', 'false');
    await nested.press('Enter');
    await expect(chat.getByText('Nested step output')).toBeVisible();
    const pending = chat.getByRole('button', { name: /Pending thought/ });
    await expect(pending).toHaveAttribute('aria-expanded', 'true');
    await expect(pending.getByLabel('In progress')).toBeVisible();

    // The official page shows the same thought titles at the top level.
    const texts = await chat
      .locator('.message > .message-content > .thought-group > .thought-title .thought-title-text')
      .allTextContents();
    expect(texts.map((t) => t.trim())).toEqual(['Using a tool', 'Pending thought']);
    await page.goto(app.url);
    await page.getByRole('button', { name: 'Show everything' }).click();
    await expect(page.getByText('Using a tool')).toBeVisible();
    for (const title of texts)
      await expect(page.getByText(title.trim(), { exact: true }).first()).toBeVisible();
  });

  test('like with a custom option, select, option_select, copy and edit reach the server with their payloads', async ({
    page,
    gradio,
    embed,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const app = await gradio('chat_blocks');
    await embed(`<gradio-app src="${app.url}"></gradio-app>`);
    const root = page.locator('gradio-app');
    const chat = root.locator('gr-chatbot').first();
    const received = root.getByLabel('Received');
    const payload = async (event: string) => {
      await expect(received).toHaveValue(new RegExp(`"event": "${event}"`));
      return JSON.parse(await received.inputValue()) as Record<string, unknown>;
    };
    const box = root.getByLabel('Message');
    await box.fill('hi there');
    await box.press('Enter');
    await expect(chat.locator('[data-testid=bot]')).toHaveText('Echo: hi there');

    // A feedback option besides the thumbs, under the flag.
    await chat.getByRole('button', { name: 'Feedback' }).click();
    await chat.getByRole('button', { name: 'Too long' }).click();
    expect(await payload('like')).toEqual({
      event: 'like',
      index: 1,
      value: ['Echo: hi there'],
      liked: 'Too long',
    });

    // select (the app listens, so messages are clickable).
    await chat.locator('[data-testid=user]').click();
    expect(await payload('select')).toEqual({ event: 'select', index: 0, value: 'hi there' });

    // copy: the message's text, to the clipboard and to the server.
    await chat.locator('.message-buttons').first().getByRole('button', { name: 'Copy message' }).click();
    expect(await payload('copy')).toEqual({ event: 'copy', value: 'hi there' });
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('hi there');

    // edit (editable="all"): an assistant message too.
    await chat.locator('.message-buttons').nth(1).getByRole('button', { name: 'Edit' }).click();
    await chat.getByRole('textbox', { name: 'Edit message' }).fill('Echo, edited');
    await chat.getByRole('button', { name: 'Submit' }).click();
    expect(await payload('edit')).toEqual({
      event: 'edit',
      index: 1,
      value: 'Echo, edited',
      previous_value: 'Echo: hi there',
    });
    await expect(chat.locator('[data-testid=bot]')).toHaveText('Echo, edited');

    // Options under the last reply.
    await root.getByRole('button', { name: 'Show everything' }).click();
    await chat.getByRole('button', { name: 'First option' }).click();
    expect(await payload('option_select')).toEqual({ event: 'option_select', index: 0, value: 'first' });

    // The clear button empties the chat and tells the server.
    await chat.getByRole('button', { name: 'Clear' }).click();
    expect(await payload('clear')).toEqual({ event: 'clear' });
    await expect(chat.getByText('Nothing yet')).toBeVisible();
  });

  test('example_select sends the example, with its files', async ({ page, gradio, embed }) => {
    const app = await gradio('chat_blocks');
    await embed(`<gradio-app src="${app.url}"></gradio-app>`);
    const root = page.locator('gradio-app');
    const chat = root.locator('gr-chatbot').nth(1);
    const received = root.getByLabel('Received');
    await chat.getByRole('button', { name: 'Select example 1: Joke' }).click();
    await expect(received).toHaveValue(/"example_select"/);
    expect(JSON.parse(await received.inputValue())).toEqual({
      event: 'example_select',
      index: 0,
      value: { text: 'Tell me a joke' },
    });
    await expect(
      chat.getByRole('button', { name: 'Select example 2: Describe this' }).locator('img'),
    ).toBeVisible();
    await chat.getByRole('button', { name: 'Select example 2: Describe this' }).click();
    await expect(received).toHaveValue(/"index": 1/);
    const value = JSON.parse(await received.inputValue()).value as {
      text: string;
      files: { orig_name: string }[];
    };
    expect(value.text).toBe('Describe this');
    expect(value.files.map((f) => f.orig_name)).toEqual(['red.png']);
  });

  test('an injected <img onerror>, <script> and javascript: link in a reply run nothing', async ({
    page,
    gradio,
    embed,
  }) => {
    const app = await gradio('chat_blocks');
    await embed(`<gradio-app src="${app.url}"></gradio-app>`);
    const root = page.locator('gradio-app');
    const chat = root.locator('gr-chatbot').first();
    const box = root.getByLabel('Message');
    await box.fill('inject');
    await box.press('Enter');
    const bot = chat.locator('[data-testid=bot]');
    await expect(bot).toContainText('done');
    const img = bot.getByRole('img', { name: 'bad' });
    await expect(img).toBeAttached();
    expect(await img.getAttribute('onerror')).toBeNull();
    await expect(bot.locator('script')).toHaveCount(0);
    expect(await bot.getByText('a link').getAttribute('href')).toBeNull();
    // The broken image has had its chance to fire.
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (globalThis as { __pwned?: number }).__pwned)).toBeUndefined();
  });
});
