// jstat ships no types; attune uses only the normal quantile function.
declare module 'jstat' {
  const jStat: { normal: { inv(p: number, mean: number, sd: number): number } };
  export default jStat;
}
