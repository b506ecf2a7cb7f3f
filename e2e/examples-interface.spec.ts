import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { test, expect, allVersions, sinceGradio } from './fixtures/test.js';

/** The flagged rows the server wrote: the folder is printed by the app on start. */
async function flaggedRows(log: string): Promise<string[]> {
  const dir = /FLAGGING_DIR=(\S+)/.exec(log)?.[1];
  if (!dir) throw new Error(`the app did not print its flagging folder:\n${log}`);
  const files = (await readdir(dir).catch(() => [])).filter((f) => f.endsWith('.csv'));
  if (files.length === 0) return [];
  const text = await readFile(path.join(dir, files[0]!), 'utf8');
  return text.trim().split(/\r?\n/);
}

test.describe('gr.Interface with examples and flagging', allVersions, () => {
  test('an example fills both inputs; Submit runs on exactly those values', async ({
    page,
    gradio,
    embed,
  }) => {
    const app = await gradio('interface_full');
    await embed(`<gradio-app src="${app.url}"></gradio-app>`);
    const root = page.locator('gradio-app');
    await expect(root.getByRole('heading', { name: 'Describer' })).toBeVisible();
    await expect(root.locator('iframe')).toHaveCount(0);
    await root.getByRole('row', { name: 'Grace bold' }).click();
    await expect(root.getByLabel('Name')).toHaveValue('Grace');
    await expect(root.getByLabel('Mood')).toHaveValue('bold');
    await root.getByRole('button', { name: 'Submit' }).click();
    await expect(root.getByLabel('Description')).toHaveValue("describe('Grace', 'bold')");
  });

  test('"Flag as Bad" writes the inputs, output and option to the CSV, with feedback', async ({
    page,
    gradio,
    embed,
  }) => {
    sinceGradio(5, 'the flagging CSV of 4.x has a username column');
    const app = await gradio('interface_full');
    await embed(`<gradio-app src="${app.url}"></gradio-app>`);
    const root = page.locator('gradio-app');
    const before = (await flaggedRows(app.log())).length;
    await root.getByLabel('Name').fill('Flagger');
    await root.getByLabel('Mood').fill('odd, "quoted"');
    await root.getByRole('button', { name: 'Submit' }).click();
    await expect(root.getByLabel('Description')).toHaveValue(`describe('Flagger', 'odd, "quoted"')`);
    await root.getByRole('button', { name: 'Flag as Bad' }).click();
    // Gradio's feedback: the button says "Saving..." while disabled, then returns.
    await expect(root.getByRole('button', { name: 'Saving...' })).toBeDisabled();
    await expect(root.getByRole('button', { name: 'Flag as Bad' })).toBeEnabled();
    // A new CSV starts with its header line.
    const expected = before === 0 ? 2 : before + 1;
    await expect.poll(async () => (await flaggedRows(app.log())).length).toBe(expected);
    const rows = await flaggedRows(app.log());
    expect(rows[0]).toBe('Name,Mood,Description,flag,timestamp');
    expect(rows.at(-1)).toMatch(
      /^Flagger,"odd, ""quoted""","describe\('Flagger', 'odd, ""quoted""'\)",Bad,\d{4}-\d\d-\d\d /,
    );
  });

  test('Clear empties the inputs and the output', async ({ page, gradio, embed }) => {
    const app = await gradio('interface_full');
    await embed(`<gradio-app src="${app.url}"></gradio-app>`);
    const root = page.locator('gradio-app');
    await root.getByRole('row', { name: 'Ada curious' }).click();
    // 4.x loads an example through the server: Submit once the values are in.
    await expect(root.getByLabel('Name')).toHaveValue('Ada');
    await root.getByRole('button', { name: 'Submit' }).click();
    await expect(root.getByLabel('Description')).toHaveValue("describe('Ada', 'curious')");
    await root.getByRole('button', { name: 'Clear' }).click();
    await expect(root.getByLabel('Name')).toHaveValue('');
    await expect(root.getByLabel('Mood')).toHaveValue('');
    await expect(root.getByLabel('Description')).toHaveValue('');
  });
});

test.describe('gr.TabbedInterface', allVersions, () => {
  test('each tab is its own Interface with its own examples; switching keeps values', async ({
    page,
    gradio,
    embed,
  }) => {
    const app = await gradio('interface_tabbed');
    await embed(`<gradio-app src="${app.url}"></gradio-app>`);
    const root = page.locator('gradio-app');
    await expect(root.locator('iframe')).toHaveCount(0);
    await expect(root.getByRole('tab', { name: 'Upper' })).toHaveAttribute('aria-selected', 'true');
    await root.getByRole('button', { name: 'xyz' }).click();
    await expect(root.getByLabel('Upper input')).toHaveValue('xyz');
    await root.getByRole('button', { name: 'Submit' }).click();
    await expect(root.getByLabel('Upper output')).toHaveValue("upper('xyz')");

    await root.getByRole('tab', { name: 'Reverse' }).click();
    await expect(root.getByLabel('Upper input')).toBeHidden();
    await root.getByRole('button', { name: 'hello' }).click();
    await expect(root.getByLabel('Reverse input')).toHaveValue('hello');
    await root.getByLabel('Reverse input').press('Enter');
    await expect(root.getByLabel('Reverse output')).toHaveValue("reverse('hello')");

    await root.getByRole('tab', { name: 'Upper' }).click();
    await expect(root.getByLabel('Upper output')).toHaveValue("upper('xyz')");
  });
});
