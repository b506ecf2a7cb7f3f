import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures/test.js';

/** The streaming ChatInterface of e2e/apps/chat.py, embedded on a host page. */
async function openChat(page: Page, url: string, embed: (body: string) => Promise<void>, style = '') {
  await embed(`<gradio-app src="${url}" ${style}></gradio-app>`);
  const root = page.locator('gradio-app');
  // ChatInterface's text box: its placeholder goes once a message is sent, as on Gradio's page.
  const input = root.locator('gr-textbox:not([hidden])').first().locator('textarea, input');
  // The first load may take a while on a busy machine.
  await expect(input).toHaveAttribute('placeholder', 'Type a message...', { timeout: 30_000 });
  await expect(input).toBeEnabled();
  const chat = root.locator('gr-chatbot');
  return {
    root,
    input,
    chat,
    user: chat.locator('[data-testid=user]'),
    bot: chat.locator('[data-testid=bot]'),
    received: root.getByLabel('Received'),
  };
}

/** What the server says it received, as the app's report listeners wrote it. */
async function receivedJson(received: Locator, event: string): Promise<Record<string, unknown>> {
  await expect(received).toHaveValue(new RegExp(`"event": "${event}"`));
  return JSON.parse(await received.inputValue()) as Record<string, unknown>;
}

async function serverState(
  root: Locator,
): Promise<{ runs: number; finished: number; cancelled: number; last_token: number | null }> {
  const box = root.getByLabel('Server state');
  const readsIn = (text: string): number => (text ? (JSON.parse(text) as { reads: number }).reads : -1);
  const before = readsIn(await box.inputValue());
  await root.getByRole('button', { name: 'Read server state' }).click();
  // The server counts each read, so a new answer always differs from the one shown.
  await expect.poll(async () => readsIn(await box.inputValue())).toBeGreaterThan(before);
  return JSON.parse(await box.inputValue());
}

test.describe('ChatInterface, end to end', () => {
  test('Enter and the submit button send; the function gets the history and the additional input', async ({
    page,
    gradio,
    embed,
  }) => {
    const app = await gradio('chat');
    const { root, input, user, bot } = await openChat(page, app.url, embed);
    await input.fill('Hello **there**');
    await input.press('Enter');
    await expect(user).toHaveText('Hello there');
    await expect(user.locator('strong')).toHaveText('there');
    await expect(bot).toHaveText('You said: Hello there | history 0 | temperature 0.5');
    await expect(input).toHaveValue('');
    await expect(input).toBeEnabled();

    // The additional input, in its closed accordion, still reaches the function.
    await root.getByRole('button', { name: 'Additional Inputs' }).click();
    const temperature = root.getByRole('spinbutton', { name: 'Temperature value' });
    await temperature.fill('0.8');
    await temperature.press('Enter');
    await input.fill('Again');
    await root.getByRole('button', { name: 'Submit' }).click();
    await expect(bot.last()).toHaveText('You said: Again | history 2 | temperature 0.8');
    await expect(user).toHaveText(['Hello there', 'Again']);
  });

  test('stop in mid-stream cancels the generator on the server', async ({ page, gradio, embed }) => {
    const app = await gradio('chat');
    const { root, input, bot } = await openChat(page, app.url, embed);
    const before = await serverState(root);
    await input.fill('slow');
    await input.press('Enter');
    await expect(bot).toContainText('w5 ');
    const stop = root.getByRole('button', { name: 'Stop' });
    await expect(stop).toBeVisible();
    await expect(root.getByRole('button', { name: 'Submit' })).toHaveCount(0);
    await stop.click();
    await expect(root.getByRole('button', { name: 'Submit' })).toBeVisible();
    const stoppedAt = await bot.textContent();
    await page.waitForTimeout(800);
    expect(await bot.textContent()).toBe(stoppedAt);
    await expect.poll(async () => (await serverState(root)).cancelled).toBe(before.cancelled + 1);
    const after = await serverState(root);
    expect(after.finished).toBe(before.finished);
    expect(after.last_token).toBeLessThan(299);
    await expect(input).toBeEnabled();
  });

  test('retry runs the last message again; undo takes it back into the box; the server gets both payloads', async ({
    page,
    gradio,
    embed,
  }) => {
    const app = await gradio('chat');
    const { root, input, chat, user, bot, received } = await openChat(page, app.url, embed);
    await input.fill('Hello');
    await input.press('Enter');
    await expect(bot).toHaveText('You said: Hello | history 0 | temperature 0.5');
    const runs = (await serverState(root)).runs;

    await chat.getByRole('button', { name: 'Retry' }).click();
    expect(await receivedJson(received, 'retry')).toEqual({ event: 'retry', index: 0, value: 'Hello' });
    await expect.poll(async () => (await serverState(root)).runs).toBe(runs + 1);
    await expect(bot).toHaveText('You said: Hello | history 0 | temperature 0.5');
    await expect(user).toHaveText(['Hello']);

    await chat.getByRole('button', { name: 'Undo' }).click();
    expect(await receivedJson(received, 'undo')).toEqual({ event: 'undo', index: 0, value: 'Hello' });
    await expect(user).toHaveCount(0);
    await expect(bot).toHaveCount(0);
    await expect(input).toHaveValue('Hello');
  });

  test('edit a sent message: the server gets the EditData and the conversation goes on from it', async ({
    page,
    gradio,
    embed,
  }) => {
    const app = await gradio('chat');
    const { input, chat, user, bot, received } = await openChat(page, app.url, embed);
    await input.fill('Hello');
    await input.press('Enter');
    await expect(bot).toHaveText('You said: Hello | history 0 | temperature 0.5');
    await chat.getByRole('button', { name: 'Edit' }).click();
    const box = chat.getByRole('textbox', { name: 'Edit message' });
    await expect(box).toBeFocused();
    await expect(box).toHaveValue('Hello');
    await box.fill('Edited text');
    await chat.getByRole('button', { name: 'Submit' }).click();
    expect(await receivedJson(received, 'edit')).toEqual({
      event: 'edit',
      index: 0,
      value: 'Edited text',
      previous_value: 'Hello',
    });
    await expect(bot).toHaveText('You said: Edited text | history 0 | temperature 0.5');
    await expect(user).toHaveText(['Edited text']);
  });

  test('like and dislike reach the server as LikeData and are flagged to its CSV', async ({
    page,
    gradio,
    embed,
  }) => {
    const app = await gradio('chat');
    const { root, input, chat, bot, received } = await openChat(page, app.url, embed);
    await input.fill('Rate me');
    await input.press('Enter');
    const reply = 'You said: Rate me | history 0 | temperature 0.5';
    await expect(bot).toHaveText(reply);
    await chat.getByRole('button', { name: 'Like', exact: true }).click();
    expect(await receivedJson(received, 'like')).toEqual({
      event: 'like',
      index: 1,
      value: [reply],
      liked: true,
    });
    await expect(chat.getByRole('button', { name: 'Liked' })).toHaveAttribute('aria-pressed', 'true');
    const flags = root.getByLabel('Flags');
    // The server writes the flag while handling the like: read until it is there.
    await expect
      .poll(async () => {
        await root.getByRole('button', { name: 'Read flags' }).click();
        await page.waitForTimeout(300);
        return flags.inputValue();
      })
      .toMatch(/Rate me[^]*,1,Like,/);

    await chat.getByRole('button', { name: 'Dislike' }).click();
    await expect(received).toHaveValue(/"liked": false/);
    expect(JSON.parse(await received.inputValue())).toEqual({
      event: 'like',
      index: 1,
      value: [reply],
      liked: false,
    });
    await expect(chat.getByRole('button', { name: 'Disliked' })).toBeVisible();
    // Clicking the chosen one again takes the feedback back, as Gradio sends it: liked "".
    await chat.getByRole('button', { name: 'Disliked' }).click();
    await expect(received).toHaveValue(/"liked": ""/);
  });

  test('an example runs the chat; clear empties it', async ({ page, gradio, embed }) => {
    const app = await gradio('chat');
    const { chat, user, bot } = await openChat(page, app.url, embed);
    await chat.getByRole('button', { name: 'Select example 1: Hello there' }).click();
    await expect(user).toHaveText('Hello there');
    await expect(bot).toHaveText('You said: Hello there | history 0 | temperature 0.5');
    await chat.getByRole('button', { name: 'Clear' }).click();
    await expect(user).toHaveCount(0);
    await expect(chat.getByRole('button', { name: 'Select example 1: Hello there' })).toBeVisible();
  });

  test('save_history: conversations are kept under our namespace, listed, and survive a reload', async ({
    page,
    gradio,
    embed,
  }) => {
    const app = await gradio('chat');
    const { root, input, bot } = await openChat(page, app.url, embed);
    await input.fill('Remember me');
    await input.press('Enter');
    await expect(bot).toHaveText('You said: Remember me | history 0 | temperature 0.5');
    const history = root.getByRole('cell', { name: 'Remember me' });
    await expect(history).toBeVisible();
    const keys = await page.evaluate(() => Object.keys(localStorage));
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(/^gradio-embed:browserstate:http:\/\/127\.0\.0\.1:\d+\|_saved_conversations_/);

    await page.reload();
    const again = page.locator('gradio-app');
    await expect(again.locator('gr-textbox:not([hidden])').first().locator('textarea, input')).toBeEnabled();
    await expect(again.locator('gr-chatbot [data-testid=bot]')).toHaveCount(0);
    await again.getByRole('cell', { name: 'Remember me' }).click();
    await expect(again.locator('gr-chatbot [data-testid=user]')).toHaveText('Remember me');
    await expect(again.locator('gr-chatbot [data-testid=bot]')).toHaveText(
      'You said: Remember me | history 0 | temperature 0.5',
    );
    // New chat starts over; the saved one stays listed.
    await again.getByRole('button', { name: 'New chat' }).click();
    await expect(again.locator('gr-chatbot [data-testid=user]')).toHaveCount(0);
    await expect(again.getByRole('cell', { name: 'Remember me' })).toBeVisible();
  });

  test('the view follows the stream, stops when the reader scrolls up, and the host page never scrolls', async ({
    page,
    gradio,
    embed,
  }) => {
    const app = await gradio('chat');
    await embed(
      `<div style="height: 40px">Host header</div><gradio-app src="${app.url}"></gradio-app><div style="height: 3000px">Host footer</div>`,
    );
    const root = page.locator('gradio-app');
    const input = root.locator('gr-textbox:not([hidden])').first().locator('textarea, input');
    await expect(input).toBeEnabled({ timeout: 30_000 });
    const scroller = root.locator('gr-chatbot .chat-scroller');
    const position = () =>
      scroller.evaluate((el) => ({ top: el.scrollTop, end: el.scrollHeight - el.clientHeight }));
    const hostScroll = () => page.evaluate(() => window.scrollY);
    expect(await hostScroll()).toBe(0);
    await input.fill('slow');
    await input.press('Enter');
    const bot = root.locator('gr-chatbot [data-testid=bot]');
    // The reply outgrows the chat's 400px and the view stays at its end.
    await expect.poll(async () => (await position()).end, { timeout: 30_000 }).toBeGreaterThan(150);
    let now = await position();
    expect(now.end - now.top).toBeLessThanOrEqual(8);
    expect(await hostScroll()).toBe(0);

    // The reader scrolls up: the view stays put while the text grows, and offers the latest.
    await scroller.hover();
    await page.mouse.wheel(0, -200);
    const latest = root.getByRole('button', { name: 'Scroll to latest message' });
    await expect(latest).toBeVisible();
    const held = (await position()).top;
    const length = (await bot.textContent())!.length;
    await expect.poll(async () => (await bot.textContent())!.length).toBeGreaterThan(length + 20);
    expect((await position()).top).toBe(held);

    await latest.click();
    await expect(latest).toBeHidden();
    await expect
      .poll(async () => {
        const p = await position();
        return p.end - p.top;
      })
      .toBeLessThanOrEqual(8);
    const lengthBack = (await bot.textContent())!.length;
    await expect.poll(async () => (await bot.textContent())!.length).toBeGreaterThan(lengthBack + 20);
    now = await position();
    expect(now.end - now.top).toBeLessThanOrEqual(8);
    // Scrolling with the mouse moved only the chat: the host page stayed where it was.
    expect(await hostScroll()).toBe(0);
    await root.getByRole('button', { name: 'Stop' }).click();
  });
});

test.describe('ChatInterface with cached examples and fill_height', () => {
  test('a cached example shows the reply cached at start-up without running the function', async ({
    page,
    gradio,
    embed,
  }) => {
    const app = await gradio('chat_cached');
    await embed(`<gradio-app src="${app.url}" style="height: 800px"></gradio-app>`);
    const root = page.locator('gradio-app');
    const chat = root.locator('gr-chatbot');
    await expect(chat.getByRole('button', { name: 'Select example 1: Cached question' })).toBeVisible();
    // fill_height: the chat takes the height the host gives the embed.
    const chatBox = (await chat.locator('.chatbot-block').boundingBox())!;
    expect(chatBox.height).toBeGreaterThan(500);
    await chat.getByRole('button', { name: 'Select example 1: Cached question' }).click();
    await expect(chat.locator('[data-testid=user]')).toHaveText('Cached question');
    // Cached at start-up: the first call, made before any browser came.
    await expect(chat.locator('[data-testid=bot]')).toHaveText('Reply to Cached question (call 1)');
    const input = root.locator('gr-textbox:not([hidden])').first().locator('textarea, input');
    await input.fill('Live');
    await input.press('Enter');
    await expect(chat.locator('[data-testid=bot]').last()).toHaveText(/Reply to Live \(call \d+\)/);
    const live = Number(
      /call (\d+)/.exec((await chat.locator('[data-testid=bot]').last().textContent())!)![1],
    );
    expect(live).toBeGreaterThan(2);
  });
});
