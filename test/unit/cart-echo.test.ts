// Unit: the shop's dataLayer report of the widget's own add-to-cart is recognised once, for a while.
import { describe, expect, it } from 'vitest';
import { cartEcho } from '../../src/loader/client/cart-echo.ts';

describe('cartEcho', () => {
  it('matches the shop\'s report of a widget add once, only for that product and only soon after', () => {
    let now = 1_000;
    const echo = cartEcho(() => now);
    echo.added('p1');
    expect(echo.isEcho({ type: 'view', productId: 'p1' })).toBe(false);
    expect(echo.isEcho({ type: 'cart', productId: 'p2', quantity: 1 })).toBe(false);
    now += 2_000;
    expect(echo.isEcho({ type: 'cart', productId: 'p1', quantity: 1 })).toBe(true);
    // A second add of the same product by the shopper on the page is a real one.
    expect(echo.isEcho({ type: 'cart', productId: 'p1', quantity: 1 })).toBe(false);
    echo.added('p3');
    now += 60_000;
    expect(echo.isEcho({ type: 'cart', productId: 'p3', quantity: 1 })).toBe(false);
  });
});
