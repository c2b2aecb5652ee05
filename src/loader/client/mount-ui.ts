// Client (on the page): gives the UI its own shadow roots (the panel, and each inline slot a merchant
// placed) and imports the Preact UI chunk only when there is something to show.
import type { Remote } from 'comlink';
import type { AisleConfig } from '../../protocol/config.ts';
import type { HostEventMap, HostEventName } from '../../protocol/host-events.ts';
import { STRATEGIES, type Strategy } from '../../protocol/recommend.ts';
import type { AisleWorkerApi } from '../../protocol/worker-api.ts';
import type { PanelHandle } from '../../ui/index.ts';
import { productIdsFromJsonLd } from './capture-page.ts';
import { pageRecommendations, type PageInfo } from './page-recommendations.ts';

type Emit = <K extends HostEventName>(name: K, detail: HostEventMap[K]) => void;

export interface UiMount {
  /** Starts fetching the UI chunk now (in parallel with the worker's start), if anything will show. */
  preload(): void;
  panel(): Promise<PanelHandle>;
  /** Renders the slots present now and any added later (single-page shops). */
  watchSlots(): void;
  reconfigure(config: AisleConfig): Promise<void>;
}

/**
 * The panel's host: an element of our own name (a page rule such as `body > div { display: none }`
 * cannot match it) with the few properties that would hide it or move its fixed-position children set
 * inline with !important, which no page stylesheet overrides. Set through CSSOM, so allowed under any
 * `style-src`. Everything inside is styled in its shadow root.
 */
function createHost(): HTMLElement {
  const host = document.createElement('aisle-widget');
  host.setAttribute('data-aisle-root', '');
  const guard: Array<[string, string]> = [
    ['display', 'block'],
    ['visibility', 'visible'],
    ['opacity', '1'],
    ['transform', 'none'],
    ['filter', 'none'],
    ['contain', 'none'],
    ['position', 'static'],
  ];
  for (const [property, value] of guard) host.style.setProperty(property, value, 'important');
  return host;
}

export function mountUi(api: Remote<AisleWorkerApi>, initial: AisleConfig, emit: Emit, warn: (m: string) => void): UiMount {
  let config = initial;
  const ui = () => import('../../ui/index.ts').then((m) => (performance.mark('aisle:ui'), m));
  let panel: Promise<PanelHandle> | null = null;
  let host: HTMLElement | null = null;
  const mounted = new WeakSet<Element>();
  const page = pageRecommendations(api, readPage);

  const deps = () => ({ api, config, emit, page });

  const openPanel = (): Promise<PanelHandle> => {
    if (!panel) {
      panel = ui().then((m) => {
        host = createHost();
        document.body.appendChild(host);
        return m.mountPanel(host.attachShadow({ mode: 'open' }), deps());
      });
      panel.catch(() => (panel = null));
    }
    return panel;
  };

  const renderSlot = async (el: HTMLElement) => {
    if (mounted.has(el)) return;
    mounted.add(el);
    const strategy = el.dataset.aisleSlot as Strategy;
    if (!STRATEGIES.includes(strategy)) {
      warn(`data-aisle-slot="${el.dataset.aisleSlot}" is not one of ${STRATEGIES.join(', ')}; the slot stays empty`);
      return;
    }
    const slot: { strategy: Strategy; productId?: string; limit?: number; title?: string; allowRepeats?: boolean } = { strategy };
    if (el.dataset.productId) slot.productId = el.dataset.productId;
    if (el.dataset.limit) slot.limit = Number(el.dataset.limit);
    if (el.dataset.title) slot.title = el.dataset.title;
    if (el.dataset.allowRepeats !== undefined && el.dataset.allowRepeats !== 'false') slot.allowRepeats = true;
    const m = await ui();
    m.mountSlot(el.shadowRoot ?? el.attachShadow({ mode: 'open' }), deps(), slot);
  };

  const scan = (root: ParentNode) => root.querySelectorAll<HTMLElement>('[data-aisle-slot]').forEach((el) => void renderSlot(el));

  return {
    preload() {
      if (config.launcher || document.querySelector('[data-aisle-slot]')) ui().catch(() => undefined);
    },
    panel: openPanel,
    watchSlots() {
      scan(document);
      new MutationObserver((records) => {
        for (const r of records) r.addedNodes.forEach((n) => n instanceof HTMLElement && (n.matches('[data-aisle-slot]') ? void renderSlot(n) : scan(n)));
      }).observe(document.body, { childList: true, subtree: true });
    },
    async reconfigure(next) {
      config = next;
      if (!panel) return;
      const wasOpen = (await panel).isOpen();
      (await panel).destroy();
      host?.remove();
      panel = null;
      const fresh = await openPanel();
      if (wasOpen) fresh.open();
    },
  };
}

const QUERY_PARAMS = ['q', 'query', 'search', 'keyword', 's'];

/**
 * What the page shows, read at each request: the product (a slot's data-product-id, else the page's
 * schema.org Product), the category (data-category on a slot or any element marked data-aisle-category),
 * the search in the URL (or in a same-site referrer), and products listed by the page itself
 * (`data-aisle-shown="id1 id2"` on any element), which no slot repeats.
 */
function readPage(): PageInfo {
  const context: PageInfo['context'] = {};
  const anchored = document.querySelector<HTMLElement>('[data-aisle-slot][data-product-id]');
  const productId = anchored?.dataset.productId ?? productIdsFromJsonLd(document)[0];
  if (productId) context.productId = productId;
  const category = document.querySelector<HTMLElement>('[data-aisle-slot][data-category], [data-aisle-category]');
  const name = category?.dataset.category ?? category?.dataset.aisleCategory;
  if (name) context.category = name;
  const query = searchOf(location.href) ?? (document.referrer && new URL(document.referrer).host === location.host ? searchOf(document.referrer) : undefined);
  if (query) context.query = query;
  const shown = Array.from(document.querySelectorAll<HTMLElement>('[data-aisle-shown]')).flatMap((el) => (el.dataset.aisleShown ?? '').split(/[\s,]+/).filter(Boolean));
  return { context, shown };
}

function searchOf(url: string): string | undefined {
  try {
    const params = new URL(url).searchParams;
    for (const name of QUERY_PARAMS) {
      const v = params.get(name)?.trim();
      if (v) return v.slice(0, 200);
    }
  } catch {
    // A malformed referrer says nothing about a search.
  }
  return undefined;
}
