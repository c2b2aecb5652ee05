// Assistant, understanding: example sentences per intent. With an encoder loaded, a message whose lexical
// guess is weak takes the intent of its nearest prototype when the cosine clears a threshold.
import type { Intent } from './intent.ts';

export const INTENT_PROTOTYPES: Record<Intent, string[]> = {
  'product-search': [
    'I am looking for running shoes', 'show me red dresses under 50 dollars', 'do you have waterproof jackets',
    'a gift for my dad who likes cooking', 'something for a runner', 'recommend a good laptop', 'cheap phone cases',
    'I need a new pair of sneakers in size 42',
  ],
  'product-question': [
    'is this available in blue', 'what material is it made of', 'how much does this cost', 'does it come in size M',
    'is this one in stock', 'what colours does it come in', 'what is the price of this item', 'does this fit true to size',
  ],
  compare: [
    'compare these two', 'what is the difference between these', 'which one is better', 'this one versus that one',
    'how do they compare', 'which is cheaper of the two',
  ],
  policy: [
    'what is your return policy', 'how long does shipping take', 'do you ship internationally', 'is there a warranty',
    'can I exchange an item', 'what payment methods do you accept', 'how much is delivery', 'how do returns work',
  ],
  'order-status': [
    'where is my order', 'I want to cancel my order', 'I need a refund for my purchase', 'track my package',
    'my parcel has not arrived', 'I was charged twice', 'can I change my order', 'I need the invoice for my order',
  ],
  account: [
    'I forgot my password', 'how do I create an account', 'delete my account', 'change my shipping address',
    'unsubscribe me from the newsletter', 'I cannot log in',
  ],
  'contact-human': [
    'I want to talk to a person', 'connect me with an agent', 'can I speak to customer service', 'I need a human',
    'how do I contact you', 'I want to make a complaint', 'let me talk to a real person',
  ],
  greeting: ['hi', 'hello there', 'good morning', 'hey how are you'],
  thanks: ['thank you', 'thanks a lot that helps', 'great thanks', 'bye'],
  'out-of-scope': [
    'what is the weather today', 'tell me a joke', 'who is the president', 'write me a poem', 'what is the meaning of life',
    'help me with my homework',
  ],
};
