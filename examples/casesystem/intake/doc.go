// Package intake reads the files a case system receives as management
// products (a Word document made from one of Digdir's templates, its text
// or Markdown export, or a stored document's JSON) and checks them with
// the library, storing nothing. It does no I/O, so it can be fuzzed and
// used without a database.
package intake
