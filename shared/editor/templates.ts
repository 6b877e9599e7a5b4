/**
 * Document templates in plain Dutch (B1). Each top-level section gets guiding questions that show
 * in the empty section and disappear as soon as someone types.
 */
export const DOCUMENT_KINDS = ['ambitiedocument', 'wijkperspectief', 'blank'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export interface TemplateSection {
  title: string;
  prompt: string;
}

const THEMES: [string, string][] = [
  ['Leefbaar', 'Wat maakt de wijk prettig om te wonen? Wat moet beter aan straten, huizen en voorzieningen?'],
  ['Veilig', 'Waar voelen mensen zich niet veilig, en wanneer? Wat helpt om dat te veranderen?'],
  ['Groen', 'Waar is groen, en waar mist het? Wat willen bewoners zelf doen aan groen en water?'],
  ['Gezond', 'Wat helpt bewoners om gezond te leven: bewegen, eten, zorg, rust?'],
  [
    'Gelijke kansen',
    'Wie doet nu niet mee, en waarom? Wat is nodig zodat iedereen kansen krijgt: school, werk, geld?',
  ],
];

export const TEMPLATES: Record<DocumentKind, TemplateSection[]> = {
  ambitiedocument: [
    {
      title: 'Aanleiding',
      prompt: 'Waarom maken we dit document? Wat is er in de wijk aan de hand, en wie schrijft mee?',
    },
    {
      title: 'Onze wijk nu',
      prompt:
        'Hoe is het nu in de wijk? Wat gaat goed, en wat niet? Noem ook cijfers of verhalen van bewoners.',
    },
    ...THEMES.map(([theme, prompt]) => ({ title: `Ambitie: ${theme}`, prompt })),
    {
      title: 'Wie doet wat',
      prompt: 'Welke bewoners, organisaties en afdelingen van de gemeente doen wat? Wie is eigenaar?',
    },
    { title: 'Planning', prompt: 'Wat gebeurt er wanneer? Wat doen we dit jaar, en wat later?' },
    {
      title: 'Hoe we het volgen',
      prompt:
        'Hoe zien we of het werkt? Wat meten we, wie kijkt ernaar, en hoe vaak praten we er samen over?',
    },
  ],
  wijkperspectief: [
    {
      title: 'Hoe is de wijk nu',
      prompt: 'Beschrijf de wijk zoals hij nu is: de mensen, de plekken, wat goed gaat en wat niet.',
    },
    { title: 'Waar willen we naartoe', prompt: 'Hoe ziet de wijk eruit over tien jaar, als het goed gaat?' },
    {
      title: 'Wat is daarvoor nodig',
      prompt: 'Wat moet er gebeuren om daar te komen? Wat kunnen bewoners zelf, en wat is nodig van anderen?',
    },
    { title: 'Wie doet wat', prompt: 'Wie pakt wat op? Noem bewoners, partners en de gemeente.' },
  ],
  blank: [{ title: 'Eerste deel', prompt: 'Begin hier met schrijven.' }],
};
