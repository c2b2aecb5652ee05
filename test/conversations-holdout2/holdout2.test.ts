// Second held-out conversations through the built widget in real Chromium, on a shop nobody developing
// the assistant has run against (Maple & Mutt, test/fixtures/shops/pets/). A measurement, not a regression
// test: a wrong answer is counted in the table (printed, and written to bench-results/eval-chat-holdout2.json),
// never a failure; only the harness fails. The suite, runner and report are the first held-out set's.
import { join } from 'node:path';
import { ROOT } from '../conversations/runner/start-shop.ts';
import { describeHoldout } from '../conversations-holdout/holdout-suite.ts';
import { HOLDOUT2_CONVERSATIONS, HOLDOUT2_SHOPS } from './holdout2-conversations.ts';

describeHoldout({ name: 'second held-out', shop: HOLDOUT2_SHOPS[0]!, conversations: HOLDOUT2_CONVERSATIONS, report: join(ROOT, 'bench-results/eval-chat-holdout2.json'), probe: 'dog food' });
