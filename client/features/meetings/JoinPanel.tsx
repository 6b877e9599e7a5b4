import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pagePath, SECRET_PAGES } from '../../../shared/api/pages';

/** The address people type: without the scheme it is shorter to read from a wall. */
export const joinAddress = () => `${window.location.host}/join`;
export const joinUrl = (code: string) =>
  `${window.location.origin}${pagePath(SECRET_PAGES.joinCode, { code })}`;

/**
 * For whoever is not in yet: the meeting's short code, the address to type it at, and a QR code that
 * opens the join page with the code filled in. The code works only while the meeting runs.
 */
export function JoinPanel({ code, size }: { code: string; size: 'large' | 'small' }) {
  const { t } = useTranslation();
  const [qr, setQr] = useState<string | null>(null);
  const px = size === 'large' ? 600 : 200;
  useEffect(() => {
    let live = true;
    void import('qrcode').then((QRCode) =>
      QRCode.toDataURL(joinUrl(code), { margin: 1, width: px, errorCorrectionLevel: 'M' }).then(
        (url) => live && setQr(url),
      ),
    );
    return () => {
      live = false;
    };
  }, [code, px]);
  return (
    <div className={`join-panel join-panel--${size}`}>
      <p className="join-panel__how">{t('meetings.joinPanel.how', { address: joinAddress() })}</p>
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
