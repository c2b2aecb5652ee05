// Intent models: the one normaliser both intent models read their text through, in training and in the
// worker, so a message is folded the same way the training utterances were.
//
// Entity values become the words of their type: a dataset's placeholder "{{Order Number}}" and a shopper's
// "#A12345" both read "order number"-like text, so a model trained on one release of a dataset (no
// placeholders) is not thrown by another (placeholders everywhere), nor by a real order number.

/** `{{Order Number}}`, `{{ORDER_NUMBER}}`, `{{Order-Number}}` → "order number". */
const PLACEHOLDER = /\{\{\s*([^{}]{1,40}?)\s*\}\}/g;
/** Order numbers, phone numbers, tracking codes: "#A123", "12345", "555-123-4567" (4+ digits, or after '#'). */
const CODE = /(?<![\p{L}\p{N}#$€£.,])(?:#[\p{L}\p{N}-]*\p{N}[\p{L}\p{N}-]*|(?=(?:[\p{L}-]*\p{N}){4})[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*)(?![\p{L}\p{N}])/gu;

export function normalizeUtterance(text: string): string {
  return text
    .normalize('NFKC')
    .replace(PLACEHOLDER, (_, label: string) => ` ${label.replace(/[_-]+/g, ' ').toLowerCase()} `)
    .replace(CODE, ' number ')
    // "#{{Invoice Number}}" leaves a bare '#'.
    .replace(/#(?=\s)/g, ' ')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}
