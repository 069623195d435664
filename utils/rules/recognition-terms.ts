/**
 * The words people use for 1:1s, and for the things that only look like them,
 * across languages. Data only: recognition.ts decides what they mean.
 * Every entry is matched against the lower-cased, NFKC-normalised title and
 * against the same title with accents removed, so write them lower-case.
 */

/** Say "this is a 1:1" on their own. */
export const ONE_ON_ONE_PATTERNS: readonly RegExp[] = [
  // 1:1, 1-1, 1–1, 1on1, 1 on 1, 1x1, 1to1, 1-op-1, 1zu1, 1na1, 1対1, 1대1, 1-на-1 (not 1.1, not 1:15, not 2024-1-1)
  /(?<![\d.:/\-v])1(?:\s*(?::|-|–|—|x|×|対|대)\s*|[\s-]*(?:on|to|op|zu|na|a|на)[\s-]*)1(?!\d|[.:]\d)/u,
  /(?<![\d.:/\-#]|room |raum |salle |sala )\b(?:121|1-2-1)\b(?![\d.])/u,
  /\bone[\s-]*(?:on|to|2)[\s-]*one\b/u,
  /\bskip[\s-]*level\b/u,
  /\bmentor(?:ing|ship)?\b|\bmentee\b/u,
  /\bcoaching\b/u,
  /einzelgespr(?:ä|a)ch/u,
  /vier[\s-]*augen[\s-]*gespr(?:ä|a)ch/u,
  /\bt(?:ê|e)te[\s-]*(?:à|a)[\s-]*t(?:ê|e)te\b/u,
  /\bpoint individuel\b|\bentretien individuel\b|\bbilat(?:érale?|erale?)?\b/u,
  /\buno[\s-]*a[\s-]*uno\b|\bum[\s-]*a[\s-]*um\b/u,
  /\breuni(?:ó|o)n individual\b|\breuni(?:ã|a)o individual\b|\bcolloquio individuale\b/u,
  /\b(?:é|e)(?:é|e)n[\s-]*op[\s-]*(?:é|e)(?:é|e)n\b|\b1\s*op\s*1\b/u,
  /\bjeden na jeden\b|один на один|\bbire\s?bir\b|\benskilt samtal\b/u,
  /ワンオンワン|1on1|一对一|一對一|원온원|일대일/u,
];

/** Support a 1:1 reading when exactly one other person is invited, and not otherwise. */
export const SOFT_PATTERNS: readonly RegExp[] = [
  /\bcatch[\s-]*up\b|\bcheck[\s-]*in\b|\btouch[\s-]*base\b|\btouchpoint\b/u,
  /\bsync\b|\bchat\b|\bcoffee\b|\bwalk\b|\bconnect\b|\bcareer\b|\bgrowth\b|\bfeedback\b/u,
  /\bweekly\b|\bbi-?weekly\b|\bfortnightly\b|\bmonthly\b/u,
  /\bjour[\s-]*fixe\b|\babstimmung\b|\bpoint hebdo\b|\bseguimiento\b|\bacompanhamento\b|面談/u,
];

/** Job interviews and screens: never a 1:1, whatever else the title says. */
export const INTERVIEW_PATTERNS: readonly RegExp[] = [
  /\binterview|\bphone[\s-]*screen|\btech(?:nical)?[\s-]*screen|\bscreening\b|\bonsite\b|\bcandidate\b|\brecruiter (?:call|screen)\b|\bhiring\b/u,
  /vorstellungsgespr|bewerbungsgespr|\bbewerber/u,
  /entretien d.embauche|entretien de recrutement|\bcandidat(?:e|o|a)?\b|\brecrutement\b/u,
  /\bentrevista\b|\bcolloquio (?:di lavoro|conoscitivo)\b|\bselezione\b/u,
  /sollicitatie|\bkandidaat\b|anst(?:ä|a)llningsintervju|\bintervju\b|rozmowa kwalifikacyjna|\brekrutacja\b/u,
  /面接|採用|選考|面试|面試|면접|собеседование/u,
];

/** Trainings, talks and big meetings that merely mention 1:1s. */
export const GROUP_PATTERNS: readonly RegExp[] = [
  /\b1\s*[:-]\s*1s\b|\b1on1s\b|\bone[\s-]*on[\s-]*ones\b|\bone[\s-]*to[\s-]*ones\b/u,
  /\btraining\b|\bworkshop\b|\bwebinar\b|\bcourse\b|\bclass\b|\bmasterclass\b|\bbootcamp\b/u,
  /\blunch\s*(?:&|and|n)\s*learn\b|\bbrown[\s-]*bag\b|\ball[\s-]*hands\b|\btown[\s-]*hall\b|\bbest practices\b|\bhow to\b/u,
  /\bschulung\b|\bfortbildung\b|\bformation\b|\btaller\b|\bcapacitaci(?:ó|o)n\b|\btreinamento\b|\bformazione\b|\bopleiding\b/u,
  /研修|勉強会|培训|講座/u,
];

/** A block of time for oneself around a 1:1, not the 1:1. */
export const PREP_PATTERNS: readonly RegExp[] = [
  /\bprep\b|\bprepare\b|\bpreparation\b|\bvorbereitung\b|\bpr(?:é|e)paration\b|\bpreparaci(?:ó|o)n\b|\bprepara(?:ç|c)(?:ã|a)o\b/u,
  /\bpreparazione\b|\bvoorbereiding\b|\bfocus time\b|\bhold\b|\breminder\b|準備/u,
];

/** Calls with an outside company: sales, vendors, support, services. */
export const TRANSACTIONAL_PATTERNS: readonly RegExp[] = [
  /\bdemo\b|\bsales\b|\bvendor\b|\bsupplier\b|\bcontract\b|\brenewal\b|\bquote\b|\binvoice\b|\bpricing\b|\bprocurement\b/u,
  /\bsupport call\b|\bintro call\b|\bdiscovery call\b|\bonboarding call\b|\baccount review\b|\bclient call\b|\bcustomer call\b/u,
  /\bkundentermin\b|\blieferant\b|\bangebot\b|\bvertrag\b|\bfournisseur\b|\bproveedor\b|\bfornitore\b|\bleverancier\b|\bfornecedor\b/u,
];

/** Words that appear on either side of a "/" or "x" but are not people's names. */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  'design',
  'review',
  'sync',
  'planning',
  'product',
  'engineering',
  'eng',
  'marketing',
  'sales',
  'team',
  'frontend',
  'backend',
  'research',
  'development',
  'dev',
  'ops',
  'devops',
  'ux',
  'ui',
  'hr',
  'legal',
  'finance',
  'security',
  'data',
  'platform',
  'mobile',
  'web',
  'ios',
  'android',
  'api',
  'qa',
  'support',
  'infra',
  'infrastructure',
  'growth',
  'brand',
  'strategy',
  'roadmap',
  'weekly',
  'daily',
  'monthly',
  'quarterly',
  'standup',
  'retro',
  'demo',
  'kickoff',
  'meeting',
  'call',
  'lunch',
  'dinner',
  'coffee',
  'office',
  'hours',
  'project',
  'launch',
  'release',
  'budget',
  'hiring',
  'ops',
  'leadership',
  'staff',
  'board',
  'exec',
  'all',
  'hands',
  'customer',
  'partner',
  'partners',
  'vendor',
  'q1',
  'q2',
  'q3',
  'q4',
  'okr',
  'okrs',
  'kpi',
  'kpis',
  'internal',
  'external',
  'company',
  'group',
  'org',
  'apac',
  'emea',
  'na',
  'us',
  'eu',
  'check',
  'in',
  'one',
  'on',
  'catch',
  'up',
  'prep',
  'notes',
  'agenda',
  'tech',
  'talk',
  'sprint',
  'planning',
  'bug',
  'triage',
  'incident',
  'postmortem',
  'architecture',
  'content',
  'ops',
  'people',
  'ceo',
  'cto',
  'cfo',
  'coo',
  'vp',
]);

/** Free mail providers: sharing one says nothing about sharing an employer. */
export const FREE_MAIL_DOMAINS: ReadonlySet<string> = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'msn.com',
  'yahoo.com',
  'icloud.com',
  'me.com',
  'proton.me',
  'protonmail.com',
  'gmx.de',
  'gmx.net',
  'web.de',
  'aol.com',
  'mail.com',
  'yandex.ru',
]);

/** Words around a name in a title, dropped when the title alone must say who the 1:1 is with. */
export const TITLE_NOISE: readonly RegExp[] = [
  ...ONE_ON_ONE_PATTERNS,
  ...SOFT_PATTERNS,
  /\b(?:with|mit|avec|con|com|met|z|с|and|und|et|y|e|my|our|meeting|call|session|meet|time|sesión|sessão|réunion|treffen|besprechung)\b/gu,
  /\b(?:bi)?weekly\b|\bmonthly\b|\bdaily\b/gu,
];
