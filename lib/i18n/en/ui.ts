/** English: ui. */
export const ui = {
} as const;
