/** Fields of work (分野) that opportunities and talent profiles share. */
export const WORK_FIELDS = [
  { id: 'promotion', ja: 'プロモーション・広報', en: 'Promotion & PR' },
  { id: 'dx', ja: 'DX・デジタル化', en: 'Digital transformation (DX)' },
  { id: 'disaster_prevention', ja: '地域防災', en: 'Community disaster prevention' },
  { id: 'programming', ja: 'プログラミング・開発', en: 'Programming & development' },
  { id: 'design', ja: 'UI/UX・デザイン', en: 'UI/UX & design' },
  { id: 'corporate', ja: '本社管理系業務', en: 'Corporate administration' },
  { id: 'marketing', ja: 'マーケティング', en: 'Marketing' },
  { id: 'sales', ja: '営業・販路開拓', en: 'Sales & market development' },
  { id: 'planning', ja: '企画・新規事業', en: 'Planning & new business' },
  { id: 'hr', ja: '人事・採用', en: 'HR & recruiting' },
  { id: 'finance', ja: '財務・経理', en: 'Finance & accounting' },
  { id: 'tourism', ja: '観光・地域振興', en: 'Tourism & regional development' },
  { id: 'agriculture', ja: '農業・食', en: 'Agriculture & food' },
  { id: 'education', ja: '教育・人材育成', en: 'Education & training' },
  { id: 'community', ja: 'まちづくり・コミュニティ', en: 'Community development' },
  { id: 'automation', ja: 'RPA・ノーコード', en: 'RPA & no-code automation' },
] as const;

export type WorkFieldId = (typeof WORK_FIELDS)[number]['id'];
export const WORK_FIELD_IDS = WORK_FIELDS.map((field) => field.id) as [WorkFieldId, ...WorkFieldId[]];

export function workFieldLabel(id: string, locale: 'ja' | 'en'): string {
  const field = WORK_FIELDS.find((candidate) => candidate.id === id);
  return field ? field[locale] : id;
}
