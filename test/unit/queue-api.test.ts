import { describe, expect, it, vi } from 'vitest';
import { createQueueApi } from '../../src/loader/queue-api.ts';
import type { ClientApi } from '../../src/protocol/public-api.ts';

function fakeClient(log: string[]): ClientApi {
  const record = (name: string) => async (...args: unknown[]) => {
    log.push(`${name}:${JSON.stringify(args)}`);
    return name === 'recommend' ? [{ id: '1' }] : undefined;
  };
  return {
    track: record('track'),
    recommend: record('recommend'),
    ask: record('ask'),
    open: record('open'),
    close: record('close'),
    profile: record('profile'),
    forget: record('forget'),
    configure: record('configure'),
  } as unknown as ClientApi;
}

describe('the Aisle API queue', () => {
  it('queues calls made before the widget loads and replays them in order', async () => {
    const log: string[] = [];
    const start = vi.fn();
    const q = createQueueApi('1.0.0', start);
    const tracked = q.api.track({ type: 'view', productId: '7' });
    const recommended = q.api.recommend({ strategy: 'trending' });
    expect(start).toHaveBeenCalled();
    expect(log).toEqual([]);
    q.attach(fakeClient(log));
    await tracked;
    expect(await recommended).toEqual([{ id: '1' }]);
    expect(log).toEqual(['track:[{"type":"view","productId":"7"}]', 'recommend:[{"strategy":"trending"}]']);
  });

  it('replays calls an analytics-style snippet pushed to Aisle.q before the script ran', async () => {
    const log: string[] = [];
    const resolved = vi.fn();
    const earlier = [['track', [{ type: 'cart', productId: '3' }], resolved], ['not-a-method', []], 'junk'];
    const q = createQueueApi('1.0.0', () => undefined, earlier);
    q.attach(fakeClient(log));
    await Promise.resolve();
    await new Promise((r) => setTimeout(r, 0));
    expect(log).toEqual(['track:[{"type":"cart","productId":"3"}]']);
    expect(resolved).toHaveBeenCalled();
  });

  it('rejects queued and later calls with the start-up error, and ready rejects', async () => {
    const q = createQueueApi('1.0.0', () => undefined);
    const pending = q.api.profile();
    q.fail(new Error('index missing'));
    await expect(pending).rejects.toThrow('index missing');
    await expect(q.api.track({ type: 'view', productId: '1' })).rejects.toThrow('index missing');
    await expect(q.api.ready).rejects.toThrow('index missing');
  });

  it('resolves ready and calls Aisle.on handlers, isolating one that throws', async () => {
    const q = createQueueApi('1.0.0', () => undefined);
    const seen: unknown[] = [];
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    q.api.on('add-to-cart', () => {
      throw new Error('merchant bug');
    });
    const off = q.api.on('add-to-cart', (d) => seen.push(d));
    q.notify('add-to-cart', { productId: '9', quantity: 1, source: 'chat' });
    off();
    q.notify('add-to-cart', { productId: '10', quantity: 1, source: 'chat' });
    expect(seen).toEqual([{ productId: '9', quantity: 1, source: 'chat' }]);
    expect(errors).toHaveBeenCalledTimes(2);
    errors.mockRestore();
    q.markReady();
    await expect(q.api.ready).resolves.toBeUndefined();
  });

  it('refuses a handler that is not a function, naming the event', () => {
    const q = createQueueApi('1.0.0', () => undefined);
    expect(() => q.api.on('open', 'nope' as never)).toThrow("Aisle.on('open', handler): handler must be a function");
  });
});
