// UI: the panel's "Your data" tab: what the worker keeps about the shopper (api.profile()), readable,
// with product ids shown as titles, and a one-click erase (api.forget()) that reloads the view.
import { useEffect, useState } from 'preact/hooks';
import type { EventType } from '../protocol/events.ts';
import type { ShopperProfile } from '../protocol/worker-api.ts';
import type { Strings } from './strings.ts';
import { useUi } from './ui-context.ts';

const EVENT_LABEL: Record<EventType, keyof Strings> = {
  view: 'eventView',
  click: 'eventClick',
  cart: 'eventCart',
  purchase: 'eventPurchase',
  search: 'eventSearch',
  dismiss: 'eventDismiss',
};
/** The view lists the newest events; the full history stays readable through `Aisle.profile()`. */
const SHOWN_EVENTS = 30;

function Section({ title, items }: { title: string; items: string[] }) {
  const { t } = useUi();
  return (
    <section class={`data-section${items.length ? '' : ' is-empty'}`}>
      <h3>
        {title} <span class="count">{items.length}</span>
      </h3>
      {items.length ? (
        <ul class="chips">
          {items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      ) : (
        <p class="muted">{t.dataNone}</p>
      )}
    </section>
  );
}

function Affinities({ title, rows }: { title: string; rows: Array<{ name: string; weight: number }> }) {
  const { t } = useUi();
  const max = Math.max(...rows.map((r) => r.weight), 1e-9);
  return (
    <section class={`data-section${rows.length ? '' : ' is-empty'}`}>
      <h3>{title}</h3>
      {rows.length ? (
        <ul class="bars">
          {rows.slice(0, 6).map((r) => (
            <li key={r.name}>
              <span class="bar-name">{r.name}</span>
              <span class="bar" aria-hidden="true">
                <span style={{ width: `${Math.max(4, Math.round((r.weight / max) * 100))}%` }} />
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{t.dataNone}</p>
      )}
    </section>
  );
}

export function DataView({ reloadKey, onErased }: { reloadKey: number; onErased: () => void }) {
  const { api, t, config } = useUi();
  const [profile, setProfile] = useState<ShopperProfile | null>(null);
  const [titles, setTitles] = useState<Map<string, string>>(new Map());
  const [notice, setNotice] = useState('');
  const [erasing, setErasing] = useState(false);

  useEffect(() => {
    let live = true;
    void (async () => {
      const p = await api.profile();
      const ids = [...new Set([...p.events.slice(-SHOWN_EVENTS).map((e) => e.productId), ...p.cart, ...p.dismissed].filter((id): id is string => !!id))];
      const found = await Promise.all(ids.map((id) => api.product(id).catch(() => undefined)));
      if (!live) return;
      setTitles(new Map(found.flatMap((f) => (f ? [[f.id, f.title] as [string, string]] : []))));
      setProfile(p);
    })().catch(() => live && setNotice(t.loadFailed));
    return () => {
      live = false;
    };
  }, [reloadKey]);

  const erase = async () => {
    setErasing(true);
    try {
      await api.forget();
      setNotice(t.erased);
      onErased();
    } catch {
      setNotice(t.loadFailed);
    } finally {
      setErasing(false);
    }
  };

  const name = (id: string) => titles.get(id) ?? id;
  const time = new Intl.DateTimeFormat(config.lang, { dateStyle: 'short', timeStyle: 'short' });
  const events = profile ? profile.events.slice(-SHOWN_EVENTS).reverse() : [];

  return (
    <div class="view data">
      <p class="muted">{t.dataIntro}</p>
      <p class="notice" role="status">
        {notice}
      </p>
      {profile && (
        <>
          <p class="storage">{profile.storage === 'indexeddb' ? t.dataStorageDevice : t.dataStorageMemory}</p>
          <section class={`data-section${events.length ? '' : ' is-empty'}`}>
            <h3>
              {t.dataEvents} <span class="count">{profile.events.length}</span>
            </h3>
            {events.length ? (
              <ul class="events">
                {events.map((e, i) => (
                  <li key={i}>
                    <span class="event-type">{t[EVENT_LABEL[e.type]]}</span>
                    <span class="event-what">{e.query ?? (e.productId ? name(e.productId) : '')}</span>
                    <time class="muted">{time.format(e.at)}</time>
                  </li>
                ))}
              </ul>
            ) : (
              <p class="muted">{t.dataNone}</p>
            )}
          </section>
          <Affinities title={t.dataCategories} rows={profile.categories} />
          <Affinities title={t.dataBrands} rows={profile.brands} />
          <Section title={t.dataSearches} items={profile.recentSearches} />
          <Section title={t.dataCart} items={profile.cart.map(name)} />
          <Section title={t.dataDismissed} items={profile.dismissed.map(name)} />
          <Section title={t.dataChat} items={profile.chat.map((m) => `${m.role === 'shopper' ? t.you : t.assistant}: ${m.text}`)} />
        </>
      )}
      <button type="button" class="btn btn-danger" onClick={erase} disabled={erasing}>
        {t.erase}
      </button>
    </div>
  );
}
