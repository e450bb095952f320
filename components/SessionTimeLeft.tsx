/** Counts down to the session token's expiry, as the web app's own session would. */
import { useEffect, useRef, useState } from 'react';
import { t } from '@/lib/i18n';

const nowSeconds = () => Date.now() / 1000;

function formatMinutes(totalSeconds: number): string {
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}

export interface SessionTimeLeftProps {
  /** Unix seconds. */
  expiresAt: number;
  /** Called once when the countdown reaches zero (the web app may have renewed the token meanwhile). */
  onExpired?: () => void;
}

export function SessionTimeLeft({ expiresAt, onExpired }: SessionTimeLeftProps) {
  const [now, setNow] = useState(nowSeconds);
  const left = Math.max(0, Math.floor(expiresAt - now));
  const expired = left === 0;
  const onExpiredRef = useRef(onExpired);
  onExpiredRef.current = onExpired;

  useEffect(() => {
    if (expired) return;
    const timer = setInterval(() => setNow(nowSeconds()), 1000);
    return () => clearInterval(timer);
  }, [expired]);

  useEffect(() => {
    if (expired) onExpiredRef.current?.();
  }, [expired, expiresAt]);

  return (
    <span className={expired ? 'mfa-time-left mfa-time-left--expired' : 'mfa-time-left'}>
      {expired ? t('ui.session.expired') : t('ui.session.timeLeft', { time: formatMinutes(left) })}
    </span>
  );
}
