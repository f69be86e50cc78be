// The model, analytics and layout tests import `expect` from @open-wc/testing, which runs
// only in a browser. Under Node (the mutation run) they get the same chai `expect` from here.
export { expect } from 'chai';
