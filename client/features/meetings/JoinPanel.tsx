import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pagePath, SECRET_PAGES } from '../../../shared/api/pages';
import { isLoopbackHost, type JoinAddress } from '../../../shared/net/joinAddress';
import { api } from '../../api/client';
import { useResource } from '../../api/useResource';

/** Until the server has said which address others use: the one this browser used. */
const thisBrowser = (): JoinAddress => ({
  origin: window.location.origin,
  source: 'request',
  loopback: isLoopbackHost(window.location.hostname),
});

/** The address people on other devices open (the server knows it: PUBLIC_URL, or its LAN address). */
function useJoinAddress(): JoinAddress {
  return useResource('join-address', () => api('getJoinAddress', {})).data ?? thisBrowser();
}

/** The address people type: without the scheme it is shorter to read from a wall. */
export const joinAddress = (origin: string) => `${new URL(origin).host}/join`;
export const joinUrl = (origin: string, code: string) =>
  `${origin}${pagePath(SECRET_PAGES.joinCode, { code })}`;

/**
 * For whoever is not in yet: the meeting's short code, the address to type it at, and a QR code that
 * opens the join page with the code filled in. The code works only while the meeting runs.
 */
export function JoinPanel({
  code,
  size,
  warnLoopback = false,
}: {
  code: string;
  size: 'large' | 'small';
  /** On the console: say so when the address shown works on this computer only. */
  warnLoopback?: boolean;
}) {
  const { t } = useTranslation();
  const address = useJoinAddress();
  const [qr, setQr] = useState<string | null>(null);
  const px = size === 'large' ? 600 : 200;
  useEffect(() => {
    let live = true;
    void import('qrcode').then((QRCode) =>
      QRCode.toDataURL(joinUrl(address.origin, code), {
        margin: 1,
        width: px,
        errorCorrectionLevel: 'M',
      }).then((url) => live && setQr(url)),
    );
    return () => {
      live = false;
    };
  }, [address.origin, code, px]);
  return (
    <div className={`join-panel join-panel--${size}`}>
      {warnLoopback && address.loopback && (
        <div className="join-panel__warning" role="note">
          <p>{t('meetings.joinPanel.loopback', { address: joinAddress(address.origin) })}</p>
          <p>{t('meetings.joinPanel.loopbackFix')}</p>
        </div>
      )}
      <p className="join-panel__how">
        {t('meetings.joinPanel.how', { address: joinAddress(address.origin) })}
      </p>
      <p className="join-panel__code">
        {/* Read out letter by letter: a screen reader would try to pronounce "KDMQ7X" as a word. */}
        <span aria-hidden="true" data-code={code}>
          {code}
        </span>
        <span className="visually-hidden">
          {t('meetings.joinPanel.codeLabel', { code: code.split('').join(' ') })}
        </span>
      </p>
      {qr && <img className="join-panel__qr" src={qr} alt={t('meetings.joinPanel.qrAlt')} />}
    </div>
  );
}
