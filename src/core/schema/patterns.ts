// The formats' patterns and fixed values, without zod: the offline form's browser script uses
// them too, and must not carry a schema library.
/** Ids are kebab-case so that they read well in files, URLs and CSV headers. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A BCP 47 language tag, loosely checked here; `Intl` checks it properly in the rules. */
export const LANG_PATTERN = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

export const SEMVER_PATTERN =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

export const NON_SCORED = ['not-applicable', 'dont-know'] as const;
export type NonScored = (typeof NON_SCORED)[number];
