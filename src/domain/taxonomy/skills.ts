/**
 * The shared skill taxonomy. Talent rate themselves 1–5 on these; opportunities name required and
 * preferred ones; fit scores compare the two. Free tags cover anything not listed.
 */
export const SKILLS = [
  { slug: 'typescript', ja: 'TypeScript', en: 'TypeScript', category: 'engineering' },
  { slug: 'javascript', ja: 'JavaScript', en: 'JavaScript', category: 'engineering' },
  { slug: 'python', ja: 'Python', en: 'Python', category: 'engineering' },
  { slug: 'java', ja: 'Java', en: 'Java', category: 'engineering' },
  { slug: 'php', ja: 'PHP', en: 'PHP', category: 'engineering' },
  { slug: 'react', ja: 'React', en: 'React', category: 'engineering' },
  { slug: 'sql', ja: 'SQL・データベース', en: 'SQL & databases', category: 'engineering' },
  { slug: 'cloud', ja: 'クラウド(AWS/GCP/Azure)', en: 'Cloud (AWS/GCP/Azure)', category: 'engineering' },
  { slug: 'data-analysis', ja: 'データ分析', en: 'Data analysis', category: 'engineering' },
  { slug: 'ai-ml', ja: 'AI・機械学習', en: 'AI & machine learning', category: 'engineering' },
  { slug: 'rpa', ja: 'RPA', en: 'RPA', category: 'automation' },
  { slug: 'nocode', ja: 'ノーコード・ローコード', en: 'No-code / low-code', category: 'automation' },
  { slug: 'excel', ja: 'Excel・スプレッドシート', en: 'Excel & spreadsheets', category: 'automation' },
  { slug: 'ui-design', ja: 'UIデザイン', en: 'UI design', category: 'design' },
  { slug: 'ux-research', ja: 'UXリサーチ', en: 'UX research', category: 'design' },
  { slug: 'graphic-design', ja: 'グラフィックデザイン', en: 'Graphic design', category: 'design' },
  { slug: 'video', ja: '動画制作', en: 'Video production', category: 'design' },
  { slug: 'writing', ja: 'ライティング・編集', en: 'Writing & editing', category: 'communication' },
  { slug: 'pr', ja: '広報・PR', en: 'Public relations', category: 'communication' },
  { slug: 'sns-marketing', ja: 'SNSマーケティング', en: 'Social media marketing', category: 'marketing' },
  { slug: 'digital-marketing', ja: 'デジタルマーケティング', en: 'Digital marketing', category: 'marketing' },
  { slug: 'branding', ja: 'ブランディング', en: 'Branding', category: 'marketing' },
  { slug: 'sales', ja: '法人営業', en: 'B2B sales', category: 'business' },
  { slug: 'ecommerce', ja: 'EC運営', en: 'E-commerce', category: 'business' },
  { slug: 'business-planning', ja: '事業企画', en: 'Business planning', category: 'business' },
  {
    slug: 'project-management',
    ja: 'プロジェクトマネジメント',
    en: 'Project management',
    category: 'business',
  },
  { slug: 'consulting', ja: '経営コンサルティング', en: 'Management consulting', category: 'business' },
  { slug: 'dx-strategy', ja: 'DX推進・IT戦略', en: 'DX & IT strategy', category: 'business' },
  { slug: 'public-policy', ja: '行政・公共政策', en: 'Public policy', category: 'public' },
  {
    slug: 'disaster-management',
    ja: '防災・危機管理',
    en: 'Disaster & crisis management',
    category: 'public',
  },
  {
    slug: 'facilitation',
    ja: 'ファシリテーション・研修講師',
    en: 'Facilitation & training',
    category: 'public',
  },
  { slug: 'community-building', ja: 'コミュニティ運営', en: 'Community building', category: 'public' },
  { slug: 'hr-recruiting', ja: '人事・採用', en: 'HR & recruiting', category: 'corporate' },
  { slug: 'accounting', ja: '経理・会計', en: 'Accounting', category: 'corporate' },
  { slug: 'legal', ja: '法務', en: 'Legal', category: 'corporate' },
  {
    slug: 'general-affairs',
    ja: '総務・バックオフィス',
    en: 'General affairs & back office',
    category: 'corporate',
  },
  { slug: 'tourism', ja: '観光企画', en: 'Tourism planning', category: 'regional' },
  { slug: 'agriculture', ja: '農業・6次産業化', en: 'Agriculture & food business', category: 'regional' },
  { slug: 'english', ja: '英語', en: 'English', category: 'language' },
  { slug: 'chinese', ja: '中国語', en: 'Chinese', category: 'language' },
] as const;

export type SkillSlug = (typeof SKILLS)[number]['slug'];
export const SKILL_SLUGS = SKILLS.map((skill) => skill.slug) as [SkillSlug, ...SkillSlug[]];

export function skillLabel(slug: string, locale: 'ja' | 'en'): string {
  const skill = SKILLS.find((candidate) => candidate.slug === slug);
  return skill ? skill[locale] : slug;
}
