/** English: request. */
export const request = {
} as const;
