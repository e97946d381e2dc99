/** Types for numeric 1.2.6 (numericjs, the package ships none): only the quasi-Newton minimiser we use. */
declare module 'numeric' {
  interface UncminResult {
    solution: number[];
    f: number;
    iterations: number;
    message: string;
  }
  const numeric: {
    /** BFGS minimisation of f from x0; the gradient defaults to numeric's finite differences. */
    uncmin(f: (x: number[]) => number, x0: number[], tol?: number, gradient?: ((x: number[]) => number[]) | undefined, maxit?: number): UncminResult;
  };
  export = numeric;
}
