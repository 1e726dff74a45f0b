import type { Translation } from '../core/messages.js';
import type { form as en } from './form.en.js';
import { time } from './time.cy.js';

/**
 * The offline form's words in Welsh. Written for attune; every text here wants a first-language
 * reviewer before it is relied on (see the README, "Languages").
 */
export const form: Translation<typeof en> = {
  ...time,
  pageTitle: 'Ffurflen hunanasesu',
  kicker: 'Hunanasesu',
  noScript:
    'Mae angen JavaScript ar y ffurflen hon, ac mae wedi’i ddiffodd yn y porwr hwn. Trowch ef ymlaen ar gyfer y dudalen hon, neu gofynnwch i’r person a anfonodd y ffurflen atoch am ffordd arall o ateb.',
  restored: 'Croeso’n ôl. Mae’r atebion a roddwyd o’r blaen ar y ddyfais hon wedi’u llenwi.',
  restoredNotYours: 'Os nad eich rhai chi ydyn nhw:',
  restoredClear: 'clirio nhw a dechrau eto',
  startHeading: 'Cyn i chi ddechrau',
  promiseDevice:
    'Mae eich atebion yn aros ar y ddyfais hon. Does dim yn cael ei anfon i unman tra byddwch yn llenwi’r ffurflen.',
  promiseKept:
    'Mae’r porwr hwn yn cadw eich atebion wrth i chi fynd, felly gallwch gau’r dudalen a pharhau yn nes ymlaen ar yr un ddyfais.',
  promiseSkip:
    'Gallwch hepgor unrhyw gwestiwn. Mae “Ddim yn gwybod” a “Ddim yn berthnasol” yn atebion gonest lle bynnag y cânt eu cynnig.',
  promiseSave:
    'Ar y diwedd byddwch yn gwirio eich atebion ac yn eu cadw fel ffeil, a byddwch yn ei hanfon at y person a ofynnodd i chi lenwi’r ffurflen hon.',
  promiseNames: 'Peidiwch ag ysgrifennu eich enw, nac enw neb arall, yn unman yn y ffurflen.',
  whoLegend: 'Pwy sy’n ateb?',
  whoOne: 'Dim ond fi',
  whoGroup: 'Grŵp, yn cytuno ar yr atebion gyda’i gilydd',
  whoGroupHint: 'Er enghraifft tîm mewn gweithdy, yn ateb ar un sgrin.',
  roleLegend: 'Pa un o’r rhain sy’n eich disgrifio orau?',
  roleHint:
    'Os ydych yn ateb fel grŵp, dewiswch yr hyn sy’n disgrifio’r grŵp. Mae’n penderfynu pa gwestiynau a welwch.',
  roleError: 'Dewiswch un o’r rhain, er mwyn i chi weld y cwestiynau sydd i chi.',
  roleFixed: 'Rydych yn ateb fel:',
  unitLabel: 'Y gwasanaeth, y tîm neu’r safle rydych yn ateb amdano (dewisol)',
  start: 'Dechrau',
  questionCount:
    '{count, plural, zero {Does dim cwestiwn i chi.} one {Mae un cwestiwn i chi.} two {Mae dau gwestiwn i chi.} few {Mae tri chwestiwn i chi.} many {Mae chwe chwestiwn i chi.} other {Mae # cwestiwn i chi.}} {time}',
  supportLead: 'Os yw cwestiwn yn codi rhywbeth i chi:',
  nextSection: 'Yr adran nesaf',
  back: 'Yn ôl',
  checkAnswers: 'Gwirio eich atebion',
  section: 'Adran {number} o {count}',
  helpSummary: 'Help gyda’r cwestiwn hwn',
  evidenceIntro: 'Pethau y gallech gyfeirio atynt:',
  noteSummary: 'Ychwanegu nodyn (dewisol)',
  noteSummaryHas: 'Eich nodyn',
  noteLabel: 'Eich nodyn, mewn ychydig eiriau eich hun',
  notApplicable: 'Ddim yn berthnasol',
  dontKnow: 'Ddim yn gwybod',
  skip: 'Hepgor y cwestiwn hwn',
  skipped: 'Wedi’i hepgor',
  notAnswered: 'Heb ei ateb eto',
  note: 'Nodyn: {note}',
  change: 'Newid',
  changeAnswerTo: ' eich ateb i: ',
  changeWho: ' pwy sy’n ateb',
  whoOnePerson: 'Un person',
  whoTogether: 'Grŵp, gyda’i gilydd',
  whoAs: ', fel ',
  whoAbout: ', am {unit}',
  progress:
    '{answered} o {total, plural, zero {0 cwestiwn} one {1 cwestiwn} two {2 gwestiwn} few {3 chwestiwn} many {6 chwestiwn} other {# cwestiwn}} wedi’u hateb{skipped, plural, =0 {} other {, # wedi’u hepgor}}{open, plural, =0 {} other {, # heb eu hateb eto}}.',
  followUps:
    '{count, plural, one {Mae cwestiwn dilynol wedi’i ychwanegu.} two {Mae dau gwestiwn dilynol wedi’u hychwanegu.} few {Mae tri chwestiwn dilynol wedi’u hychwanegu.} many {Mae chwe chwestiwn dilynol wedi’u hychwanegu.} other {Mae # cwestiwn dilynol wedi’u hychwanegu.}}',
  noLonger:
    '{count, plural, one {Nid yw un cwestiwn yn berthnasol mwyach, ac mae ei ateb wedi’i dynnu.} other {Nid yw # cwestiwn yn berthnasol mwyach, ac mae eu hatebion wedi’u tynnu.}}',
  storageOff:
    'Ni all y porwr hwn gadw eich atebion rhwng ymweliadau (mae ei storfa wedi’i diffodd). Atebwch y cwestiynau a chadwch eich atebion cyn i chi gau’r dudalen hon.',
  storageFull:
    'Nid oedd modd cadw eich atebion yn y porwr hwn (efallai fod ei storfa’n llawn). Cadwch nhw nawr.',
  confirmStartAgain:
    'Tynnu’r holl atebion a gedwir yn y porwr hwn ar gyfer y ffurflen hon, a dechrau eto?',
  reviewHeading: 'Gwirio eich atebion',
  reviewSaving:
    'Pan fyddwch yn cadw, bydd eich atebion yn troi’n ffeil. Ar ffôn gallwch ei rhannu ar unwaith, er enghraifft drwy e-bost neu neges; fel arall mae eich porwr yn ei llwytho i lawr. Does dim yn cael ei anfon i unman oni bai eich bod chi’n ei anfon.',
  save: 'Cadw fy atebion',
  reviewBack: 'Yn ôl i’r cwestiynau',
  savedHeading: 'Mae eich atebion wedi’u cadw',
  savedDownloaded:
    'Mae eich porwr wedi cadw eich atebion yn y ffeil “{name}”, fel arfer yn eich ffolder Llwythi i lawr.',
  savedShared: 'Mae eich atebion yn y ffeil “{name}”, a ddewisoch ei rhannu.',
  savedSomewhere:
    'Cafodd eich atebion eu cadw fel ffeil, fel arfer yn eich ffolder Llwythi i lawr.',
  savedSend:
    'Anfonwch y ffeil at y person a ofynnodd i chi lenwi’r ffurflen hon. Diolch am eich atebion.',
  savedKept:
    'Mae’r porwr hwn hefyd yn cadw copi o’ch atebion. Os yw pobl eraill yn defnyddio’r ddyfais hon, gallwch ei dynnu.',
  clear: 'Tynnu fy atebion o’r porwr hwn',
  saveAgain: 'Cadw’r ffeil eto',
  savedBack: 'Yn ôl i fy atebion',
  cleared: 'Mae eich atebion wedi’u tynnu o’r porwr hwn. Gallwch gau’r dudalen hon nawr.',
  restart: 'Llenwi’r ffurflen eto',
  footer:
    'Gwnaed gydag attune. Mae’r dudalen hon yn gweithio all-lein: nid yw’n llwytho dim o’r rhyngrwyd ac nid yw’n anfon dim i unman.',
};
