/**
 * The page a form is on, as its `redirectTo`: path and query (a pipeline's filters and order), less the
 * notice an earlier action added.
 */
export function returnPath(location: { pathname: string; search: string }): string {
  const params = new URLSearchParams(location.search);
  params.delete('notice');
  const query = params.toString();
  return query ? `${location.pathname}?${query}` : location.pathname;
}
