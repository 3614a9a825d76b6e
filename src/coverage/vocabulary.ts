import { PROTECTED_CHARACTERISTICS } from '../model/status.js';

/**
 * A characteristic {@link coverage} can report: one of the Equality Act 2010's
 * nine protected characteristics, or an optional extra (`socio-economic`,
 * `care-experience`, `carers`), or a council's own id.
 *
 * @example
 * ```ts
 * const c: CharacteristicId = 'sexual-orientation';
 * ```
 * @category Coverage
 */
export type CharacteristicId = (typeof PROTECTED_CHARACTERISTICS)[number] | (typeof EXTRA_CHARACTERISTICS)[number] | (string & {});

/**
 * Optional extras some councils report beside the nine protected
 * characteristics: socio-economic status (the Act's unenforced section 1
 * duty), care experience (care leavers) and unpaid carers (protected by
 * association only). {@link coverage} reports them when asked.
 *
 * @example
 * ```ts
 * EXTRA_CHARACTERISTICS.includes('care-experience') //=> true
 * ```
 * @category Coverage
 */
export const EXTRA_CHARACTERISTICS = /* @__PURE__ */ Object.freeze(['socio-economic', 'care-experience', 'carers'] as const);

/**
 * Labels of the nine protected characteristics and the extras, as a report
 * writes them.
 *
 * @example
 * ```ts
 * CHARACTERISTIC_LABELS['religion-belief'] //=> 'Religion or belief'
 * ```
 * @category Coverage
 */
export const CHARACTERISTIC_LABELS: Readonly<Record<string, string>> = /* @__PURE__ */ Object.freeze({
  age: 'Age',
  disability: 'Disability',
  'gender-reassignment': 'Gender reassignment',
  'marriage-civil-partnership': 'Marriage and civil partnership',
  'pregnancy-maternity': 'Pregnancy and maternity',
  race: 'Race',
  'religion-belief': 'Religion or belief',
  sex: 'Sex',
  'sexual-orientation': 'Sexual orientation',
  'socio-economic': 'Socio-economic status',
  'care-experience': 'Care experience',
  carers: 'Carers',
});

/**
 * The pre-2010 "six strands" of equality mapped onto the protected
 * characteristics of the Equality Act 2010. The gender strand maps to `sex`
 * only: trans people were covered by it, but a plan that names "gender" is
 * not taken to serve gender reassignment unless it says so.
 *
 * @example
 * ```ts
 * SIX_STRANDS.gender //=> ['sex']
 * ```
 * @category Coverage
 */
export const SIX_STRANDS: Readonly<Record<string, readonly string[]>> = /* @__PURE__ */ Object.freeze({
  race: ['race'],
  gender: ['sex'],
  disability: ['disability'],
  age: ['age'],
  'sexual-orientation': ['sexual-orientation'],
  'religion-belief': ['religion-belief'],
});

/**
 * One entry of a characteristics vocabulary: a term and the characteristics
 * it stands for. A term is matched as whole words, ignoring case; a space
 * matches any run of spaces or hyphens, and a trailing `*` any ending
 * (`disab*` matches "disabled" and "disability").
 *
 * @example
 * ```ts
 * const t: CharacteristicTerm = { term: 'armed forces', characteristics: ['veterans'] };
 * ```
 * @category Coverage
 */
export interface CharacteristicTerm {
  /** The words to find. */
  term: string;
  /** The characteristics they stand for. */
  characteristics: readonly string[];
}

const STRANDS = Object.keys(SIX_STRANDS).flatMap((k) => [...SIX_STRANDS[k]!]);
const t = (characteristics: readonly string[], terms: string): CharacteristicTerm[] => terms.split('|').map((term) => ({ term, characteristics }));

/**
 * The built-in vocabulary of terms for the protected characteristics and the
 * extras. Transparent data: extend it with `coverage`'s `vocabulary` option,
 * or replace it.
 *
 * @example
 * ```ts
 * CHARACTERISTIC_VOCABULARY.find((t) => t.term === 'wheelchair*')?.characteristics //=> ['disability']
 * ```
 * @category Coverage
 */
export const CHARACTERISTIC_VOCABULARY: readonly CharacteristicTerm[] = /* @__PURE__ */ Object.freeze([
  ...t(STRANDS, 'all six strands|all 6 strands|all equality strands|all strands|all six equality strands|all strands of equality|all six strands of equality|all 6 strands of equality|six strands of equality|six equality strands'),
  ...t([...PROTECTED_CHARACTERISTICS], 'all protected characteristics|all nine protected characteristics|all 9 protected characteristics|all equality groups'),
  ...t(['age'], 'age|ageism|age discrimination|young people|younger people|young person|young adults|youth|children|child|teenagers|older people|older person|older residents|older adults|elderly|pensioner*|retired people|intergenerational'),
  ...t(['disability'], 'disab*|wheelchair*|accessib*|inaccessible|deaf|blind|blindness|visual impairment*|visually impaired|vision impairment*|hearing impairment*|hearing loop*|learning difficult*|learning disabilit*|mental health|autism|autistic|neurodivers*|dyslexi*|sign language|bsl|easy read|dropped kerbs|two ticks|disability confident|reasonable adjustment*|impairment*'),
  ...t(['gender-reassignment'], 'trans|transgender|transsexual|gender reassignment|gender identity|non binary|transphobi*'),
  ...t(['gender-reassignment', 'sexual-orientation'], 'lgbt*|lgb|glbt'),
  ...t(['sexual-orientation'], 'sexual orientation|lesbian*|gay|gays|bisexual*|homophob*|biphob*|same sex couples'),
  ...t(['marriage-civil-partnership'], 'marriage|married|marital status|civil partnership*|civil partner*|same sex marriage'),
  ...t(['pregnancy-maternity'], 'pregnan*|maternity|breastfeed*|breast feeding|new mothers|expectant mothers'),
  ...t(['race'], 'race|racial|racism|racist|ethnic*|bme|bame|minority ethnic|black|asian|african|caribbean|indian|pakistani|bangladeshi|chinese|polish|eastern european|gypsy|gypsies|traveller*|roma|migrant*|immigrant*|refugee*|asylum|english as a second language|esol|interpreter*|interpreting|windrush'),
  ...t(['religion-belief'], 'religion*|religious|belief*|faith|faiths|interfaith|multi faith|christian|christians|christianity|muslim*|islam|islamic|islamophobi*|jewish|judaism|antisemit*|hindu|hindus|sikh|sikhs|buddhist*|humanist*|diwali|eid|ramadan|vaisakhi|hanukkah|places of worship|mosque*|synagogue*|gurdwara*|church|churches|temple|temples'),
  ...t(['sex'], 'sex|gender|gender equality|women|woman|men|girls|boys|female*|male|males|sexism|misogyny|gender pay gap|pay gap|violence against women'),
  ...t(['socio-economic'], 'socio economic|socioeconomic|deprivation|deprived|poverty|low income*|low paid|financial exclusion|social mobility|homeless*|unemployed|unemployment|disadvantaged'),
  ...t(['care-experience'], 'care leaver*|care experienced|care experience|looked after children|looked after child|children in care|corporate parent*'),
  ...t(['carers'], 'carer|carers|unpaid care'),
  ...t(['carers', 'age'], 'young carer*'),
]);
