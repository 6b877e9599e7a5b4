import { api } from '../../api/client';
import { useResource } from '../../api/useResource';

/** Every document of the werkgroep with its parts (to choose which appear on the wijkpagina). */
export function useDocumentSections(werkgroepId: string) {
  return useResource(`wijkpagina-docs:${werkgroepId}`, async () => {
    const documents = await api('listDocuments', { params: { werkgroepId } });
    return Promise.all(
      documents.map(async (d) => (await api('getDocument', { params: { documentId: d.id } })).document),
    );
  });
}
