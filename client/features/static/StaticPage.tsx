import {
  Heading1,
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

export interface Section {
  title: string;
  paragraphs?: string[];
  items?: string[];
}

/** A plain content page: title, lead, sections of paragraphs or bullet lists. */
export function StaticPage({
  title,
  intro,
  sections,
  children,
}: {
  title: string;
  intro: string;
  sections: Section[];
  children?: ReactNode;
}) {
  return (
    <article className="page page--narrow">
      <Heading1>{title}</Heading1>
      <Paragraph appearance="lead">{intro}</Paragraph>
      {sections.map((s) => (
        <section key={s.title}>
          <Heading2>{s.title}</Heading2>
          {s.paragraphs?.map((p) => (
            <Paragraph key={p}>{p}</Paragraph>
          ))}
          {s.items && (
            <UnorderedList>
              {s.items.map((i) => (
                <UnorderedListItem key={i}>{i}</UnorderedListItem>
              ))}
            </UnorderedList>
          )}
        </section>
      ))}
      {children}
    </article>
  );
}
