import { type Language, t } from '../../../../shared/i18n/translate';
import { QUESTION_LIMITS } from '../../../../shared/wijkpagina/question';
import { esc } from '../../../export/html';
import { type PagePart, publicId } from '../context';
import { FORM_TOKEN_SLOT } from '../formToken';
import { dateText } from '../html';

interface PublishedAnswer {
  id: string;
  question: string;
  answer: string;
  answeredAt: number;
}

/** What the form shows: the token, and after a refusal what was written and why. */
export interface FormState {
  action: string;
  token: string;
  lang: Language;
  values?: { question: string; name: string; contact: string };
  error?: string;
}

/** The question form: a plain POST that works without JavaScript. `website` is a honeypot for robots. */
export function questionForm(s: FormState): string {
  const tr = (k: Parameters<typeof t>[1]) => esc(t(s.lang, k));
  const v = s.values ?? { question: '', name: '', contact: '' };
  const error = s.error
    ? `<div class="alert" role="alert" id="vraag-fout"><p><strong>${tr('wijkpagina.vragen.errorTitle')}</strong></p><p>${esc(s.error)}</p></div>`
    : '';
  const described = s.error ? ' aria-describedby="vraag-fout"' : '';
  return `<form method="post" action="${esc(s.action)}" class="ask">${error}
<input type="hidden" name="token" value="${s.token === FORM_TOKEN_SLOT ? FORM_TOKEN_SLOT : esc(s.token)}">
<div class="field"><label for="vraag">${tr('wijkpagina.vragen.question')}</label>
<textarea id="vraag" name="question" rows="5" required minlength="${QUESTION_LIMITS.textMin}" maxlength="${QUESTION_LIMITS.textMax}"${described}>${esc(v.question)}</textarea></div>
<div class="field"><label for="naam">${tr('wijkpagina.vragen.name')}</label>
<input id="naam" name="name" autocomplete="name" maxlength="${QUESTION_LIMITS.nameMax}" value="${esc(v.name)}"></div>
<div class="field"><label for="contact">${tr('wijkpagina.vragen.contact')}</label>
<p class="hint" id="contact-uitleg">${tr('wijkpagina.vragen.contactNote')}</p>
<input id="contact" name="contact" autocomplete="email" maxlength="${QUESTION_LIMITS.contactMax}" aria-describedby="contact-uitleg" value="${esc(v.contact)}"></div>
<div class="hp" aria-hidden="true"><label for="website">${tr('wijkpagina.vragen.honeypot')}</label><input id="website" name="website" tabindex="-1" autocomplete="off"></div>
<button type="submit">${tr('wijkpagina.vragen.send')}</button></form>`;
}

/** Published answers to residents' questions (never the name or contact), and the form. */
export const vragenPart: PagePart<{ answers: PublishedAnswer[]; form: FormState }> = {
  async load({ deps, werkgroep, lang, pageUrl, form: refused }) {
    const answers = (await deps.storage.listQuestions(werkgroep.id)).flatMap((q) =>
      q.published && q.answer !== null && q.answeredAt !== null
        ? [{ id: publicId(q.id), question: q.text, answer: q.answer, answeredAt: q.answeredAt }]
        : [],
    );
    return {
      answers,
      form: {
        action: `${new URL(pageUrl).pathname}/vraag?lang=${lang}#vraag-stellen`,
        lang,
        ...refused,
        token: refused?.token ?? FORM_TOKEN_SLOT,
      },
    };
  },
  render({ answers, form }, lang) {
    const list = answers.length
      ? `<ul class="items">${answers
          .map(
            (a) =>
              `<li><p><strong>${esc(a.question)}</strong></p><p class="label">${esc(t(lang, 'wijkpagina.vragen.answer'))}</p><p class="answer">${esc(
                a.answer,
              )}</p><p class="quiet">${esc(dateText(a.answeredAt, lang))}</p></li>`,
          )
          .join('')}</ul>`
      : `<p class="quiet">${esc(t(lang, 'wijkpagina.vragen.none'))}</p>`;
    return `${list}<h3 id="vraag-stellen">${esc(t(lang, 'wijkpagina.vragen.askTitle'))}</h3><p>${esc(
      t(lang, 'wijkpagina.vragen.askIntro'),
    )}</p>${questionForm(form)}`;
  },
  updates(answers, lang) {
    return answers.answers.map((a) => ({
      id: `vraag-${a.id}`,
      title: t(lang, 'wijkpagina.feed.answer', { question: a.question.slice(0, 80) }),
      summary: a.answer,
      date: a.answeredAt,
      anchor: 'vragen',
    }));
  },
};
