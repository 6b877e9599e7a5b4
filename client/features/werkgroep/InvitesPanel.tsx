import { FormLabel, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CreatedInvite, INVITE_LIMITS, type Invite } from '../../../shared/schemas/invite';
import { ROLES, type Role } from '../../../shared/schemas/member';
import { api } from '../../api/client';
import { useAction } from '../../api/useAction';
import { useResource } from '../../api/useResource';
import { useInviteLinks } from './inviteLinks';
import { useWerkgroep } from './WerkgroepContext';

const STATUS_KEYS = {
  valid: 'invites.statusValid',
  expired: 'invites.statusExpired',
  used_up: 'invites.statusUsedUp',
  revoked: 'invites.statusRevoked',
} as const;

/**
 * The facilitator makes invite links per role and withdraws them. Every link made on this device stays
 * in the list with its own copy button and QR code while it works (the server cannot show it again).
 */
export function InvitesPanel() {
  const { t, i18n } = useTranslation();
  const { detail } = useWerkgroep();
  const werkgroepId = detail.werkgroep.id;
  const [version, setVersion] = useState(0);
  const invites = useResource(`invites:${werkgroepId}:${version}`, () =>
    api('listInvites', { params: { werkgroepId } }),
  );
  const { links, add, keep } = useInviteLinks(werkgroepId);
  const [made, setMade] = useState<string | null>(null);
  const ids = { role: useId(), days: useId(), uses: useId() };
  const [form, setForm] = useState<{ role: Role; days: number; uses: number }>({
    role: 'bewoner' as Role,
    days: INVITE_LIMITS.defaultDays,
    uses: INVITE_LIMITS.defaultUses,
  });
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  // A link that no longer works (withdrawn, used up, expired) is not kept on this device.
  const working = invites.data?.filter((i) => i.status === 'valid').map((i) => i.id);
  const workingKey = working?.join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: workingKey stands for `working`.
  useEffect(() => {
    if (working) keep(working);
  }, [workingKey, keep]);

  const create = useAction(async () => {
    const result = await api('createInvite', {
      params: { werkgroepId },
      body: { role: form.role, expiresInDays: form.days, maxUses: form.uses },
    });
    add(result.invite.id, result.url);
    setMade(t('invites.made', { role: t(`roles.${result.invite.role}`) }));
    setVersion((v) => v + 1);
  });
  const { error } = create;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMade(null);
    void create.run();
  };

  return (
    <section aria-labelledby="invites-title" className="panel">
      <Heading2 id="invites-title">{t('invites.title')}</Heading2>
      <Paragraph>{t('invites.intro')}</Paragraph>
      <form className="form-row" onSubmit={submit}>
        <div className="form-row__field">
          <FormLabel htmlFor={ids.role}>{t('invites.role')}</FormLabel>
          <select
            id={ids.role}
            className="utrecht-select utrecht-select--html-select"
            value={form.role}
            onChange={(e) => setForm({ ...form, role: e.target.value as Role })}
          >
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="form-row__field form-row__field--small">
          <FormLabel htmlFor={ids.days}>{t('invites.days')}</FormLabel>
          <input
            id={ids.days}
            className="utrecht-textbox utrecht-textbox--html-input"
            type="number"
            min={1}
            max={INVITE_LIMITS.maxDays}
            value={form.days}
            onChange={(e) => setForm({ ...form, days: Number(e.target.value) })}
          />
        </div>
        <div className="form-row__field form-row__field--small">
          <FormLabel htmlFor={ids.uses}>{t('invites.uses')}</FormLabel>
          <input
            id={ids.uses}
            className="utrecht-textbox utrecht-textbox--html-input"
            type="number"
            min={1}
            max={INVITE_LIMITS.maxUses}
            value={form.uses}
            onChange={(e) => setForm({ ...form, uses: Number(e.target.value) })}
          />
        </div>
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          {t('invites.create')}
        </button>
      </form>
      <div role="status">
        {error && <Paragraph className="form-error">{error}</Paragraph>}
        {made && <Paragraph>{made}</Paragraph>}
      </div>
      {invites.state === 'ready' && invites.data.length > 0 && (
        <>
          <Heading3>{t('invites.listTitle')}</Heading3>
          <Paragraph className="muted">{t('invites.keptHere')}</Paragraph>
          <ul className="member-list">
            {invites.data.map((inv: Invite) => (
              <li key={inv.id} className="member-list__item invite-row">
                <span>
                  {t('invites.status', {
                    role: t(`roles.${inv.role}`),
                    status: t(STATUS_KEYS[inv.status]),
                    uses: inv.uses,
                    max: inv.maxUses,
                    date: date.format(new Date(inv.expiresAt)),
                  })}
                </span>
                {inv.status === 'valid' && (
                  <button
                    type="button"
                    className="utrecht-button utrecht-button--subtle"
                    onClick={() =>
                      void api('revokeInvite', { params: { werkgroepId, inviteId: inv.id } }).then(() =>
                        setVersion((v) => v + 1),
                      )
                    }
                  >
                    {t('invites.revoke')}
                  </button>
                )}
                {inv.status === 'valid' && links[inv.id] && (
                  <InviteLink url={links[inv.id] ?? ''} role={inv.role} />
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** The new link, once (the admin's facilitator link): as text to copy and as a QR code to scan. */
export function CreatedLink({ created, note }: { created: CreatedInvite; note?: string }) {
  const { t } = useTranslation();
  return (
    <div className="invite-link" aria-live="polite">
      <Heading3>{t('invites.createdTitle', { role: t(`roles.${created.invite.role}`) })}</Heading3>
      <Paragraph>{note ?? t('invites.once')}</Paragraph>
      <InviteLink url={created.url} role={created.invite.role} />
    </div>
  );
}

/** One invite link: the address, a button that copies it, and a QR code to scan in the room. */
function InviteLink({ url, role }: { url: string; role: Invite['role'] }) {
  const { t } = useTranslation();
  const [qr, setQr] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    let live = true;
    void import('qrcode').then((QRCode) =>
      QRCode.toDataURL(url, { margin: 1, width: 240, errorCorrectionLevel: 'M' }).then(
        (data) => live && setQr(data),
      ),
    );
    return () => {
      live = false;
    };
  }, [url]);
  const roleName = t(`roles.${role}`);
  return (
    <div className="invite-link__body">
      <p className="invite-link__url">
        <code data-testid="invite-url">{url}</code>
      </p>
      <button
        type="button"
        className="utrecht-button utrecht-button--secondary-action"
        onClick={() =>
          void navigator.clipboard.writeText(url).then(
            () => setCopied(true),
            () => setCopied(false),
          )
        }
      >
        {copied ? t('invites.copied') : t('invites.copy')}
        <span className="visually-hidden"> ({roleName})</span>
      </button>
      {qr && (
        <img
          className="invite-link__qr"
          src={qr}
          alt={t('invites.qrAltFor', { role: roleName })}
          width={240}
          height={240}
        />
      )}
    </div>
  );
}
