// Client (on the page, loaded lazily by the loader): starts the worker, captures page events, mounts
// the UI, and becomes the implementation behind `window.Aisle`. Everything that can fail here fails
// into a console warning and a degraded widget; the merchant's page never sees an uncaught error.
import * as Comlink from 'comlink';
import type { AisleConfig } from '../../protocol/config.ts';
import type { HostEventMap, HostEventName } from '../../protocol/host-events.ts';
import type { ClientApi } from '../../protocol/public-api.ts';
import type { AisleWorkerApi, WorkerNotice } from '../../protocol/worker-api.ts';
import type { ClientContext } from '../client-contract.ts';
import { checkConfigure } from '../read-config.ts';
import type { TrackEvent } from '../../protocol/events.ts';
import { capturePage } from './capture-page.ts';
import { cartEcho } from './cart-echo.ts';
import { mountUi } from './mount-ui.ts';
import { startWorker } from './start-worker.ts';

export function startClient(context: ClientContext): void {
  try {
    run(context);
  } catch (err) {
    // Whatever goes wrong on the page side, the page only ever sees one warning.
    const error = err instanceof Error ? err : new Error(String(err));
    console.warn(`[aisle] the widget could not start and stays off; the page is unaffected. ${error.message}`);
    context.queue.fail(error);
  }
}

function run({ base, config: initial, queue }: ClientContext): void {
  let config: AisleConfig = initial;
  const warned = new Set<string>();
  const warn = (message: string) => {
    if (warned.has(message)) return;
    warned.add(message);
    console.warn(`[aisle] ${message}`);
  };

  // User Timing marks let a merchant's RUM (and our benchmark) see where start-up time goes.
  performance.mark('aisle:client');
  const worker = startWorker(base);
  worker.addEventListener('error', (e) => {
    e.preventDefault();
    warn(`the worker failed (${e.message || 'script error'}); recommendations and chat are off for this visit`);
    queue.fail(new Error('Aisle worker failed to start'));
  });
  const api = Comlink.wrap<AisleWorkerApi>(worker);

  let variant = 'recommendations';
  const echo = cartEcho();
  const emit = <K extends HostEventName>(name: K, given: HostEventMap[K]) => {
    if (name === 'add-to-cart') echo.added((given as HostEventMap['add-to-cart']).productId);
    // The UI does not know the experiment group; the worker assigned it at init.
    const detail = name === 'impression' || name === 'recommendation-click' ? { ...given, variant } : given;
    queue.notify(name, detail);
    dispatchEvent(new CustomEvent(`aisle:${name}`, { detail }));
    if (config.analytics && (name === 'impression' || name === 'recommendation-click')) {
      // Anonymous and opt-in: strategy, product ids and the experiment variant, nothing about the shopper.
      const layer = ((window as unknown as { dataLayer?: unknown[] }).dataLayer ??= []);
      layer.push({ event: `aisle_${name.replace('-', '_')}`, aisle: detail });
    }
  };

  // Registered before init, so a storage failure while the index loads is heard too. Each problem is
  // one warning (the console is where the merchant learns why) and, when the widget lost something, one
  // `degraded` event (the page may want to know, e.g. to show its own search).
  api
    .watch(
      Comlink.proxy((notice: WorkerNotice) => {
        warn(notice.message);
        if (notice.kind === 'degraded') emit('degraded', { reason: notice.message });
      }),
    )
    .catch(() => undefined);

  const ui = mountUi(api, config, emit, warn);
  ui.preload();
  const track: ClientApi['track'] = (event) => api.track(event);

  const client: ClientApi = {
    track,
    recommend: (request) => api.recommend(request),
    ask: (text, options) => api.ask(text, options?.onToken ? Comlink.proxy(options.onToken) : undefined),
    open: async () => (await ui.panel()).open(),
    close: async () => (await ui.panel()).close(),
    profile: () => api.profile(),
    forget: () => api.forget(),
    configure: async (partial) => {
      const checked = checkConfigure(partial, warn);
      config = { ...config, ...checked, strings: { ...config.strings, ...(checked.strings ?? {}) } };
      await ui.reconfigure(config);
    },
  };

  const indexUrl = new URL(config.index, location.href).href;
  api
    .init({ indexUrl: indexUrl.endsWith('/') ? indexUrl : `${indexUrl}/`, assetBase: base, model: config.model, storage: config.storage, webgpu: config.webgpu, holdout: config.holdout, lang: config.lang })
    .then((status) => {
      variant = status.variant;
      queue.attach(client);
      queue.markReady();
      performance.mark('aisle:ready');
      emit('ready', { products: status.products });
      // Each in a task of its own, so none of the host page's tasks grows long (the page's own work and
      // input can run in between): capturing the page's events, then the launcher.
      // The shop's report of the widget's own add is not a second add (cart-echo.ts).
      const trackPage = (event: TrackEvent) => {
        if (!echo.isEcho(event)) void track(event).catch((err: Error) => warn(`an event from the page was not recorded: ${err.message}`));
      };
      setTimeout(() => capturePage(window, trackPage), 0);
      if (config.launcher) setTimeout(() => void ui.panel().catch((err: Error) => warn(`the panel could not be shown: ${err.message}`)), 0);
    })
    .catch((err: Error) => {
      warn(`the widget could not load its catalog index and stays off; the page is unaffected. ${err.message}`);
      queue.fail(err);
      worker.terminate();
    });
  // Slots mount now, not after init: their recommend() calls queue in the worker behind init, so
  // the UI chunk and the catalog head load side by side. A slot whose call fails renders nothing.
  ui.watchSlots();
}
