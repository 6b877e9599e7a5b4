import { useTranslation } from 'react-i18next';
import type { Actie } from '../../../shared/uitvoering/actie';
import type { ThemeGroup } from '../../../shared/uitvoering/timeline';
import type { Voortgang } from '../../../shared/uitvoering/voortgang';
import { ActieItem } from './ActieItem';

/**
 * The timeline as a list (the primary view, for every screen and screen reader): a section per theme,
 * each actie in order of its start date with its status badge.
 */
export function ActieList({
  groups,
  updatesOf,
  onEdit,
}: {
  groups: readonly ThemeGroup[];
  updatesOf: (actieId: string) => readonly Voortgang[];
  onEdit: (actie: Actie) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="actie-groups">
      {groups.map((g) => {
        const name = g.theme ? t(`network.themes.${g.theme}`) : t('uitvoering.noTheme');
        const id = `thema-${g.theme ?? 'geen'}`;
        return (
          <section key={id} className="actie-group" aria-labelledby={id}>
            <h2 id={id} className="utrecht-heading-2 actie-group__title">
              {name}{' '}
              <span className="actie-group__count">
                ({t('uitvoering.themeCount', { count: g.acties.length })})
              </span>
            </h2>
            <ol className="actie-group__list">
              {g.acties.map((a) => (
                <li key={a.id}>
                  <ActieItem actie={a} updates={updatesOf(a.id)} onEdit={onEdit} />
                </li>
              ))}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
