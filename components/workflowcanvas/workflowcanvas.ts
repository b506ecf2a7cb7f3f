import { html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { GradioElement } from '../../src/base/gradio-element.js';
import { block } from '../../src/base/block.js';
import { renderBlockTitle, renderValueError } from '../../src/base/block-title.js';
import { readWorkflow, type Graph, type GraphNode } from './internal/graph.js';
import { workflowcanvasStyles } from './workflowcanvas.styles.js';

const CARD_W = 190;
const CARD_H = 56;
const GAP_X = 70;
const GAP_Y = 22;
const PAD = 12;

const ROLE_NAME = { reference: 'Input', operator: 'Step', subject: 'Output' } as const;

/**
 * @summary Gradio's `WorkflowCanvas` (what `gr.Workflow` builds on): the workflow in its value
 * drawn as a read-only graph inside the block (inputs, steps, outputs and the connections
 * between them, left to right), with the same graph as a list for screen readers. Gradio's page
 * makes it a full-window editor over the whole page, which an embed must not do to its host; and
 * its editing talks to Hugging Face (Spaces, models, sign-in) from the app's own page. With
 * `app_view` (set by gr.Workflow), the app built from the workflow is what visitors use, as on
 * Gradio's page for visitors who cannot edit, with Gradio's App / Workflow switch (in the block,
 * not fixed to the window).
 */
@block('workflowcanvas')
export class GrWorkflowcanvas extends GradioElement {
  static override css = workflowcanvasStyles;

  /** The workflow as JSON text (schema 2, or the older schema 1). */
  @property({ attribute: false }) value: unknown = null;
  /** `elem_id` of the layout block that holds the workflow's app (gr.Workflow sets it). */
  @property({ attribute: false }) appView: string | null = null;

  @state() private open = false;
  #markFrame = 0;

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('appView')) this.#markAppView(120);
  }

  /** The app or the workflow, as Gradio's switch: the app's own CSS hides the other. */
  #show(workflow: boolean): void {
    this.open = workflow;
    this.#markAppView(0);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    cancelAnimationFrame(this.#markFrame);
  }

  /**
   * gr.Workflow's app view is hidden by the app's own CSS (`#workflow-app:not([data-view="app"])`)
   * until the page says visitors see the app, as Gradio's page does with this attribute. The view
   * is a later sibling, perhaps not drawn yet: looked for again on the next frames.
   */
  #markAppView(tries: number): void {
    cancelAnimationFrame(this.#markFrame);
    const id = this.appView;
    if (!id) return;
    const root = this.getRootNode() as Document | ShadowRoot;
    const view = root.getElementById?.(id) ?? null;
    if (view) view.setAttribute('data-view', this.open ? 'workflow' : 'app');
    else if (tries > 0) this.#markFrame = requestAnimationFrame(() => this.#markAppView(tries - 1));
  }

  protected override renderContent(): unknown {
    const graph = readWorkflow(this.value);
    const label = this.label || 'Workflow';
    const title = renderBlockTitle({ label, show: this.showLabel && Boolean(this.label) });
    if (graph instanceof Error) {
      return html`<div class="block ${this.container ? '' : 'no-container'}">
        ${title} ${renderValueError(`This workflow cannot be shown: ${graph.message}.`)}
      </div>`;
    }
    const shown = !this.appView || this.open;
    return html`<div class="block ${this.container ? '' : 'no-container'}" role="group" aria-label=${label}>
      ${title}
      ${
        this.appView
          ? html`<div
              class="switch"
              role="group"
              aria-label="Switch between the app and the workflow behind it"
            >
              <button
                type="button"
                class="gr-button secondary sm"
                aria-pressed=${this.open ? 'false' : 'true'}
                @click=${() => this.#show(false)}
              >
                App
              </button>
              <button
                type="button"
                class="gr-button secondary sm"
                aria-pressed=${this.open ? 'true' : 'false'}
                @click=${() => this.#show(true)}
              >
                Workflow
              </button>
            </div>`
          : nothing
      }
      ${shown ? this.#renderGraph(graph) : nothing}
    </div>`;
  }

  #renderGraph(graph: Graph | null): unknown {
    if (!graph || !graph.nodes.length) return html`<p class="empty">This workflow has no steps yet.</p>`;
    const width = PAD * 2 + graph.columns * CARD_W + (graph.columns - 1) * GAP_X;
    const height = PAD * 2 + graph.rows * CARD_H + (graph.rows - 1) * GAP_Y;
    const byId = new Map(graph.nodes.map((n) => [n.id, n]));
    const x = (n: GraphNode) => PAD + n.column * (CARD_W + GAP_X);
    const y = (n: GraphNode) => PAD + n.row * (CARD_H + GAP_Y);
    const sources = (n: GraphNode) =>
      graph.edges.filter((e) => e.to === n.id).map((e) => byId.get(e.from)!.label);
    return html`<div class="workflow">
      ${graph.name ? html`<div class="name">${graph.name}</div>` : nothing}
      ${graph.description ? html`<p class="description">${graph.description}</p>` : nothing}
      <div class="canvas" tabindex="0" role="region" aria-label="Workflow graph">
        <svg viewBox="0 0 ${width} ${height}" width=${width} height=${height} aria-hidden="true">
          ${graph.edges.map((e) => {
            const a = byId.get(e.from)!;
            const b = byId.get(e.to)!;
            const x1 = x(a) + CARD_W;
            const y1 = y(a) + CARD_H / 2;
            const x2 = x(b);
            const y2 = y(b) + CARD_H / 2;
            const mid = (x1 + x2) / 2;
            return svg`<path class="edge edge-${e.type}" d="M${x1} ${y1} C${mid} ${y1} ${mid} ${y2} ${x2} ${y2}"></path>`;
          })}
          ${graph.nodes.map(
            (n) => svg`<g class="node role-${n.role}" transform="translate(${x(n)} ${y(n)})">
              <rect width=${CARD_W} height=${CARD_H} rx="8"></rect>
              <text class="node-label" x="12" y="23">${clip(n.label, 24)}</text>
              <text class="node-detail" x="12" y="42">${clip(`${ROLE_NAME[n.role]}${n.detail ? ` · ${n.detail}` : ''}`, 30)}</text>
            </g>`,
          )}
        </svg>
      </div>
      <ol class="gr-visually-hidden">
        ${graph.nodes.map((n) => {
          const from = sources(n);
          const what = n.detail ? ` (${n.detail})` : '';
          return html`<li>
            ${ROLE_NAME[n.role]} ${n.label}${what}${from.length ? `, from ${from.join(', ')}` : ''}
          </li>`;
        })}
      </ol>
    </div>`;
  }
}

const clip = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

declare global {
  interface HTMLElementTagNameMap {
    'gr-workflowcanvas': GrWorkflowcanvas;
  }
}
