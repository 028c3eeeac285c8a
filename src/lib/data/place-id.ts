/** A place id: a lowercase slug (a-z, 0-9, single hyphens), at most 128 characters — the data's rule, checked once everywhere (data, URL, messages). */
const PLACE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const isPlaceId = (value: unknown): value is string => typeof value === 'string' && value.length <= 128 && PLACE_ID.test(value);
