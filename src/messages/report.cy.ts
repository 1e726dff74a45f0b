import type { Translation } from '../core/messages.js';
import type { report as en } from './report.en.js';

/**
 * The report's words in Welsh. Written for attune; every text here wants a first-language
 * reviewer before it is relied on (see the README, "Languages"). The terms follow assess.cy.ts,
 * form.cy.ts and the bundled framework's Welsh: parth (domain), maes (area of the organisation),
 * nodyn (note), sgôr (score), cynllun gweithredu and camau gweithredu (action plan, actions), and
 * lefel (a framework's stage, so that it is never confused with a cam gweithredu). Counts use
 * Welsh plural forms (zero, one, two, few, many, other) with the mutations that follow the
 * number; digits stay digits, as in form.cy.ts.
 */
const privacyOwn =
  'Eich atebion chi yw’r rhain, fel y’u rhoddwyd yn y ffeil hon: nid canlyniad i’r sefydliad. Daw adroddiad i’r sefydliad o atebion pawb gyda’i gilydd ({code}), ac nid yw’n dangos dim a gyfrifwyd o atebion llai na {size} o bobl.';
const domainNoScore =
  'Dim sgôr: ni chafodd unrhyw un o gwestiynau’r parth hwn ateb â sgôr y gellir ei ddangos.';
const lastCycleIntro =
  'Camau gweithredu a gynlluniwyd mewn asesiad cynharach, a sut mae sgôr eu cwestiwn wedi symud ers hynny. Mae newid y mae ei gyfwng 95% yn cynnwys sero o fewn amrywiad siawns: nid yw’n godiad nac yn ostyngiad clir.';
const lastCycleCaption = 'Camau gweithredu’r cylch diwethaf, ac a wnaethant wahaniaeth';

const people =
  '{count, plural, zero {# o bobl} one {# person} two {# berson} few {# pherson} many {# pherson} other {# o bobl}}';
const questions =
  '{count, plural, zero {# cwestiwn} one {# cwestiwn} two {# gwestiwn} few {# chwestiwn} many {# chwestiwn} other {# cwestiwn}}';
/** A count in another message, under another parameter's name. */
const as = (count: string, name: string) => count.replace('{count,', `{${name},`);

export const report: Translation<typeof en> = {
  title: '{title}: adroddiad asesu',
  titleOwn: 'Eich atebion: {title}',
  subtitle: 'Adroddiad asesu',
  subtitleOwn: 'Eich atebion',
  contents: 'Cynnwys',
  madeWith: 'Gwnaed gydag attune o {title} ({id} {version}).',
  docxDescription: 'Adroddiad asesu a wnaed gydag attune',

  keyFindings: 'Prif ganfyddiadau',
  clearestStrengths: 'Y cryfderau cliriaf',
  areasToDevelop: 'Meysydd i’w datblygu',
  firstActions: 'Y camau cyntaf',
  about: 'Am yr adroddiad hwn',
  summary: 'Crynodeb',
  stages: 'Lefelau',
  scores: 'Sgoriau fesul parth',
  strengths: 'Cryfderau',
  strengthsHint: '(sgôr o 75 neu fwy)',
  roomToGrow: 'Y lle mwyaf i dyfu',
  roomToGrowHint: '(sgôr o dan 50)',
  notes: 'Beth ddywedodd pobl',
  yourNotes: 'Eich nodiadau',
  areas: 'Parthau fesul maes o’r sefydliad',
  byUnit: 'Fesul gwasanaeth neu safle',
  byRole: 'Fesul rôl',
  gaps: 'Bylchau rhwng barn y rolau',
  comparison: 'O’i gymharu â’r asesiad cynharach',
  trend: 'Ar draws y cylchoedd',
  roleMix: 'Mae pwy atebodd wedi newid',
  rates: 'Pwy gafodd eu holi, a phwy atebodd',
  plan: 'Targedau, a chamau gweithredu’r cylch diwethaf',
  actions: 'Cynllun gweithredu',
  coverage: 'Faint a atebwyd',
  method: 'Dull',
  provenance: 'O ble y daeth yr adroddiad hwn',

  findingsOverall: 'At ei gilydd: {score} allan o 100',
  findingsStage: ', {stage}.',
  findingsTarget: ' Targed: {target}, {distance}.',
  targetReached: 'wedi’i gyrraedd',
  targetToGo: '{points} pwynt i fynd',
  findingsNoScore: 'Does dim modd dangos sgôr gyffredinol.',
  findingsSince: 'Ers {label}:',
  findingsChange: ' {change}, {verdict}.',
  findingsChangeInterval: ' {change} ({interval}), {verdict}.',
  findingsInterval: 'cyfwng {confidence}%: {low} i {high}',
  verdictNoScore: 'does dim sgôr gyffredinol i’w chymharu',
  verdictNoInterval: 'does dim cyfwng i’w wahaniaethu oddi wrth siawns',
  verdictChance: 'o fewn amrywiad siawns',
  verdictRise: 'codiad clir',
  verdictFall: 'gostyngiad clir',
  theEarlierAssessment: 'yr asesiad cynharach',
  findingsRoleDifference: 'Y gwahaniaeth mwyaf rhwng rolau:',
  findingsRoleDifferenceText:
    ' ar “{text}”, rhoddodd {high} sgôr o {highScore} (n = {highN}) a rhoddodd {low} sgôr o {lowScore} (n = {lowN}): {gap} pwynt rhyngddynt.',
  clearestStrengthsHint: '(75 neu fwy)',
  areasToDevelopHint: '(y sgoriau isaf)',
  noStrengths: 'Does dim cwestiwn â sgôr o 75 neu fwy eto.',
  noAreasToDevelop: 'Mae gan bob cwestiwn a ddangosir sgôr o 75 neu fwy.',
  noActions: 'Does dim cam gweithredu a awgrymir yn berthnasol ar y sgoriau hyn.',
  ownerNotAgreed: 'perchennog heb ei gytuno eto',
  noDueDate: 'dim dyddiad eto',
  dueOn: 'erbyn {date}',
  statusPlanned: 'wedi’i gynllunio',
  statusInProgress: 'ar y gweill',
  statusDone: 'wedi’i wneud',
  statusDropped: 'wedi’i ollwng',

  aboutWhat:
    'Mae’r adroddiad hwn yn dod â’r hyn a ddywedodd pobl am sut mae’r gwasanaeth yn gweithio at ei gilydd. Atebodd pobl mewn rolau gwahanol yr un cwestiynau, ac mae eu hatebion wedi’u hadio at ei gilydd yn sgoriau.',
  aboutNobodyOne:
    'Does neb yn cael ei enwi yma. Ond gall yr adroddiad hwn ddangos sgoriau un person hyd yn oed, felly rhannwch ef yn ofalus.',
  aboutNobody:
    'Does neb yn cael ei enwi yma. Nid yw grŵp o lai na {size} o bobl yn cael ei ddangos, felly does dim modd adnabod atebion neb. Mae nodiadau’n cael eu dyfynnu heb ddweud pwy a’u hysgrifennodd.',
  aboutNext:
    'Beth sy’n digwydd nesaf: mae’r cynllun gweithredu tua’r diwedd yn rhestru newidiadau y gallai’r tîm eu gwneud. Mae’r tîm yn cytuno pwy fydd yn gwneud pob un, ac erbyn pryd. Yn nes ymlaen, bydd pobl yn cael eu holi eto, i weld beth sydd wedi newid. Os cymeroch chi ran, diolch.',

  withheldLead: 'Does dim sgoriau’n cael eu dangos.',
  withheldText: `Dim ond {people, plural, zero {# o bobl a atebodd ar eu pen eu hunain} one {# person a atebodd ar ei ben ei hun} two {# berson a atebodd ar eu pen eu hunain} few {# pherson a atebodd ar eu pen eu hunain} many {# pherson a atebodd ar eu pen eu hunain} other {# o bobl a atebodd ar eu pen eu hunain}}, ac nid yw’r adroddiad hwn yn dangos dim a gyfrifwyd o atebion llai na {size} o bobl, fel na ellir adnabod atebion neb. I weld sgoriau:`,
  withheldMore: 'casglwch atebion gan fwy o bobl;',
  withheldWorkshop:
    'lle cytunodd grŵp ar ei atebion gyda’i gilydd, nodwch ei ffeil atebion fel gweithdy ({code});',
  withheldLower:
    'neu, gan wybod y gallai ddangos atebion un person, gostyngwch y trothwy gyda {code}.',
  overallScore: 'Sgôr gyffredinol: {score} allan o 100',
  overallStage: ', lefel: {glyph} {stage}.',
  outOf100: 'allan o 100',
  noOverallWithheld:
    'Dim sgôr gyffredinol: ni chafodd unrhyw gwestiwn sgôr gan {size} o bobl neu fwy.',
  noOverall: 'Dim sgôr gyffredinol: ni chafodd unrhyw gwestiwn ateb â sgôr.',
  whoAnswered:
    'Pwy atebodd: {responses, plural, zero {# ymateb} one {# ymateb} two {# ymateb} few {# ymateb} many {# ymateb} other {# ymateb}}{workshops, plural, =0 {} one {, gan gynnwys # gweithdy (grŵp yn ateb gyda’i gilydd)} two {, gan gynnwys # weithdy (grwpiau’n ateb gyda’i gilydd)} few {, gan gynnwys # gweithdy (grwpiau’n ateb gyda’i gilydd)} many {, gan gynnwys # gweithdy (grwpiau’n ateb gyda’i gilydd)} other {, gan gynnwys # gweithdy (grwpiau’n ateb gyda’i gilydd)}}{when, select, on {, ar {from}} between {, rhwng {from} a {to}} other {}}.',
  responsesCount:
    '{count, plural, zero {# ymateb} one {# ymateb} two {# ymateb} few {# ymateb} many {# ymateb} other {# ymateb}}',
  peopleCount: people,
  questionsCount: questions,
  workshopLine:
    '{count, plural, zero {# gweithdy} one {# gweithdy} two {# weithdy} few {# gweithdy} many {# gweithdy} other {# gweithdy}} (grŵp yn ateb gyda’i gilydd)',
  workshopGroups:
    '{count, plural, zero {# gweithdy} one {# gweithdy} two {# weithdy} few {# gweithdy} many {# gweithdy} other {# gweithdy}}',
  answeredOn: 'ar {date}',
  answeredBetween: 'rhwng {from} a {to}',
  role: 'Rôl',
  responses: 'Ymatebion',
  responsesByRole: 'Ymatebion fesul rôl',
  roleSuppressed: '(llai na {size}: sgoriau heb eu dangos)',
  noRoleGiven: 'Dim rôl wedi’i rhoi',
  privacyOwn,
  privacyThresholdOff:
    'Does neb yn cael ei enwi yn yr adroddiad hwn, ond mae’r trothwy yn 1 ({code}), felly gellir dangos sgoriau un person. Mae nodiadau’n cael eu dyfynnu heb ddweud pwy a’u hysgrifennodd.',
  privacy:
    'Does neb yn cael ei enwi yn yr adroddiad hwn. Does dim yn cael ei ddangos a gyfrifwyd o atebion llai na {size} o bobl: na sgoriau grŵp, na sgôr cwestiwn. Lle byddai dangos grŵp mwy yn gadael i rywun gyfrifo grŵp llai drwy dynnu un o’r llall, nid yw hwnnw’n cael ei ddangos chwaith. Mae nodiadau’n cael eu dyfynnu heb ddweud pwy a’u hysgrifennodd.',
  fromBracket: '(o {from})',
  stageFromAfter: 'o {from}',

  domain: 'Parth',
  score: 'Sgôr',
  bar: 'Bar',
  stage: 'Lefel',
  outOf100Column: 'Allan o 100',
  domainScores: 'Sgoriau’r parthau',
  chartTitle: 'Sgoriau’r parthau allan o 100:',
  chartCaption:
    'Mae pob bar yn dangos sgôr parth allan o 100; mae’r llinellau toredig yn dangos ble mae pob lefel yn dechrau. Mae’r un rhifau yn y tabl.',
  docxChartNote:
    'Mae pob bar yn dangos sgôr parth allan o 100, wedi’i liwio hyd at ei hyd; mae’r un rhifau wrth ei ymyl.',
  noScoreShort: 'dim sgôr',
  notShown: 'heb ei dangos',
  domainScore: 'Sgôr:',
  domainStage: ', lefel: {glyph} {stage}.',
  domainNoScore,
  domainWithheld: `Wedi’u gadael allan o’r sgôr hon: ${as(questions, 'questions')} a atebwyd gan lai na {size} o bobl, fel na ellir cyfrifo atebion neb.`,
  scoreByRole: '{title}: sgôr fesul rôl',
  noneYet: 'Dim eto.',
  none: 'Dim.',
  moreNotes:
    'Mae {more, plural, zero {# nodyn arall} one {# nodyn arall} two {# nodyn arall} few {# nodyn arall} many {# nodyn arall} other {# nodyn arall}} ar y cwestiwn hwn, yn yr adroddiad JSON.',

  area: 'Maes',
  all: 'Pob un',
  areasCaption: 'Sgoriau’r cwestiynau ym mhob maes a pharth',
  legend: 'Mae cell pob sgôr wedi’i lliwio yn ôl ei lefel:',
  unit: 'Gwasanaeth neu safle',
  unitLower: 'gwasanaeth neu safle',
  roleLower: 'rôl',
  overall: 'At ei gilydd',
  byCaption:
    'Sgoriau’r parthau ar gyfer {kind, select, unit {pob gwasanaeth neu safle} other {pob rôl}}',
  byNote:
    'Nid yw grŵp o lai na {size} o bobl yn cael ei ddangos, na grŵp mwy (nac un o’i barthau) lle byddai ei ddangos yn gadael i rywun gyfrifo grŵp llai.',

  gapsIntro: 'Cwestiynau lle mae sgoriau’r rolau {points} pwynt neu fwy ar wahân',
  gapsMarked: ', wedi’u nodi â',
  gapFlag: '⚠ bwlch',
  gapsCaption: 'Sgoriau’r cwestiynau fesul rôl, y bwlch mwyaf yn gyntaf',
  question: 'Cwestiwn',
  gap: 'Bwlch',
  noGaps: 'Does dim cwestiwn yn dangos bwlch o {points} pwynt neu fwy rhwng rolau.',
  gapsImpossible:
    'Does dim modd dangos bylchau: does gan unrhyw gwestiwn sgoriau dwy rôl y gellir eu dangos (pob un gan {size} o bobl neu fwy, a heb ei chuddio i ddiogelu grŵp llai).',

  earlier:
    'Cynt: {responses, plural, zero {# ymateb} one {# ymateb} two {# ymateb} few {# ymateb} many {# ymateb} other {# ymateb}}{dated, select, yes {, hyd at {date}} other {}} (fersiwn {version}).',
  before: 'Cynt',
  now: 'Nawr',
  change: 'Newid',
  changeCaption: 'Y newid at ei gilydd a fesul parth',
  changeByArea: 'Y newid fesul maes',
  movedMost: 'Y cwestiynau a symudodd fwyaf',
  withinChance: '{change} (o fewn amrywiad siawns)',
  onlyEarlier:
    'Yn yr asesiad cynharach yn unig ({kind, select, domains {parthau} areas {meysydd} other {cwestiynau}}): {ids}.',
  onlyNow:
    'Yn yr asesiad hwn yn unig ({kind, select, domains {parthau} areas {meysydd} other {cwestiynau}}): {ids}.',

  trendIntro:
    'Sgôr pob parth a’r sgôr gyffredinol ym mhob asesiad, yr hynaf yn gyntaf, gyda’r cyfwng 95% mewn cromfachau.',
  docxTrendIntro:
    'Y sgôr gyffredinol a sgôr pob parth ym mhob asesiad, yr hynaf yn gyntaf, pob un gyda’i gyfwng 95% mewn cromfachau.',
  trendCaption: 'Sgoriau ym mhob asesiad, yr hynaf yn gyntaf, gyda’u cyfyngau 95%',
  trendOverall: 'Y sgôr gyffredinol',
  trendChartCaption:
    'Y sgôr gyffredinol ym mhob asesiad, yr hynaf ar y chwith; y sgwâr yw’r asesiad hwn. Mae pob marc yn dangos ei sgôr, a’r llinell drwyddo ei gyfwng 95%. Mae gan bob parth ei siart ei hun isod, ac mae pob sgôr yn y tabl.',
  trendChartLabel: 'Siart: {what} ym mhob asesiad',
  trendChartTitle: '{what}, allan o 100, ym mhob asesiad: {scores}',
  cycleNow: '{label} (nawr)',

  roleMixIntro:
    'Mae’r cymysgedd o rolau’n wahanol i’r asesiad cynharach, felly gall rhan o newid ddod o bwy atebodd yn hytrach nag o’r ymarfer. Wrth ymyl y newid fel y’i mesurwyd mae’r newid gyda phob rôl wedi’i phwysoli’r un fath yn y ddwy flynedd (gan ddefnyddio dim ond y sgoriau rôl y mae’r ddau adroddiad yn eu dangos).',
  roleMixWho: 'Pwy atebodd, fesul rôl',
  responsesThen: 'Ymatebion bryd hynny',
  shareThen: 'Cyfran bryd hynny',
  responsesNow: 'Ymatebion nawr',
  shareNow: 'Cyfran nawr',
  roleMixCaption: 'Y newid fel y’i mesurwyd, a gyda’r rolau wedi’u pwysoli’r un fath',
  changeMeasured: 'Y newid fel y’i mesurwyd',
  changeWeighted: 'Y newid, rolau wedi’u pwysoli’r un fath',

  ratesCaption: 'Cyfraddau ymateb',
  unitAndRole: 'Uned a rôl',
  asked: 'Wedi’u holi',
  answered: 'Wedi ateb',
  rate: 'Cyfradd',
  fewerThanHalf: '(llai na hanner)',
  answeredFewer: 'llai na {size}',
  ratesLow:
    'Lle atebodd llai na hanner y rhai a holwyd, efallai nad yw’r sgoriau’n siarad dros y grŵp cyfan.',

  targetsCaption: 'Targedau’r cynllun, o’u cymharu â’r sgoriau nawr',
  target: 'Targed',
  distance: 'Pellter',
  toGo: '{points} i fynd',
  noTargets: 'Nid yw’r cynllun yn gosod targedau.',
  lastCycleIntro,
  lastCycleCaption,
  action: 'Cam gweithredu',
  status: 'Statws',
  then: 'Bryd hynny',
  soFar: 'Hyd yma',
  planChange: '{change} ({low} i {high})',
  planChangeChance: '{change} ({low} i {high}), o fewn amrywiad siawns',
  planChangeNoInterval: '{change} (dim cyfwng)',
  noScoreNow: 'dim sgôr nawr',
  planStatusPlanned: 'Wedi’i gynllunio',
  planStatusInProgress: 'Ar y gweill',
  planStatusDone: 'Wedi’i wneud',
  planStatusDropped: 'Wedi’i ollwng',
  outcomeUnknown: 'Does dim modd dweud: dim sgôr yn cael ei dangos nawr',
  outcomeDoneRose: 'Wedi’i wneud, a chododd y sgôr',
  outcomeDoneNoChange: 'Wedi’i wneud, dim newid clir eto',
  outcomeDoneFell: 'Wedi’i wneud, ond gostyngodd y sgôr',
  outcomeNotDoneRose: 'Heb ei wneud, a chododd y sgôr',
  outcomeNotDoneNoChange: 'Heb ei wneud, dim newid clir',
  outcomeNotDoneFell: 'Heb ei wneud, a gostyngodd y sgôr',
  ratesIntro: 'Pwy gafodd eu holi, a phwy atebodd:',

  actionsIntro:
    'Y flaenoriaeth uchaf a’r sgôr isaf yn gyntaf. Nodwch pwy fydd yn gwneud pob un, ac erbyn pryd.',
  actionsCaption: 'Camau gweithredu a awgrymir',
  number: 'Rhif',
  priority: 'Blaenoriaeth',
  forQuestion: 'Ar gyfer y cwestiwn',
  questionScore: 'Sgôr y cwestiwn',
  owner: 'Perchennog',
  due: 'Erbyn',
  priorityHigh: 'Uchel',
  priorityMedium: 'Canolig',
  priorityLow: 'Isel',
  actionFor: 'Ar gyfer: {question}',
  actionWhere: '{domain} · sgôr y cwestiwn {score}',
  overdue: 'yn hwyr',
  scoreNowHigh: 'mae’r sgôr yn ddigon uchel nawr',
  docxThresholdMet: 'mae’r trothwy wedi’i gyrraedd nawr',

  coverageCaption: 'Atebion i’r cwestiynau a ddangoswyd i bob person',
  coverageCounted: 'Wedi’u cyfrif dros atebion pob person i’r cwestiynau a ddangoswyd iddynt',
  coverageLeftOut: `, gan adael allan ${as(questions, 'questions')} a ddangoswyd i lai na {size} o bobl`,
  notApplicable: 'Ddim yn berthnasol',
  dontKnow: 'Ddim yn gwybod',
  unanswered: 'Heb eu hateb',

  methodScoresLead: 'Sut mae’r sgoriau’n cael eu cyfrifo.',
  methodScores:
    'Mae pob ateb yn cael ei roi ar raddfa o 0 i 100. Sgôr cwestiwn yw cymedr ei atebion; sgôr parth yw cymedr pwysol sgoriau ei gwestiynau, a’r sgôr gyffredinol yw cymedr pwysol y parthau. Nid yw atebion “Ddim yn berthnasol” a “Ddim yn gwybod”, na chwestiynau a hepgorwyd, yn cyfrif tuag at unrhyw sgôr.',
  methodWhoLead: 'Pwy atebodd.',
  methodWho: `{responses, plural, zero {# ymateb} one {# ymateb} two {# ymateb} few {# ymateb} many {# ymateb} other {# ymateb}}, gan ${as(people, 'people')}{workshops, plural, =0 {} one { ac # gweithdy} two { a # weithdy} few { a # gweithdy} many { a # gweithdy} other { a # gweithdy}}. Does dim sgôr yn cael ei dangos sy’n dibynnu ar lai na {size} o bobl, ac mae n wrth ymyl sgôr yn dweud ar faint o bobl y mae’n dibynnu.`,
  methodRates: ' Mae’r cyfraddau ymateb uchod yn cymharu pwy atebodd â phwy gafodd eu holi.',
  methodIntervalsLead: 'Beth mae’r cyfyngau’n ei olygu.',
  methodIntervals:
    'Cyfwng {confidence}% yw’r ystod y byddai sgôr yn debygol o fod ynddi pe bai pobl eraill debyg i’r rhain wedi ateb. Mae newid y mae ei gyfwng yn cynnwys sero o fewn amrywiad siawns: gall fod yn real, ond ni all yr atebion hyn ei wahaniaethu oddi wrth siawns.',
  methodLimitsLead: 'Cyfyngiadau.',
  methodLimits:
    'Mae sgoriau’n dangos sut mae pobl yn gweld yr ymarfer; nid arolygiad ydyn nhw. Mae’r cyfyngau’n ystyried dim ond pwy ddigwyddodd ateb: nid a gafodd y cwestiynau eu darllen yr un fath, na newid yn y bobl a holwyd.',
  methodLowRates:
    ' Lle atebodd ychydig o’r rhai a holwyd, efallai nad yw’r sgoriau’n siarad dros y grŵp cyfan.',

  provenanceIntro:
    'Y mewnbynnau y gwnaed yr adroddiad hwn ohonynt, yn ôl eu gwerthoedd SHA-256, a’r opsiynau sy’n newid yr hyn y mae’n ei ddangos. Mae’r un mewnbynnau a’r un opsiynau yn rhoi’r un adroddiad; mae attune verify yn gwirio adroddiad JSON yn eu herbyn.',
  provenanceCaption: 'Beth y gwnaed yr adroddiad hwn ohono',
  input: 'Mewnbwn',
  what: 'Beth',
  inputColumn: 'mewnbwn',
  whatColumn: 'beth',
  toCheck: 'I’w wirio:',
  inputFramework: 'Fframwaith',
  inputFrameworkFile: 'Ffeil fframwaith',
  inputAnswers: 'Atebion',
  inputPlan: 'Cynllun',
  inputEarlier: 'Asesiad cynharach',
  inputOptions: 'Opsiynau',
  attuneVersion: 'fersiwn {version}',
  frameworkFiles:
    '{framework}, o {files, plural, zero {# ffeil} one {# ffeil} two {# ffeil} few {# ffeil} many {# ffeil} other {# ffeil}} (cyfrifir y gwerth o’u gwerthoedd nhw)',
  answersFiles:
    '{files, plural, zero {# ffeil} one {# ffeil} two {# ffeil} few {# ffeil} many {# ffeil} other {# ffeil}}{skipped, plural, =0 {} one {, # set o atebion wedi’i gadael allan (--skip-invalid)} other {, # set o atebion wedi’u gadael allan (--skip-invalid)}} (cyfrifir y gwerth o’u gwerthoedd nhw, wedi’u trefnu)',
  earlierReport: 'adroddiad JSON',
  earlierFiles:
    '{files, plural, zero {# ffeil atebion} one {# ffeil atebion} two {# ffeil atebion} few {# ffeil atebion} many {# ffeil atebion} other {# ffeil atebion}}',

  docxPrivacyOwn: privacyOwn,
  docxDomainNoScore: domainNoScore,
  docxLastCycleIntro: lastCycleIntro,
  docxLastCycleCaption: lastCycleCaption,
};
