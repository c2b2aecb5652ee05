// Conversation checks: every expectation builder and product reference, for the conversation files.
export * from './action-expectations.ts';
export * from './faq-expectations.ts';
export * from './language-expectations.ts';
export * from './product-expectations.ts';
export * from './reference-expectations.ts';
export * from './text-expectations.ts';
export { byTitle, cheaperOf, focused, pick, previous } from '../product-refs.ts';
