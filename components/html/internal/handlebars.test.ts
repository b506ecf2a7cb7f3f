import { describe, expect, it } from 'vitest';
import { renderHandlebars as hb, TemplateError } from './handlebars.js';

// Expected outputs are what Handlebars 4.7 (the version Gradio's frontend bundles) writes.
describe('handlebars', () => {
  it('writes values HTML-escaped, or raw with triple braces and &', () => {
    expect(hb('<p>{{v}}</p>', { v: '<b>&"\'`=' })).toBe('<p>&lt;b&gt;&amp;&quot;&#x27;&#x60;&#x3D;</p>');
    expect(hb('{{{v}}}|{{& v}}', { v: '<b>' })).toBe('<b>|<b>');
    expect(
      hb('[{{missing}}][{{n}}][{{f}}][{{z}}][{{list}}]', { n: null, f: false, z: 0, list: [1, 2] }),
    ).toBe('[][][false][0][1,2]');
  });

  it('reads paths, this, literals and own properties only', () => {
    const ctx = { a: { b: { c: 'deep' } }, 'odd key': 1, list: ['x', 'y'], s: 'str' };
    expect(hb('{{a.b.c}} {{a/b/c}} {{this.a.b.c}} {{[odd key]}} {{list.[1]}} {{list.length}}', ctx)).toBe(
      'deep deep deep 1 y 2',
    );
    expect(hb('{{s.length}}|{{a.constructor}}|{{a.toString}}', ctx)).toBe('3||');
  });

  it('if / unless / else / else if', () => {
    const t = '{{#if a}}A{{else if b}}B{{else}}C{{/if}}';
    expect(hb(t, { a: 1 })).toBe('A');
    expect(hb(t, { b: 1 })).toBe('B');
    expect(hb(t, {})).toBe('C');
    expect(hb('{{#if list}}yes{{else}}no{{/if}}', { list: [] })).toBe('no');
    expect(hb('{{#if z}}yes{{else}}no{{/if}}', { z: 0 })).toBe('no');
    expect(hb('{{#if z includeZero=true}}yes{{else}}no{{/if}}', { z: 0 })).toBe('yes');
    expect(hb('{{#unless a}}none{{/unless}}', {})).toBe('none');
  });

  it('each over arrays and objects with @index @key @first @last, ../ and @root', () => {
    expect(
      hb('{{#each l}}{{@index}}:{{this}}{{#if @first}}F{{/if}}{{#if @last}}L{{/if}} {{/each}}', {
        l: ['a', 'b'],
      }),
    ).toBe('0:aF 1:bL ');
    expect(hb('{{#each o}}{{@key}}={{this}};{{/each}}', { o: { x: 1, y: 2 } })).toBe('x=1;y=2;');
    expect(
      hb('{{#each l}}{{name}}@{{../site}}{{@root.site}} {{/each}}', { site: 'S', l: [{ name: 'n' }] }),
    ).toBe('n@SS ');
    expect(hb('{{#each l}}x{{else}}empty{{/each}}', { l: [] })).toBe('empty');
    expect(hb('{{#each l}}{{#if @last}}last{{else}}{{this}},{{/if}}{{/each}}', { l: [1, 2, 3] })).toBe(
      '1,2,last',
    );
    expect(hb('{{#with p as |q|}}{{q.n}}{{../t}}{{/with}}', { p: { n: 1 }, t: 'T' })).toBe('1T');
    expect(hb('{{#if a}}{{#each l}}{{../x}}{{/each}}{{/if}}', { a: 1, l: [1], x: 'X' })).toBe('X');
    expect(hb('{{#each l as |item i|}}{{i}}={{item}} {{/each}}', { l: ['p', 'q'] })).toBe('0=p 1=q ');
    expect(
      hb('{{#each rows}}{{#each this}}{{@../index}}.{{@index}} {{/each}}{{/each}}', { rows: [[1], [2]] }),
    ).toBe('0.0 1.0 ');
  });

  it('with, lookup, sub-expressions, sections over plain values, comments', () => {
    expect(hb('{{#with p}}{{first}} {{last}}{{/with}}', { p: { first: 'A', last: 'B' } })).toBe('A B');
    expect(hb('{{#with p}}x{{else}}none{{/with}}', {})).toBe('none');
    expect(hb('{{lookup m k}}', { m: { a: 'ok' }, k: 'a' })).toBe('ok');
    expect(hb('{{#if (lookup m k)}}yes{{/if}}', { m: { a: 1 }, k: 'a' })).toBe('yes');
    expect(hb('{{#items}}[{{this}}]{{/items}}{{^items}}none{{/items}}', { items: [1, 2] })).toBe('[1][2]');
    expect(hb('{{^items}}none{{/items}}', { items: [] })).toBe('none');
    expect(hb('{{#person}}{{name}}{{/person}}', { person: { name: 'P' } })).toBe('P');
    expect(hb('a{{! short }}b{{!-- long }} --}}c', {})).toBe('abc');
    // A literal in a mustache's name place names a property, as in Handlebars.
    expect(hb('{{"lit"}} {{42}} {{true}}', {})).toBe('  ');
    expect(hb('{{"odd name"}}', { 'odd name': 'v' })).toBe('v');
  });

  it('whitespace control and standalone lines', () => {
    expect(hb('a  {{~x~}}  b', { x: 1 })).toBe('a1b');
    expect(hb('<ul>\n  {{#each l}}\n  <li>{{this}}</li>\n  {{/each}}\n</ul>', { l: [1, 2] })).toBe(
      '<ul>\n  <li>1</li>\n  <li>2</li>\n</ul>',
    );
    expect(hb('x {{#if a}}y{{/if}}\n', { a: true })).toBe('x y\n');
    expect(hb('{{#if a}}\n  A\n{{else}}\n  B\n{{/if}}\n', { a: 0 })).toBe('  B\n');
    expect(hb('  {{#if a}}  \nX\n  {{/if}}  ', { a: 1 })).toBe('X\n');
  });

  it('leaves ${...} and text without mustaches alone; \\{{ is a literal', () => {
    expect(hb('<p>${value}</p>', { value: 1 })).toBe('<p>${value}</p>');
    expect(hb('\\{{x}}', { x: 1 })).toBe('{{x}}');
  });

  it('passes every written value through the output filter', () => {
    expect(hb('{{a}}-{{{b}}}', { a: '`${x}`', b: '\\' }, { output: (t) => `<${t}>` })).toBe(
      '<&#x60;${x}&#x60;>-<\\>',
    );
  });

  it('throws a TemplateError for broken templates and unknown helpers', () => {
    expect(() => hb('{{#if a}}x', {})).toThrow(TemplateError);
    expect(() => hb('{{#if a}}x{{/each}}', {})).toThrow(/doesn't match/);
    expect(() => hb('{{shout name}}', { name: 'a' })).toThrow(/Missing helper/);
    expect(() => hb('{{x', {})).toThrow(TemplateError);
    expect(() => hb('{{> partial}}', {})).toThrow(TemplateError);
  });
});
