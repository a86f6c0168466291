// The system's SQLite for the benchmark's FTS5 peer, plus what Swift cannot import from it:
// SQLITE_TRANSIENT is a macro that casts -1 to a function pointer.
#ifndef ADVISOR_CSQLITE_SHIM_H
#define ADVISOR_CSQLITE_SHIM_H

#include <sqlite3.h>

// Binds a copy of `text`: SQLite copies it before returning, so Swift's buffer may go away.
static inline int advisor_sqlite_bind_text(sqlite3_stmt *statement, int index, const char *text) {
  return sqlite3_bind_text(statement, index, text, -1, SQLITE_TRANSIENT);
}

#endif
