// CLI NLU: what each CLINC150 intent is to a shop assistant: one of ours (its utterances train that class),
// out of scope (they train the 'oos' class: banking, travel, cars, cooking, small talk about the assistant's
// hobbies...), or left out because a shop might well answer it (a declined card, "order me more") and
// calling it out of scope would teach the model to refuse real shoppers.
import type { IntentId } from '../../worker/assistant/understand/intent-taxonomy.ts';

export const CLINC_AS_OURS: Record<string, IntentId> = {
  greeting: 'greeting',
  goodbye: 'goodbye',
  thank_you: 'thanks',
  order_status: 'track-order',
  are_you_a_bot: 'store-info',
  what_can_i_ask_you: 'store-info',
};

export const CLINC_LEFT_OUT = new Set([
  'cancel', 'yes', 'no', 'maybe', 'repeat', 'order', 'shopping_list', 'shopping_list_update', 'card_declined',
  'redeem_rewards', 'rewards_balance', 'change_user_name', 'user_name', 'account_blocked', 'pin_change', 'freeze_account',
  'replacement_card_duration', 'damaged_card', 'new_card', 'report_lost_card', 'expiration_date', 'report_fraud',
  'transactions', 'spending_history', 'bill_balance', 'bill_due', 'pay_bill', 'change_language', 'directions', 'how_busy',
  'measurement_conversion', 'nutrition_info', 'calories', 'ingredients_list', 'who_do_you_work_for', 'what_is_your_name',
  'who_made_you', 'application_status', 'balance', 'transfer', 'exchange_rate', 'international_fees', 'time', 'date',
  'current_location', 'distance', 'timezone',
]);

/** Our class for a CLINC label, 'oos' for out of scope, or null when left out. */
export function clincRole(label: string): IntentId | 'oos' | null {
  if (label === 'oos') return 'oos';
  if (CLINC_LEFT_OUT.has(label)) return null;
  return CLINC_AS_OURS[label] ?? 'oos';
}
