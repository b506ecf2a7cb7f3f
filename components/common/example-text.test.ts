import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'lit';
import { testServices } from '../../src/testing/services.js';
import type { ExampleContext } from '../../src/base/example.js';

const context: ExampleContext = { layout: 'table', fileUrl: () => null };

/** Renders one sample with a type's example form and returns its element. */
async function sample(
  type: string,
  value: unknown,
  props: Record<string, unknown> = {},
): Promise<HTMLElement> {
  const renderExample = await testServices().loadExampleRenderer(type);
  expect(renderExample, `${type} has an example form`).not.toBeNull();
  const cell = document.createElement('div');
  document.body.append(cell);
  render(renderExample!(value, props, context), cell);
  return cell;
}

describe('example forms of the form inputs', () => {
  afterEach(() => document.body.replaceChildren());

  it('numbers, sliders, checkboxes, dates and simple text show their value as text', async () => {
    expect((await sample('number', 3.5)).textContent!.trim()).toBe('3.5');
    expect((await sample('number', null)).textContent!.trim()).toBe('');
    expect((await sample('slider', 7)).textContent!.trim()).toBe('7');
    expect((await sample('checkbox', true)).textContent!.trim()).toBe('true');
    expect((await sample('datetime', '2024-01-02')).textContent!.trim()).toBe('2024-01-02');
    expect((await sample('simpletextbox', 'x'.repeat(80))).textContent!.trim()).toHaveLength(61);
  });

  it('choice blocks show the labels of the values the sample names', async () => {
    const choices = [
      ['Apple', 'a'],
      ['Banana', 'b'],
    ];
    expect((await sample('checkboxgroup', ['b', 'a'], { choices })).textContent!.trim()).toBe(
      'Banana, Apple',
    );
    expect((await sample('radio', 'a', { choices })).textContent!.trim()).toBe('Apple');
    expect((await sample('dropdown', ['a', 'zzz'], { choices })).textContent!.trim()).toBe('Apple, zzz');
    expect((await sample('simpledropdown', 'b', { choices })).textContent!.trim()).toBe('Banana');
  });

  it('a colour is a named swatch', async () => {
    const swatch = (await sample('colorpicker', '#FF0000')).querySelector<HTMLElement>('[role=img]')!;
    expect(swatch.getAttribute('aria-label')).toBe('#ff0000');
    expect(getComputedStyle(swatch).backgroundColor).toBe('rgb(255, 0, 0)');
  });
});
