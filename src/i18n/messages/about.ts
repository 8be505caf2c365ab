import { defineMessages } from '../define';

// The "About Tsunagu" page (app/routes/about.tsx) and its footer link.
export default defineMessages(
  {
    'about.footerLink': 'Tsunagu について',
    'about.title': 'Tsunagu について',
    'about.metaDescription':
      'Tsunagu は、副業・兼業、二拠点生活、完全リモート勤務、短期の地域プロジェクト、有償インターン、研修、自治体の戦略マネージャーなど、地域の仕事と人をつなぐプラットフォームです。',
    'about.lead':
      'Tsunagu(つなぐ)は、地域の仕事と、それを担う人をつなぐプラットフォームです。地域で働きたい人、人を迎えたい自治体・企業・団体、そして両者を結ぶプログラムの運営者が、同じ場所で出会い、選び、一緒に働き、その成果を確かめられるようにします。',
    'about.leadPortal':
      '登録しなくても、地域の情報や仕事、プログラム、暮らし方の情報を読むことができます。すべてのページは JavaScript を使わないブラウザでも利用できます。',

    'about.audienceTitle': '誰のためのサービスか',
    'about.audience.talentTitle': '働く人(人材)',
    'about.audience.talentBody':
      '地域で副業をしたい都市部の専門職、地元を離れずに首都圏企業でキャリアを築きたい学生、デジタルスキルを身につけたい地域のパートタイマーやフリーランス、時間や場所にとらわれない働き方が必要なアスリート、移住や二拠点生活を考えている人。',
    'about.audience.hostsTitle': '受け入れる側',
    'about.audience.hostsBody':
      '職員やアドバイザーを募集する自治体、地域の企業や NPO、完全リモートで採用する首都圏企業、研修を提供する事業者。',
    'about.audience.coordinatorsTitle': '運営・コーディネーター',
    'about.audience.coordinatorsBody':
      'プログラムを運営する自治体の担当課や中間支援組織・人材会社。人材の見極め、採用後のフォロー、議会や国への成果報告までを担います。',
    'about.audience.readersTitle': '読む人',
    'about.audience.readersBody':
      '登録する前に、地域のページやコラム、先輩の体験談、プログラムの情報を読んで、自分に合う関わり方を考えたいすべての人。',

    'about.workTitle': '扱う仕事の種類',
    'about.work.sideJob': '副業・兼業(複業)',
    'about.work.sideJobDesc': '本業を続けながら、地域の企業や自治体の仕事に関わる。',
    'about.work.dualLife': '二拠点生活(デュアルライフ)',
    'about.work.dualLifeDesc': '都市と地域の二つの拠点で、暮らしと仕事をつくる。',
    'about.work.remote': '完全リモート・本社待遇',
    'about.work.remoteDesc': '地方に住みながら、首都圏企業に本社と同じ待遇で勤める。',
    'about.work.shortProject': '短期の地域プロジェクト',
    'about.work.shortProjectDesc': '数か月の期間を区切って、地域の企業・団体の課題に取り組む。',
    'about.work.internship': '有償インターン・ワーケーション',
    'about.work.internshipDesc': '学生のうちから、報酬を得ながら地域や企業で実務を経験する。',
    'about.work.training': '研修から案件へ',
    'about.work.trainingDesc': 'デジタルスキルの研修を受け、修了後に有償の実案件に参加する。',
    'about.work.adviser': '自治体の戦略マネージャー',
    'about.work.adviserDesc': '副業人材として自治体に登用され、月に数回、専門分野の助言を行う。',

    'about.journeyTitle': 'Tsunagu でできること',
    'about.journeyLead': '出会いから成果の公表まで、一つの流れとして支えます。',
    'about.journey.discover': '探す',
    'about.journey.discoverDesc':
      '地域のページ、仕事やプログラムの検索、説明会の情報から、関わり方を見つけます。',
    'about.journey.register': '登録する',
    'about.journey.registerDesc': 'スキル、働ける時間、関わりたい地域をプロフィールにまとめます。',
    'about.journey.apply': '応募する・スカウトを受ける',
    'about.journey.applyDesc': '気になる仕事に応募するほか、受け入れ側から直接声がかかることもあります。',
    'about.journey.screen': '選考する',
    'about.journey.screenDesc':
      '数人の枠に数百人が応募しても、受け入れ側とコーディネーターが応募者を整理し、面談・選考を進められます。',
    'about.journey.start': '契約して働き始める',
    'about.journey.startDesc': '採用や登用が決まったら、契約を結んで仕事を始めます。',
    'about.journey.followUp': 'フォローする',
    'about.journey.followUpDesc': '働き始めた後も、本人と受け入れ側の両方と定期的に面談します。',
    'about.journey.measure': '成果を測り、公表する',
    'about.journey.measureDesc':
      '採用数、賛同企業数、研修の修了、キャリアオーナーシップの変化、関係人口などを記録し、報告・公表します。',

    'about.systemsTitle': '一つのプラットフォームで動く五つの取り組み',
    'about.systemsLead':
      'Tsunagu は、実際に行われてきた次の五つの取り組みを、すべて運営できるように作られています。',
    'about.system.nagaoka': '長岡ワークモデル「NAGAOKA WORKER」(新潟県長岡市)',
    'about.system.nagaokaDesc':
      '長岡に住みながら首都圏企業に本社採用・同待遇の完全リモートで勤める働き方を、市と賛同企業が広げる取り組みです。学生向けの有償オンラインインターンやコワーキング拠点も含みます。',
    'about.system.shiojiri': '地方短期副業(長野県塩尻市)',
    'about.system.shiojiriDesc':
      '市内の企業・団体が約3か月の副業プロジェクトを募集し、参加者のキャリアオーナーシップの変化を参加前後で測って結果を公表する実証です。',
    'about.system.koga': 'デジタル人材育成(福岡県古賀市)',
    'about.system.kogaDesc':
      '地域のパートタイマーやフリーランスが RPA・ノーコードの研修を受け、そのまま有償の実案件に参加できる地方創生の取り組みです。',
    'about.system.okayama': '戦略マネージャーの公募(岡山市)',
    'about.system.okayamaDesc':
      '市がプロモーション、DX、地域防災の3分野で副業・兼業の専門人材を公募し、多数の応募者から人材会社の面談を経て登用し、登用後もフォローする仕組みです。',
    'about.system.dualLife': 'デュアルライフ東北・新潟',
    'about.system.dualLifeDesc':
      '二拠点生活と副業・兼業のためのポータルで、お役立ちコラム、先輩デュアラーのインタビュー、暮らし方からの検索、各地の副業・兼業マッチングサイトの紹介を届けます。',

    'about.ctaTitle': 'はじめてみる',
    'about.ctaLead': '登録は無料です。仕事を探す方も、人を迎える方も、まずはアカウントを作るところから。',
    'about.ctaRegister': '無料で登録する',
    'about.ctaHome': 'トップページへ',
  },
  {
    'about.footerLink': 'About Tsunagu',
    'about.title': 'About Tsunagu',
    'about.metaDescription':
      'Tsunagu connects people with regional work in Japan: side jobs, dual-life, fully remote jobs, short regional projects, paid internships, training and municipal strategy-manager posts.',
    'about.lead':
      'Tsunagu (つなぐ, "to connect") is a platform that connects work in Japan’s regions with the people who can do it. People who want to work with a region, the municipalities, companies and organisations that want to welcome them, and the coordinators who run programmes between the two meet, choose, work together and check the results in one place.',
    'about.leadPortal':
      'You can read about regions, work, programmes and ways of living without registering. Every page also works in a browser without JavaScript.',

    'about.audienceTitle': 'Who it is for',
    'about.audience.talentTitle': 'Talent',
    'about.audience.talentBody':
      'Urban professionals looking for a regional side job; local students who want a metropolitan career without leaving home; local part-timers and freelancers who want digital skills; athletes and others who need work free of fixed hours and places; people thinking about moving or living in two places.',
    'about.audience.hostsTitle': 'Hosts',
    'about.audience.hostsBody':
      'Municipalities hiring staff or recruiting advisers, local companies and NPOs, metropolitan companies hiring fully remote, and training providers.',
    'about.audience.coordinatorsTitle': 'Coordinators',
    'about.audience.coordinatorsBody':
      'Municipal departments, intermediary organisations and agencies that run programmes: they assess talent, follow up after placement and report outcomes to councils and the national government.',
    'about.audience.readersTitle': 'Readers',
    'about.audience.readersBody':
      'Anyone who wants to read region pages, columns, practitioners’ stories and programme information before deciding how to get involved.',

    'about.workTitle': 'Kinds of work',
    'about.work.sideJob': 'Side jobs and dual jobs',
    'about.work.sideJobDesc':
      'Keep your main job and work on projects for regional companies or municipalities.',
    'about.work.dualLife': 'Dual life',
    'about.work.dualLifeDesc': 'Build a life and work across two bases, in the city and in a region.',
    'about.work.remote': 'Fully remote at HQ conditions',
    'about.work.remoteDesc':
      'Live in a regional city and work for a metropolitan company on head-office terms.',
    'about.work.shortProject': 'Short regional projects',
    'about.work.shortProjectDesc':
      'Take on a regional company’s or organisation’s challenge for a set period of a few months.',
    'about.work.internship': 'Paid internships and workcations',
    'about.work.internshipDesc':
      'Gain paid work experience with regional or metropolitan employers while studying.',
    'about.work.training': 'From training to paid projects',
    'about.work.trainingDesc':
      'Learn digital skills in a training cohort, then join real, paid project work.',
    'about.work.adviser': 'Municipal strategy manager',
    'about.work.adviserDesc':
      'Be appointed by a municipality as a side-job professional and advise it several times a month.',

    'about.journeyTitle': 'How it works',
    'about.journeyLead': 'Tsunagu carries the whole journey, from first contact to published results.',
    'about.journey.discover': 'Discover',
    'about.journey.discoverDesc':
      'Find a way to get involved through region pages, searching work and programmes, and information sessions.',
    'about.journey.register': 'Register',
    'about.journey.registerDesc':
      'Put your skills, availability and the regions you are connected to into a profile.',
    'about.journey.apply': 'Apply, or be scouted',
    'about.journey.applyDesc':
      'Apply for work that interests you, or receive a direct invitation from a host.',
    'about.journey.screen': 'Screen',
    'about.journey.screenDesc':
      'Even when hundreds apply for a handful of posts, hosts and coordinators can sort applicants, interview and select.',
    'about.journey.start': 'Contract and start',
    'about.journey.startDesc':
      'Once someone is hired or appointed, the contract is agreed and the work begins.',
    'about.journey.followUp': 'Follow up',
    'about.journey.followUpDesc': 'Regular check-ins continue with both the professional and the host.',
    'about.journey.measure': 'Measure and publish',
    'about.journey.measureDesc':
      'Hires, endorsing companies, completions, change in career ownership and the related population are recorded, reported and published.',

    'about.systemsTitle': 'Five programmes, one platform',
    'about.systemsLead':
      'Tsunagu is built so that each of these five real programmes can run on it from start to end.',
    'about.system.nagaoka': 'Nagaoka work model, NAGAOKA WORKER (Nagaoka, Niigata)',
    'about.system.nagaokaDesc':
      'The city and its endorsing companies spread a way of working in which people live in Nagaoka and work fully remote for metropolitan companies, hired on head-office terms; it includes paid online internships for students and coworking bases.',
    'about.system.shiojiri': 'Short-term regional side jobs (Shiojiri, Nagano)',
    'about.system.shiojiriDesc':
      'Local companies and organisations offer side-job projects of about three months, and the change in participants’ career ownership is measured before and after and published.',
    'about.system.koga': 'Digital-talent training (Koga, Fukuoka)',
    'about.system.kogaDesc':
      'Local part-timers and freelancers train in RPA and no-code tools and move straight into paid work on real projects.',
    'about.system.okayama': 'Strategy-manager recruitment (Okayama City)',
    'about.system.okayamaDesc':
      'The city publicly recruits side-job professionals in promotion, DX and community disaster prevention; an agency interviews the many applicants, the city appoints a few, and both sides are followed up after appointment.',
    'about.system.dualLife': 'Dual Life Tohoku & Niigata',
    'about.system.dualLifeDesc':
      'A portal for dual life and side jobs with practical columns, interviews with people already living in two places, search by way of living and a directory of regional side-job matching sites.',

    'about.ctaTitle': 'Get started',
    'about.ctaLead':
      'Registration is free. Whether you are looking for work or welcoming people, start by creating an account.',
    'about.ctaRegister': 'Register for free',
    'about.ctaHome': 'Back to the home page',
  },
);
