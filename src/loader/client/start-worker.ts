// Client (on the page): starts the worker. A worker script on another origin (the widget on a CDN)
// cannot be started directly (SecurityError), so a same-origin blob: module imports it by absolute URL.
// On pages that enforce Trusted Types (`require-trusted-types-for 'script'`) a Worker takes only a
// TrustedScriptURL: the widget's own policy, named `aisle`, passes exactly the URLs made here.
import workerUrl from '../../worker/index.ts?worker&url';

/** The policy name pages list in their CSP: `trusted-types aisle`. */
export const TRUSTED_TYPES_POLICY = 'aisle';

interface ScriptUrlPolicy {
  createScriptURL(url: string): unknown;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): ScriptUrlPolicy;
}

/** The worker URLs the policy passes: the worker itself and the bootstrap blob made for it, nothing else. */
const ownUrls = new Set<string>();
let policy: ScriptUrlPolicy | null | undefined;

/** A value `new Worker` accepts on this page: the URL itself, or a TrustedScriptURL when the page asks for one. */
function scriptUrl(url: string): string {
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!factory) return url;
  if (policy === undefined) {
    try {
      policy = factory.createPolicy(TRUSTED_TYPES_POLICY, {
        createScriptURL(candidate) {
          if (ownUrls.has(candidate)) return candidate;
          throw new TypeError(`[aisle] the '${TRUSTED_TYPES_POLICY}' Trusted Types policy passes only the widget's own worker, not ${candidate}`);
        },
      });
    } catch {
      // The page's `trusted-types` directive does not list 'aisle' (or lists it without 'allow-duplicates'
      // and another copy made it): fall back to the plain URL, which works unless Trusted Types are enforced.
      policy = null;
    }
  }
  return policy ? (policy.createScriptURL(url) as string) : url;
}

/** Writes a JS string literal without the page's JSON (a hostile or old page may have replaced it). */
function quote(text: string): string {
  return `"${text.replace(/[\\"\u0000-\u001f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}"`;
}

export function startWorker(base: string): Worker {
  const url = new URL(workerUrl, base).href;
  ownUrls.add(url);
  try {
    if (new URL(url).origin === location.origin) return new Worker(scriptUrl(url), { type: 'module', name: 'aisle' });
    // A sandboxed page (opaque origin, `self.origin === 'null'`): Chromium cannot start a blob: *module*
    // worker there, but a classic one can import() the module. A classic worker drops messages nobody
    // listens to yet, so the bootstrap holds the page's first calls until the module has exposed the API;
    // an import failure is rethrown as the worker's error event (one warning from the client).
    const opaque = (globalThis as { origin?: string }).origin === 'null';
    const source = opaque
      ? `const early = []; const hold = (e) => early.push(e); addEventListener('message', hold);
import(${quote(url)}).then(() => {
  removeEventListener('message', hold);
  for (const e of early) dispatchEvent(new MessageEvent('message', { data: e.data, ports: [...e.ports] }));
}, (e) => setTimeout(() => { throw e; }));`
      : `import ${quote(url)};`;
    const bootstrap = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
    ownUrls.add(bootstrap);
    const worker = new Worker(scriptUrl(bootstrap), opaque ? { name: 'aisle' } : { type: 'module', name: 'aisle' });
    // The blob is only needed to start; revoking it later keeps no object URL alive for the page's lifetime.
    setTimeout(() => {
      URL.revokeObjectURL(bootstrap);
      ownUrls.delete(bootstrap);
    }, 30_000);
    return worker;
  } catch (err) {
    const trusted = /TrustedScriptURL|Trusted ?Types/i.test(String((err as Error)?.message));
    throw new Error(
      trusted
        ? `this page enforces Trusted Types; add the widget's policy to its Content-Security-Policy: trusted-types ${TRUSTED_TYPES_POLICY} (see the README's CSP section)`
        : `the worker could not be created (${(err as Error)?.message}); check the page's Content-Security-Policy worker-src (see the README's CSP section)`,
    );
  }
}
