/**
 * A PostgreSQL array literal ('{"a","b"}') for one bound parameter, to be cast in SQL
 * (`${textArray(ids)}::uuid[]`). One parameter works for any length, empty included, on both drivers.
 */
export function textArray(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}
