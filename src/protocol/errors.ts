// Protocol: error names that cross the worker boundary. Only name/message/stack survive structured
// cloning (see comlink), so callers switch on `name`, never on `instanceof`.

export const ERROR_NAMES = {
  badArgument: 'AisleArgumentError',
  indexFormat: 'AisleIndexFormatError',
  indexFetch: 'AisleIndexFetchError',
  storage: 'AisleStorageError',
  model: 'AisleModelError',
} as const;
export type AisleErrorName = (typeof ERROR_NAMES)[keyof typeof ERROR_NAMES];

export function aisleError(name: AisleErrorName, message: string): Error {
  const err = new Error(message);
  err.name = name;
  return err;
}
