/** Internal: an empty, schema-valid document of each kind. */
import type { DocumentKind, EqualityDocument } from '../model/document.js';

export function emptyDocument(kind: DocumentKind, title = ''): EqualityDocument {
  switch (kind) {
    case 'review':
      return { kind, title, body: [], panel: [], contact: [], recommendations: [], metadata: {} };
    case 'strategy':
      return { kind, title, themes: [], crossCuttingPriorities: [], principles: [], actions: [], body: [], metadata: {} };
    case 'peer-review':
      return { kind, areas: [], recommendations: [], body: [], metadata: {} };
    case 'action-plan':
    default:
      return { kind: 'action-plan', title, themes: [], actions: [], body: [], metadata: {} };
  }
}
