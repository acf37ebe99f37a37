// The package ships typings that its "exports" map hides from TypeScript; its API is
// better-sqlite3's (plus cipher pragmas), so borrow @types/better-sqlite3.
/* eslint-disable @typescript-eslint/no-require-imports -- `export =` typings need import = require */
declare module 'better-sqlite3-multiple-ciphers' {
  import Database = require('better-sqlite3');
  export = Database;
}
