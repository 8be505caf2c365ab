/**
 * The pipeline table's keyboard shortcuts and "select all", as a few lines of plain JavaScript the
 * page includes (with the CSP nonce) instead of hydrating React: j / k move between applicants,
 * x selects one, and the header box selects the page. Without JavaScript the table works the same,
 * minus these.
 */
export const PIPELINE_KEYBOARD_SCRIPT = `(() => {
  const table = document.querySelector('[data-pipeline-table]');
  if (!table) return;
  const all = table.querySelector('[data-select-all]');
  if (all) {
    all.hidden = false;
    all.addEventListener('change', () => {
      for (const box of table.querySelectorAll('tbody input[name="ids"]')) box.checked = all.checked;
    });
  }
  document.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.isComposing) return;
    const target = event.target;
    if (target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) && target.type !== 'checkbox') return;
    const links = Array.from(table.querySelectorAll('a[data-row-link]'));
    if (links.length === 0) return;
    const row = target && target.closest ? target.closest('tr') : null;
    const current = links.findIndex((link) => link.closest('tr') === row);
    if (event.key === 'j' || event.key === 'k') {
      event.preventDefault();
      const next = current < 0 ? 0 : Math.min(links.length - 1, Math.max(0, current + (event.key === 'j' ? 1 : -1)));
      links[next].focus();
    } else if (event.key === 'x' && current >= 0) {
      event.preventDefault();
      const box = links[current].closest('tr').querySelector('input[type="checkbox"]');
      if (box) box.checked = !box.checked;
    }
  });
})();`;
