import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { runBlockContract } from '../../src/testing/block-contract.js';
import { mountBlock } from '../../src/testing/fixture.js';
import type { GrWorkflowcanvas } from './workflowcanvas.js';
import { readWorkflow } from './internal/graph.js';

/** Schema 2: an uploaded image into a Space that captions it, the caption into an output. */
const WORKFLOW = JSON.stringify({
  schema_version: '2',
  name: 'Caption pipeline',
  references: [
    { id: 'r1', label: 'Photo', role: 'reference', asset_type: 'image', inputs: [], outputs: [], data: {} },
  ],
  operators: [
    {
      id: 'o1',
      label: 'Captioner',
      role: 'operator',
      kind: 'space',
      space_id: 'user/captioner',
      inputs: [],
      outputs: [],
      data: {},
    },
  ],
  subjects: [
    { id: 's1', label: 'Caption', role: 'subject', asset_type: 'text', inputs: [], outputs: [], data: {} },
  ],
  edges: [
    {
      id: 'e1',
      from_node_id: 'r1',
      from_port_id: 'out',
      to_node_id: 'o1',
      to_port_id: 'image',
      type: 'image',
    },
    { id: 'e2', from_node_id: 'o1', from_port_id: 'text', to_node_id: 's1', to_port_id: 'in', type: 'text' },
  ],
});

runBlockContract('workflowcanvas', WORKFLOW);

describe('readWorkflow', () => {
  it('lays nodes out by their longest path from a source; schema 1 and cycles too', () => {
    const graph = readWorkflow(WORKFLOW);
    if (!graph || graph instanceof Error) throw new Error('no graph');
    expect(graph.nodes.map((n) => [n.label, n.role, n.column, n.row, n.detail])).toEqual([
      ['Photo', 'reference', 0, 0, 'image'],
      ['Captioner', 'operator', 1, 0, 'space: user/captioner'],
      ['Caption', 'subject', 2, 0, 'text'],
    ]);
    const v1 = readWorkflow({
      nodes: [
        { id: 'a', kind: 'input', label: 'A' },
        { id: 'b', kind: 'transform', label: 'B', fn: 'f' },
      ],
      edges: [
        { from_node_id: 'a', to_node_id: 'b' },
        { from_node_id: 'b', to_node_id: 'a' },
      ],
    });
    if (!v1 || v1 instanceof Error) throw new Error('no graph');
    expect(v1.nodes.map((n) => n.role)).toEqual(['reference', 'operator']);
    expect(v1.columns).toBeLessThanOrEqual(2);
    expect(readWorkflow('not json')).toBeInstanceOf(Error);
    expect(readWorkflow(null)).toBeNull();
  });
});

describe('<gr-workflowcanvas>', () => {
  afterEach(() => document.body.replaceChildren());

  it('draws the graph inside the block, with the steps as a list for screen readers', async () => {
    const { el } = await mountBlock<GrWorkflowcanvas>('workflowcanvas', {
      value: WORKFLOW,
      container: false,
    });
    expect(el.querySelectorAll('svg .node')).toHaveLength(3);
    expect(el.querySelectorAll('svg .edge')).toHaveLength(2);
    expect(
      [...el.querySelectorAll('ol li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim()),
    ).toEqual([
      'Input Photo (image)',
      'Step Captioner (space: user/captioner), from Photo',
      'Output Caption (text), from Captioner',
    ]);
    // Never a full-window overlay over the host page.
    expect(getComputedStyle(el).position).not.toBe('fixed');
    expect(el.getBoundingClientRect().height).toBeLessThan(window.innerHeight);
  });

  it("with app_view the app is what visitors use: the graph is behind Gradio's App / Workflow switch", async () => {
    // gr.Workflow's CSS hides its app view until the page marks it as shown.
    const view = document.createElement('div');
    const { el } = await mountBlock<GrWorkflowcanvas>('workflowcanvas', { value: WORKFLOW, appView: 'app' });
    view.id = 'app';
    el.after(view);
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    expect(view.getAttribute('data-view')).toBe('app');
    const [app, workflow] = [...el.querySelectorAll<HTMLButtonElement>('.switch button')];
    expect(el.querySelector('.switch')!.getAttribute('aria-label')).toBe(
      'Switch between the app and the workflow behind it',
    );
    expect(app!.getAttribute('aria-pressed')).toBe('true');
    expect(el.querySelector('svg')).toBeNull();
    await userEvent.click(workflow!);
    expect(workflow!.getAttribute('aria-pressed')).toBe('true');
    expect(el.querySelectorAll('svg .node')).toHaveLength(3);
    // The app's CSS hides its view while the workflow is shown.
    expect(view.getAttribute('data-view')).toBe('workflow');
    await userEvent.click(app!);
    expect(view.getAttribute('data-view')).toBe('app');
    expect(el.querySelector('svg')).toBeNull();
  });

  it('a value that is no workflow is a message; an empty one says so', async () => {
    const bad = await mountBlock<GrWorkflowcanvas>('workflowcanvas', { value: '{oops' });
    expect(bad.el.querySelector('.value-error')!.textContent).toContain('not JSON');
    const empty = await mountBlock<GrWorkflowcanvas>('workflowcanvas', { value: null });
    expect(empty.el.textContent).toContain('no steps yet');
  });
});
