import { t } from '../../i18n/messages';
import { navigate } from '../../navigation';

function newDocumentId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(9));
  return Array.from(bytes, (b) => (b % 36).toString(36)).join('');
}

export function HomePage() {
  return (
    <main id="main" className="page page--narrow">
      <h1>{t.homeTitle}</h1>
      <p className="lead">{t.homeIntro}</p>
      <div className="actions">
        <button
          type="button"
          className="button button--primary"
          onClick={() => navigate(`/d/${newDocumentId()}`)}
        >
          {t.newDocument}
        </button>
        <a className="button button--secondary" href="/d/voorbeeld">
          {t.openExample}
        </a>
      </div>
    </main>
  );
}
