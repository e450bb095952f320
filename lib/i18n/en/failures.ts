/** English: failures. */
export const failures = {
} as const;
