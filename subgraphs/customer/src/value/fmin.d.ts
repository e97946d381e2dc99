/** Types for fmin 0.0.4 (Ben Frederickson's unconstrained minimisers; the package ships none). Only what we use. */
declare module 'fmin' {
  export interface NelderMeadParameters {
    maxIterations?: number;
    /** Also the simplex-size tolerance: fmin 0.0.4 reads minTolerance from minErrorDelta. */
    minErrorDelta?: number;
    nonZeroDelta?: number;
    zeroDelta?: number;
  }
  export function nelderMead(f: (x: number[]) => number, x0: number[], parameters?: NelderMeadParameters): { x: number[]; fx: number };
}
