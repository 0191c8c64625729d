/**
 * The vocabulary of the synthetic corpus and the fixed-length sentences built from it. Every sentence is
 * exactly SENTENCE_LENGTH characters and bodies join sentences with one space, so a sentence's offsets in a
 * body follow from its position alone and evidence spans can be written in SQL without searching.
 */

/** Characters of a sentence, its full stop included. */
export const SENTENCE_LENGTH = 120;
/** Distance from the start of one sentence of a body to the start of the next. */
export const SENTENCE_STRIDE = SENTENCE_LENGTH + 1;
/** The word that only the rare sentences hold: about 5% of articles contain it (the search query Q4). */
export const RARE_WORD = "armistice";

export const WORDS = `
a an as at by in of on to or and the for but not was has had its who our new two six
talks visit trade visit envoy summit treaty accord border policy leader meeting minister ministers
foreign defence security economic climate energy maritime nuclear regional bilateral diplomatic
cooperation dialogue relations agreement partnership statement communique readout delegation
officials president premier chancellor secretary counterpart spokesperson ambassador embassy
consulate capital government parliament cabinet council assembly committee commission
sanctions tariffs exports imports investment supply chains shipping ports pipelines grain
weapons missiles troops exercises ceasefire negotiations mediation framework roadmap principles
consensus differences concerns tensions pressure stability prosperity peace development
sovereignty territorial integrity humanitarian refugees aid reconstruction elections reform
technology semiconductors artificial intelligence cyber space satellites research students
exchanges tourism visas flights culture education health vaccines pandemic finance banks
currency debt loans infrastructure railways highways bridges harbours airports water rivers
fisheries agriculture fertiliser oil gas coal solar wind hydrogen batteries minerals lithium
discussed agreed stressed urged warned welcomed noted expressed reaffirmed pledged signed
announced rejected denied confirmed reported said told added called described hoped expected
frank candid constructive productive substantive positive cordial difficult lengthy brief
closed door press conference joint declaration working dinner luncheon reception ceremony
morning afternoon evening week month year decade history future past present recent
significant important practical concrete specific broad narrow clear firm strong steady
both sides each party all parties other nations neighbours allies partners rivals observers
analysts experts commentators editors correspondents sources diplomats aides advisers
`
  .split(/\s+/)
  .filter((word) => word.length > 0 && word !== RARE_WORD);

export const FIRST_NAMES =
  `Amina Boris Chen Dmitri Elena Farid Grace Hiroshi Ines Jamal Kofi Lena Mateo Nadia Olga Pedro
Qing Rania Sergei Tomas Uma Viktor Wen Xavier Yuki Zainab Ahmed Beatriz Carlos Daria Emre Fatima Goran Hana Ivan
Jonas Kamala Liang Maria Nikos Omar Priya Rafael Sofia Tariq Ursula Vera William Ximena Yaw Zoran`.split(
    /\s+/,
  );

export const LAST_NAMES =
  `Abe Bauer Costa Dubois Eriksen Fischer Garcia Haddad Ivanova Jensen Kim Lopez Moreau Novak
Okafor Petrov Quinn Rossi Schmidt Tanaka Usman Varga Wang Xu Yilmaz Zhang Ahmadi Banda Chowdhury Diallo Evans
Fernandes Gupta Hoang Ito Jovanovic Kowalski Larsen Mensah Nakamura Ortiz Park Reyes Suzuki Tran Uddin Vasquez
Weber Yamamoto Zielinski`.split(/\s+/);

export const CITIES =
  `Beijing Washington Tokyo London Paris Berlin Moscow Delhi Brasilia Pretoria Canberra Ottawa
Seoul Jakarta Ankara Riyadh Cairo Nairobi Abuja Rome Madrid Warsaw Kyiv Hanoi Manila Bangkok Singapore Doha
Geneva Vienna Brussels Oslo Stockholm Helsinki Tehran Islamabad Dhaka Lima Santiago Mexico`.split(/\s+/);

export const COUNTRIES =
  `CN US JP GB FR DE RU IN BR ZA AU CA KR ID TR SA EG KE NG IT ES PL UA VN PH TH SG QA CH AT
BE NO SE FI IR PK BD PE CL MX`.split(/\s+/);

/** A small deterministic generator (mulberry32), so the sentence pool is the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A sentence of exactly SENTENCE_LENGTH characters from the word list: words are drawn until a little room
 * is left, which a word of exactly the right length fills.
 */
export function sentence(random: () => number, mustHold?: string): string {
  const byLength = new Map<number, string[]>();
  for (const word of WORDS) byLength.set(word.length, [...(byLength.get(word.length) ?? []), word]);
  const pick = (list: readonly string[]) => list[Math.floor(random() * list.length)] as string;
  const target = SENTENCE_LENGTH - 1; // the full stop takes the last character
  const words: string[] = [];
  let length = 0;
  const insertAt = mustHold ? 2 + Math.floor(random() * 6) : -1;
  for (;;) {
    const room = target - length - (words.length ? 1 : 0);
    if (words.length === insertAt && mustHold && mustHold.length <= room - 3) {
      words.push(mustHold);
      length += mustHold.length + (words.length > 1 ? 1 : 0);
      continue;
    }
    const exact = byLength.get(room);
    if (room <= 12 && exact) {
      words.push(pick(exact));
      break;
    }
    const word = pick(WORDS);
    if (word.length <= room - 3) {
      words.push(word);
      length += word.length + (words.length > 1 ? 1 : 0);
    }
  }
  const text = `${words.join(" ")}.`;
  const capitalised = text.charAt(0).toUpperCase() + text.slice(1);
  if (capitalised.length !== SENTENCE_LENGTH) throw new Error(`sentence of ${capitalised.length}: ${text}`);
  return capitalised;
}

/** The sentence pool: `plain` ordinary sentences, then `rare` sentences holding RARE_WORD. */
export function sentencePool(plain: number, rare: number, seed = 20230618): string[] {
  const random = seededRandom(seed);
  const pool: string[] = [];
  for (let i = 0; i < plain; i++) pool.push(sentence(random));
  for (let i = 0; i < rare; i++) pool.push(sentence(random, RARE_WORD));
  return pool;
}
