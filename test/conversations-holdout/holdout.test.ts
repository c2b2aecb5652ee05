// Held-out conversations through the built widget in real Chromium, on a shop nobody developing the
// assistant runs against (Hob & Hearth, test/fixtures/shops/homeware/). A measurement, not a regression
// test: a wrong answer is counted in the table (printed, and written to bench-results/eval-chat-holdout.json),
// never a failure; only the harness fails (holdout-suite.ts).
import { join } from 'node:path';
import { ROOT } from '../conversations/runner/start-shop.ts';
import { HOLDOUT_CONVERSATIONS, HOLDOUT_SHOPS } from './holdout-conversations.ts';
import { describeHoldout } from './holdout-suite.ts';

describeHoldout({ name: 'held-out', shop: HOLDOUT_SHOPS[0]!, conversations: HOLDOUT_CONVERSATIONS, report: join(ROOT, 'bench-results/eval-chat-holdout.json'), probe: 'kettles' });
