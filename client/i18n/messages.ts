/**
 * Dutch UI text (B1: short sentences, common words). The message catalogs with an i18n library
 * and English as second language come with the app shell; until then every string lives here.
 */
export const t = {
  productName: 'Wijkatelier',
  skipToContent: 'Naar de inhoud',
  homeTitle: 'Samen schrijven aan de plannen voor je wijk',
  homeIntro:
    'In Wijkatelier schrijven bewoners en de gemeente samen aan één tekst. Iedereen ziet meteen wat de ander typt. Niets gaat verloren.',
  newDocument: 'Nieuw document maken',
  openExample: 'Open het voorbeelddocument',
  notFoundTitle: 'Deze pagina bestaat niet',
  backHome: 'Terug naar het begin',
  documentTitle: 'Gedeeld document',
  documentLabel: 'Tekst van het document',
  yourName: 'Je naam',
  yourNameHint: 'Anderen zien deze naam bij jouw cursor.',
  copyLink: 'Link kopiëren',
  linkCopied: 'Link gekopieerd',
  shareHint: 'Stuur de link naar iemand om samen te schrijven.',
  loading: 'Document laden…',
  othersHere: (n: number) =>
    n === 0 ? 'Alleen jij bent hier' : n === 1 ? '1 ander is hier' : `${n} anderen zijn hier`,
  status: {
    connecting: 'Verbinden…',
    connected: 'Verbonden',
    reconnecting: 'Verbinding kwijt. We proberen het opnieuw…',
    offline:
      'Geen internet. Je wijzigingen worden verstuurd zodra je weer verbinding hebt. Sluit deze pagina niet.',
    refused: 'Dit document kan niet worden geopend. Laad de pagina opnieuw.',
  },
  toolbar: {
    label: 'Opmaak',
    paragraph: 'Gewone tekst',
    heading1: 'Titel',
    heading2: 'Kop',
    heading3: 'Tussenkop',
    bold: 'Vet',
    italic: 'Schuin',
    bulletList: 'Lijst met punten',
    orderedList: 'Genummerde lijst',
    link: 'Link',
    undo: 'Ongedaan maken',
    redo: 'Opnieuw doen',
  },
  linkDialog: {
    title: 'Link toevoegen',
    url: 'Webadres',
    save: 'Opslaan',
    remove: 'Link weghalen',
    cancel: 'Annuleren',
  },
  guest: 'Gast',
  guestName: (n: number) => `Gast ${n}`,
  placeholder: 'Begin hier met schrijven…',
} as const;
