import type { FacetName } from './params';

/**
 * Facet values travel in the search document as lexemes ('p:15', 'k:side_job'), so one GIN lookup applies
 * text and facet filters together. Query text can never produce them: ':' always separates tokens.
 */
const PREFIX: Record<FacetName, string> = {
  prefecture: 'p',
  kind: 'k',
  field: 'f',
  style: 's',
  pay: 'c',
  hours: 'h',
  period: 'd',
};

export function facetLexeme(facet: FacetName, value: string): string {
  return `${PREFIX[facet]}:${value}`;
}
