import type { Locator, Page } from '@playwright/test';
import { test, expect, allVersions, sinceGradio } from './fixtures/test.js';

/**
 * The form inputs against a real Gradio server (e2e/apps/inputs.py): each input is set as a user
 * would, and the test checks the exact value its Python function received (its repr), and the
 * event data select / key_up / release / submit / focus / blur handlers got.
 */

interface App {
  root: Locator;
  received: Locator;
  event: Locator;
}

async function openApp(
  page: Page,
  gradio: (name: string) => Promise<{ url: string }>,
  embed: (body: string) => Promise<void>,
): Promise<App> {
  const app = await gradio('inputs');
  await embed(`<gradio-app src="${app.url}"></gradio-app>`);
  const root = page.locator('gradio-app');
  await expect(root.getByRole('button', { name: 'Report all' })).toBeVisible();
  // Every input renders natively: no iframe fallback.
  await expect(root.locator('iframe')).toHaveCount(0);
  return {
    root,
    received: root.getByLabel('Received', { exact: true }),
    event: root.getByLabel('Event', { exact: true }),
  };
}

test.describe('form inputs: what Python receives', () => {
  test('number: typed values, null when cleared, rounding by precision, out of range', async ({
    page,
    gradio,
    embed,
  }) => {
    const { root, received } = await openApp(page, gradio, embed);
    const number = root.getByRole('spinbutton', { name: 'Number', exact: true });
    await number.fill('12.5');
    await expect(received).toHaveValue('number: 12.5');
    const empty = root.getByRole('spinbutton', { name: 'Empty number' });
    await expect(empty).toHaveValue('0');
    await empty.fill('7');
    await expect(received).toHaveValue('number_empty: 7');
    await empty.fill('');
    await expect(received).toHaveValue('number_empty: None');
    await expect(empty).toHaveAttribute('placeholder', 'Type a number');
    await root.getByRole('spinbutton', { name: 'Integer' }).fill('2.6');
    await expect(received).toHaveValue('number_int: 3');
    // Out of range: the box says so at once; the server refuses it with an error toast.
    await number.fill('150');
    await expect(root.getByText('The value must be at most 100.')).toBeVisible();
    await expect(
      root.locator('.gr-toast').filter({ hasText: 'greater than maximum value 100' }),
    ).toBeVisible();
    await number.fill('50');
    await expect(received).toHaveValue('number: 50');
    await expect(root.getByText('The value must be at most 100.')).toHaveCount(0);
  });

  test('number: submit on Enter, focus and blur', async ({ page, gradio, embed }) => {
    const { root, event } = await openApp(page, gradio, embed);
    const number = root.getByRole('spinbutton', { name: 'Number', exact: true });
    await number.click();
    await expect(event).toHaveValue('number focus: None');
    await number.fill('42');
    await number.press('Enter');
    await expect(event).toHaveValue('number submit: 42');
    await number.press('Tab');
    await expect(event).toHaveValue('number blur: None');
  });

  test('slider: keyboard, dragging, the number box and reset; release with its value', async ({
    page,
    gradio,
    embed,
  }) => {
    const { root, received, event } = await openApp(page, gradio, embed);
    const range = root.getByRole('slider', { name: 'Slider' });
    await range.focus();
    // One key at a time: input runs once at a time, so a key pressed while it runs is not sent
    // (as on Gradio's own page).
    await page.keyboard.press('ArrowRight');
    await expect(received).toHaveValue('slider: 3.5');
    await expect(event).toHaveValue('release: 3.5');
    await page.keyboard.press('ArrowRight');
    await expect(received).toHaveValue('slider: 4');
    await expect(event).toHaveValue('release: 4');
    await page.keyboard.press('End');
    await expect(received).toHaveValue('slider: 10');
    await expect(event).toHaveValue('release: 10');
    // A drag: many inputs, one release where the pointer lets go.
    const box = (await range.boundingBox())!;
    await page.mouse.move(box.x + 4, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 4, box.y + box.height / 2, { steps: 5 });
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    // input runs once at a time (moves during a run are not sent, as on Gradio's page); release
    // carries where the pointer let go.
    const dropped = await range.inputValue();
    expect(Number(dropped)).toBeGreaterThan(3);
    expect(Number(dropped)).toBeLessThan(7);
    await expect(event).toHaveValue(`release: ${dropped}`);
    await expect(received).toHaveValue(/^slider: \d/);
    // The drag's last input may still be running, and an input while it runs is not sent: the
    // number box is typed into once the app is idle.
    await expect(root.locator('gr-textbox[pending]')).toHaveCount(0);
    const value = root.getByRole('spinbutton', { name: 'Slider value' });
    await value.fill('7.5');
    await expect(received).toHaveValue('slider: 7.5');
    await expect(range).toHaveValue('7.5');
    // Out of range: not sent (Gradio would reject it) until Enter brings it within.
    await value.fill('99');
    await expect(range).toHaveValue('7.5');
    await value.press('Enter');
    await expect(value).toHaveValue('10');
    await expect(received).toHaveValue('slider: 10');
    await expect(event).toHaveValue('release: 10');
    // 99 never reached the server, so it refused nothing.
    await expect(root.locator('.gr-toast')).toHaveCount(0);
    await root.getByRole('button', { name: 'Reset to default value' }).click();
    await expect(received).toHaveValue('slider: 3');
    await expect(event).toHaveValue('release: 3');
    await expect(range).toHaveValue('3');
  });

  test('checkbox and checkbox group: values and select payloads', async ({ page, gradio, embed }) => {
    const { root, received, event } = await openApp(page, gradio, embed);
    await root.getByText('Agree', { exact: true }).click();
    await expect(received).toHaveValue('checkbox: True');
    await expect(event).toHaveValue('checkbox select: {"index": 0, "value": true, "selected": true}');
    await root.getByRole('checkbox', { name: 'Agree' }).press('Space');
    await expect(received).toHaveValue('checkbox: False');

    const fruits = root.getByRole('group', { name: 'Fruits' });
    await fruits.getByText('Banana').click();
    await expect(received).toHaveValue("fruits: ['b']");
    await fruits.getByRole('checkbox', { name: 'Apple' }).check();
    await expect(received).toHaveValue("fruits: ['b', 'a']");
    await expect(event).toHaveValue('fruits select: {"index": 0, "value": "a", "selected": true}');
    await fruits.getByRole('checkbox', { name: 'Banana' }).uncheck();
    await expect(received).toHaveValue("fruits: ['a']");
    await expect(event).toHaveValue('fruits select: {"index": 1, "value": "b", "selected": false}');
    await fruits.getByRole('checkbox', { name: 'Select all' }).click();
    await expect(received).toHaveValue("fruits: ['a', 'b', 'c']");
    await fruits.getByRole('checkbox', { name: 'Select all' }).click();
    await expect(received).toHaveValue('fruits: []');
  });

  test('radio: click and arrow keys; select payload; number values stay numbers', async ({
    page,
    gradio,
    embed,
  }) => {
    const { root, received, event } = await openApp(page, gradio, embed);
    const colour = root.getByRole('radiogroup', { name: 'Colour name' });
    await colour.getByText('Blue sky').click();
    await expect(received).toHaveValue("radio: 'blue'");
    await expect(event).toHaveValue('radio select: {"index": 2, "value": "blue", "selected": true}');
    await colour.getByRole('radio', { name: 'Blue sky' }).press('ArrowLeft');
    await expect(received).toHaveValue("radio: 'green'");
    const numbered = root.getByRole('radiogroup', { name: 'Numbered' });
    await numbered.getByRole('radio', { name: 'Two' }).check();
    await expect(received).toHaveValue('radio_num: 2');
    await expect(event).toHaveValue('radio_num select: {"index": 1, "value": 2, "selected": true}');
  });

  test('dropdown: pick by click and by keyboard, filter, key_up, focus and blur', async ({
    page,
    gradio,
    embed,
  }) => {
    const { root, received, event } = await openApp(page, gradio, embed);
    const single = root.getByRole('combobox', { name: 'Single' });
    await single.click();
    await expect(event).toHaveValue('single focus: None');
    const list = root.getByRole('listbox', { name: 'Single' });
    await expect(list.getByRole('option')).toHaveText(['alpha', 'beta', 'gamma']);
    await list.getByRole('option', { name: 'gamma' }).click();
    await expect(received).toHaveValue("single: 'gamma'");
    await expect(event).toHaveValue('single select: {"index": 2, "value": "gamma", "selected": true}');
    await expect(single).toHaveValue('gamma');
    await expect(list).toBeHidden();

    await single.press('ArrowDown');
    await expect(list).toBeVisible();
    await single.press('Home');
    await single.press('Enter');
    await expect(received).toHaveValue("single: 'alpha'");

    // Clearing presses Delete: its key_up runs first.
    await single.fill('');
    await expect(event).toHaveValue('key_up: {"key": "Delete", "input_value": ""}');
    // One key at a time: key_up runs always_last, and a deferred run reuses the first key's data
    // (as on Gradio's own page).
    await single.press('e');
    await expect(event).toHaveValue('key_up: {"key": "e", "input_value": "e"}');
    await single.press('t');
    await expect(event).toHaveValue('key_up: {"key": "t", "input_value": "et"}');
    await expect(list.getByRole('option')).toHaveText(['beta']);
    await single.press('Enter');
    await expect(received).toHaveValue("single: 'beta'");
    await single.press('Tab');
    await expect(event).toHaveValue('single blur: None');
  });

  test('dropdown multiselect: tokens, max_choices, remove, Backspace', async ({ page, gradio, embed }) => {
    const { root, received, event } = await openApp(page, gradio, embed);
    const multi = root.getByRole('combobox', { name: 'Multi' });
    await multi.click();
    const list = root.getByRole('listbox', { name: 'Multi' });
    await list.getByRole('option', { name: 'One' }).click();
    await expect(received).toHaveValue('multi: [1]');
    await list.getByRole('option', { name: 'Three' }).click();
    await expect(received).toHaveValue('multi: [1, 3]');
    await expect(event).toHaveValue('multi select: {"index": 2, "value": 3, "selected": true}');
    // max_choices=2: the third is not available.
    await expect(list.getByRole('option', { name: 'Two' })).toHaveAttribute('aria-disabled', 'true');
    await root.getByRole('button', { name: 'Remove One' }).click();
    await expect(received).toHaveValue('multi: [3]');
    await expect(event).toHaveValue('multi select: {"index": 0, "value": 1, "selected": false}');
    await multi.press('Backspace');
    await expect(received).toHaveValue('multi: []');
  });

  test('dropdown: custom values and a pick-only list', async ({ page, gradio, embed }) => {
    const { root, received } = await openApp(page, gradio, embed);
    const custom = root.getByRole('combobox', { name: 'Custom' });
    await custom.fill('hello');
    await custom.press('Enter');
    await expect(received).toHaveValue("custom: 'hello'");
    const fixed = root.getByRole('combobox', { name: 'Fixed' });
    await expect(fixed).toHaveAttribute('readonly', '');
    await fixed.click();
    await fixed.press('h');
    await fixed.press('Enter');
    await expect(received).toHaveValue("fixed: 'high'");
  });

  test('colour: typed hex and the picker; release and submit', async ({ page, gradio, embed }) => {
    const { root, received, event } = await openApp(page, gradio, embed);
    const hex = root.getByRole('textbox', { name: 'Colour, hex value' });
    await hex.fill('#123456');
    await expect(received).toHaveValue("color: '#123456'");
    await hex.press('Enter');
    await expect(event).toHaveValue("color submit: '#123456'");
    // The picker's own input: fill sends input then change, as picking and closing does.
    await root.locator('gr-colorpicker input[type=color]').fill('#abcdef');
    await expect(received).toHaveValue("color: '#abcdef'");
    await expect(event).toHaveValue("color release: '#abcdef'");
    await expect(hex).toHaveValue('#abcdef');
  });

  test('date and time: typed text, the calendar, the server-side type', async ({ page, gradio, embed }) => {
    const { root, received, event } = await openApp(page, gradio, embed);
    const date = root.getByRole('textbox', { name: 'Date', exact: true });
    await date.fill('2024-03-04');
    await date.press('Enter');
    await expect(received).toHaveValue("date: '2024-03-04'");
    await expect(event).toHaveValue("date submit: '2024-03-04'");
    await date.fill('2024-02-30');
    await date.press('Enter');
    await expect(root.getByText('Enter a date as YYYY-MM-DD')).toBeVisible();
    // The calendar: the browser's date input behind the button.
    await root.locator('gr-datetime').first().locator('input.native').fill('2025-12-24');
    await expect(received).toHaveValue("date: '2025-12-24'");
    await expect(date).toHaveValue('2025-12-24');
    // type="timestamp" with timezone="UTC": the server turns the text into seconds.
    const when = root.getByRole('textbox', { name: 'When' });
    await when.fill('2024-01-02 00:00:00');
    await when.press('Tab');
    await expect(received).toHaveValue('when: 1704153600.0');
  });
});

test.describe('form inputs: values from the server', () => {
  test('an update sets values and choices and fires no input event', async ({ page, gradio, embed }) => {
    const { root, received } = await openApp(page, gradio, embed);
    const joins: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/queue/join')) joins.push(r.postData() ?? '');
    });
    await root.getByRole('button', { name: 'Server update' }).click();
    await expect(root.getByRole('spinbutton', { name: 'Number', exact: true })).toHaveValue('42');
    await expect(
      root.getByRole('group', { name: 'Fruits' }).getByRole('checkbox', { name: 'Lime' }),
    ).toBeChecked();
    await expect(root.getByRole('combobox', { name: 'Single' })).toHaveValue('epsilon');
    await expect(root.locator('gr-dropdown .token-text')).toHaveText(['One', 'Three']);
    await expect(root.getByRole('textbox', { name: 'Colour, hex value' })).toHaveValue('#00ff00');
    // Only the date listens to change, which an output write fires (as in Gradio); no input ran.
    await expect(received).toHaveValue("date: '2030-05-06'");
    await page.waitForTimeout(500);
    expect(joins).toHaveLength(2);
    await root.getByRole('button', { name: 'Report all' }).click();
    await expect(root.getByLabel('Everything')).toHaveValue(
      "(42, 0, 2, 7.5, True, ['l'], 'south', 1, 'epsilon', [1, 3], 'x', 'low', '#00ff00', '2030-05-06', 1704110400.0)",
    );
    // New choices are what the lists offer now.
    await root.getByRole('combobox', { name: 'Single' }).click();
    await expect(root.getByRole('listbox', { name: 'Single' }).getByRole('option')).toHaveText([
      'delta',
      'epsilon',
    ]);
  });

  test('values the inputs cannot show are messages in their blocks; the rest of the app works', async ({
    page,
    gradio,
    embed,
  }) => {
    const { root, received } = await openApp(page, gradio, embed);
    await root.getByRole('button', { name: 'Bad values' }).click();
    await expect(root.getByLabel('Alive')).toHaveValue('still working');
    await expect(root.locator('gr-number').first().locator('.value-error')).toContainText('"not a number"');
    await expect(root.locator('gr-checkboxgroup .value-error')).toContainText(
      '"zzz" is not among the choices',
    );
    await expect(root.locator('gr-radio').first().locator('.value-error')).toContainText('"purple"');
    await expect(root.locator('gr-dropdown').first().locator('.value-error')).toContainText('"omega"');
    await expect(root.locator('gr-colorpicker .value-error')).toContainText('"blue-ish"');
    await root.getByText('Agree', { exact: true }).click();
    await expect(received).toHaveValue('checkbox: True');
  });
});

test.describe('6.x validators', () => {
  test("a validator's messages show under the inputs it names, and go once they pass", async ({
    page,
    gradio,
    embed,
  }) => {
    const { root } = await openApp(page, gradio, embed);
    const fruits = root.getByRole('group', { name: 'Fruits' });
    await root.getByRole('button', { name: 'Validate' }).click();
    await expect(fruits.getByRole('alert')).toHaveText('Pick a fruit');
    await expect(root.locator('gr-number').first().getByRole('alert')).toHaveCount(0);
    await fruits.getByText('Cherry').click();
    await root.getByRole('combobox', { name: 'Single' }).click();
    await root.getByRole('option', { name: 'beta' }).click();
    await root.getByRole('button', { name: 'Validate' }).click();
    await expect(root.locator('gr-dropdown').first().getByRole('alert')).toHaveText('Anything but beta');
    await expect(fruits.getByRole('alert')).toHaveCount(0);
    await expect(root.getByLabel('Alive')).toHaveValue('');
    await root.getByRole('combobox', { name: 'Single' }).click();
    await root.getByRole('option', { name: 'gamma' }).click();
    await root.getByRole('button', { name: 'Validate' }).click();
    await expect(root.getByLabel('Alive')).toHaveValue('validated');
    await expect(root.locator('gr-dropdown').first().getByRole('alert')).toHaveCount(0);
  });
});

test.describe('the 6.x minimal blocks', () => {
  test('simple dropdown and simple textbox', async ({ page, gradio, embed }) => {
    const app = await gradio('inputs_simple');
    await embed(`<gradio-app src="${app.url}"></gradio-app>`);
    const root = page.locator('gradio-app');
    const received = root.getByLabel('Received', { exact: true });
    const event = root.getByLabel('Event', { exact: true });
    await expect(root.locator('iframe')).toHaveCount(0);
    await root.getByRole('combobox', { name: 'Simple dropdown' }).selectOption('Second');
    await expect(received).toHaveValue("simple_dd: '2nd'");
    await expect(event).toHaveValue("simple_dd select: 1 '2nd'");
    const text = root.getByRole('textbox', { name: 'Simple textbox' });
    await text.fill('hey');
    await expect(received).toHaveValue("simple_tb: 'hey'");
    await text.press('Enter');
    await expect(event).toHaveValue("simple_tb submit: 'hey'");
  });
});

test.describe('form inputs: look and placement', allVersions, () => {
  test('a dropdown list shows whole past the bottom of a short embed', async ({ page, gradio, embed }) => {
    const app = await gradio('inputs_bottom');
    await embed(`<p>Host text</p><gradio-app src="${app.url}"></gradio-app><p>More host text</p>`);
    const root = page.locator('gradio-app');
    const last = root.getByRole('combobox', { name: 'Last' });
    await last.click();
    const option = root.getByRole('option', { name: 'Choice 8' });
    await option.scrollIntoViewIfNeeded();
    const embedBox = (await root.locator('.gradio-container').boundingBox())!;
    const optionBox = (await option.boundingBox())!;
    // The last option lies below the embed's own (overflow-hidden) bottom edge, and is on top there.
    expect(optionBox.y).toBeGreaterThan(embedBox.y + embedBox.height);
    const hit = await page.evaluate(
      ([x, y]) => {
        const shadow = document.querySelector('gradio-app')!.shadowRoot!;
        return shadow.elementFromPoint(x!, y!)?.textContent?.trim() ?? null;
      },
      [optionBox.x + optionBox.width / 2, optionBox.y + optionBox.height / 2],
    );
    expect(hit).toBe('Choice 8');
    await option.click();
    await expect(root.getByLabel('Picked')).toHaveValue("'Choice 8'");
  });

  test('a form groups its inputs in one box, in a row and in a column', async ({ page, gradio, embed }) => {
    sinceGradio(6, 'the inputs app uses 6.x props (Slider buttons, Number placeholder)');
    const { root } = await openApp(page, gradio, embed);
    // The row of three numbers: one bordered form, the blocks inside without borders of their own.
    const form = root.locator('gr-form').first();
    const formBox = (await form.locator('.form').boundingBox())!;
    const blocks = form.locator('.block');
    await expect(blocks).toHaveCount(3);
    const boxes = await Promise.all([0, 1, 2].map(async (i) => (await blocks.nth(i).boundingBox())!));
    expect(boxes[1]!.x).toBeGreaterThan(boxes[0]!.x);
    expect(Math.abs(boxes[0]!.y - boxes[2]!.y)).toBeLessThan(1);
    for (const box of boxes) expect(box.y).toBeGreaterThanOrEqual(formBox.y);
    const border = await blocks.nth(0).evaluate((b) => getComputedStyle(b).borderTopWidth);
    expect(border).toBe('0px');
    const formBorder = await form.locator('.form').evaluate((f) => getComputedStyle(f).borderTopWidth);
    expect(formBorder).toBe('1px');
  });
});

test.describe('form inputs: the official page as the oracle', () => {
  test('the same user actions send the same values from the official page and the embed', async ({
    page,
    gradio,
    embed,
  }) => {
    const app = await gradio('inputs');
    const steps: [string, (root: Locator) => Promise<void>][] = [
      ['number', (r) => r.getByRole('spinbutton', { name: 'Number', exact: true }).fill('12.5')],
      ['checkbox', (r) => r.getByRole('checkbox', { name: 'Agree' }).check()],
      ['fruits', (r) => r.getByRole('checkbox', { name: 'Banana' }).check()],
      ['radio', (r) => r.getByRole('radio', { name: 'Blue sky' }).check()],
      ['radio_num', (r) => r.getByRole('radio', { name: 'Two' }).check()],
      [
        'single',
        async (r) => {
          await r.getByRole('combobox', { name: 'Single' }).click();
          await r.getByRole('option', { name: 'gamma' }).click();
        },
      ],
    ];
    const run = async (root: Locator): Promise<string[]> => {
      const seen: string[] = [];
      const received = root.getByLabel('Received', { exact: true });
      for (const [name, act] of steps) {
        await act(root);
        await expect(received).toHaveValue(new RegExp(`^${name}: `));
        seen.push(await received.inputValue());
      }
      return seen;
    };
    await page.goto(app.url);
    const official = await run(page.locator('body'));
    await embed(`<gradio-app src="${app.url}"></gradio-app>`);
    const ours = await run(page.locator('gradio-app'));
    expect(ours).toEqual(official);
    expect(ours).toEqual([
      'number: 12.5',
      'checkbox: True',
      "fruits: ['b']",
      "radio: 'blue'",
      'radio_num: 2',
      "single: 'gamma'",
    ]);
  });
});
