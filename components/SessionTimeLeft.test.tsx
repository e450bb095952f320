import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SessionTimeLeft } from './SessionTimeLeft';

const START = Date.UTC(2025, 0, 1, 9, 0, 0);
const startSeconds = START / 1000;

describe('SessionTimeLeft', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(START);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('counts down every second from the token’s expiry', () => {
    render(<SessionTimeLeft expiresAt={startSeconds + 65} />);
    expect(screen.getByText('1:05 left')).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(6_000));
    expect(screen.getByText('0:59 left')).toBeInTheDocument();
  });

  it('turns to "expired" at zero and reports it once', () => {
    const onExpired = vi.fn();
    render(<SessionTimeLeft expiresAt={startSeconds + 2} onExpired={onExpired} />);
    expect(onExpired).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(2_000));
    expect(screen.getByText('expired')).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(10_000));
    expect(onExpired).toHaveBeenCalledTimes(1);
  });

  it('starts counting again when the token is renewed', () => {
    const onExpired = vi.fn();
    const { rerender } = render(<SessionTimeLeft expiresAt={startSeconds - 1} onExpired={onExpired} />);
    expect(screen.getByText('expired')).toBeInTheDocument();
    rerender(<SessionTimeLeft expiresAt={startSeconds + 15 * 60} onExpired={onExpired} />);
    expect(screen.getByText('15:00 left')).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(1_000));
    expect(screen.getByText('14:59 left')).toBeInTheDocument();
    expect(onExpired).toHaveBeenCalledTimes(1);
  });
});
