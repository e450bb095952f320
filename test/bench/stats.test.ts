import { describe, expect, it } from 'vitest';
import { median, ratio, round } from './stats';

describe('median', () => {
  it('takes the middle value of an odd count, whatever the order', () => {
    expect(median([9, 1, 5])).toBe(5);
  });

  it('averages the two middle values of an even count', () => {
    expect(median([4, 1, 3, 10])).toBe(3.5);
  });

  it('is not moved by one outlier, unlike the mean', () => {
    expect(median([10, 11, 12, 10_000])).toBe(11.5);
  });

  it('refuses an empty list', () => {
    expect(() => median([])).toThrow();
  });
});

describe('ratio', () => {
  it('divides the subject by the baseline', () => {
    expect(ratio(150, 100)).toBe(1.5);
  });

  it('refuses a zero or negative baseline', () => {
    expect(() => ratio(1, 0)).toThrow();
    expect(() => ratio(1, -2)).toThrow();
  });
});

describe('round', () => {
  it('keeps the given number of digits', () => {
    expect(round(1.23456, 3)).toBe(1.235);
    expect(round(2.5)).toBe(2.5);
  });
});
