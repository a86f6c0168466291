#include "CSQLiteLazy.h"

#include <dlfcn.h>
#include <pthread.h>
#include <sqlite3.h>
#include <stddef.h>

#define FUNCTIONS(X)                                                                            \
  X(sqlite3_open_v2) X(sqlite3_close_v2) X(sqlite3_errmsg) X(sqlite3_errstr)                    \
  X(sqlite3_extended_result_codes) X(sqlite3_busy_timeout) X(sqlite3_exec)                      \
  X(sqlite3_prepare_v3) X(sqlite3_last_insert_rowid) X(sqlite3_finalize) X(sqlite3_reset)       \
  X(sqlite3_clear_bindings) X(sqlite3_step) X(sqlite3_bind_null) X(sqlite3_bind_int64)          \
  X(sqlite3_bind_text) X(sqlite3_bind_blob) X(sqlite3_column_type) X(sqlite3_column_int64)      \
  X(sqlite3_column_text) X(sqlite3_column_blob) X(sqlite3_column_bytes)

#define DECLARE(name) static __typeof__(&name) p_##name;
FUNCTIONS(DECLARE)

static pthread_once_t once = PTHREAD_ONCE_INIT;
static const char *load_error = "libsqlite3 has not been loaded";

static void load(void) {
  static const char *names[] = {"libsqlite3.so.0", "libsqlite3.so", "libsqlite3.dylib"};
  void *library = NULL;
  for (size_t i = 0; library == NULL && i < sizeof names / sizeof names[0]; i++) {
    library = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
  }
  if (library == NULL) {
    load_error = "the system's SQLite library (libsqlite3) cannot be loaded; install it";
    return;
  }
#define RESOLVE(name)                                                                           \
  p_##name = (__typeof__(p_##name))dlsym(library, #name);                                       \
  if (p_##name == NULL) {                                                                       \
    load_error = "the system's SQLite library is too old (it lacks " #name ")";                 \
    return;                                                                                     \
  }
  FUNCTIONS(RESOLVE)
  load_error = NULL;
}

const char *lazy_sqlite3_load_error(void) {
  pthread_once(&once, load);
  return load_error;
}

// Every other call follows a successful open, so the library is loaded by then.
int lazy_sqlite3_open_v2(const char *filename, sqlite3 **database, int flags, const char *vfs) {
  if (lazy_sqlite3_load_error() != NULL) {
    *database = NULL;
    return SQLITE_CANTOPEN;
  }
  return p_sqlite3_open_v2(filename, database, flags, vfs);
}

int lazy_sqlite3_close_v2(sqlite3 *database) {
  return database == NULL ? SQLITE_OK : p_sqlite3_close_v2(database);
}
const char *lazy_sqlite3_errmsg(sqlite3 *database) { return p_sqlite3_errmsg(database); }
const char *lazy_sqlite3_errstr(int code) { return p_sqlite3_errstr(code); }
int lazy_sqlite3_extended_result_codes(sqlite3 *database, int on) {
  return p_sqlite3_extended_result_codes(database, on);
}
int lazy_sqlite3_busy_timeout(sqlite3 *database, int milliseconds) {
  return p_sqlite3_busy_timeout(database, milliseconds);
}
int lazy_sqlite3_exec(sqlite3 *database, const char *sql) {
  return p_sqlite3_exec(database, sql, NULL, NULL, NULL);
}
int lazy_sqlite3_prepare_v3(sqlite3 *database, const char *sql, int length, unsigned int flags,
                            sqlite3_stmt **statement, const char **tail) {
  return p_sqlite3_prepare_v3(database, sql, length, flags, statement, tail);
}
int64_t lazy_sqlite3_last_insert_rowid(sqlite3 *database) {
  return p_sqlite3_last_insert_rowid(database);
}
int lazy_sqlite3_finalize(sqlite3_stmt *statement) { return p_sqlite3_finalize(statement); }
int lazy_sqlite3_reset(sqlite3_stmt *statement) { return p_sqlite3_reset(statement); }
int lazy_sqlite3_clear_bindings(sqlite3_stmt *statement) {
  return p_sqlite3_clear_bindings(statement);
}
int lazy_sqlite3_step(sqlite3_stmt *statement) { return p_sqlite3_step(statement); }
int lazy_sqlite3_bind_null(sqlite3_stmt *statement, int index) {
  return p_sqlite3_bind_null(statement, index);
}
int lazy_sqlite3_bind_int64(sqlite3_stmt *statement, int index, int64_t value) {
  return p_sqlite3_bind_int64(statement, index, value);
}
int lazy_sqlite3_bind_text(sqlite3_stmt *statement, int index, const char *text) {
  return p_sqlite3_bind_text(statement, index, text, -1, SQLITE_TRANSIENT);
}
int lazy_sqlite3_bind_blob(sqlite3_stmt *statement, int index, const void *bytes, int count) {
  return p_sqlite3_bind_blob(statement, index, bytes, count, SQLITE_TRANSIENT);
}
int lazy_sqlite3_column_type(sqlite3_stmt *statement, int column) {
  return p_sqlite3_column_type(statement, column);
}
int64_t lazy_sqlite3_column_int64(sqlite3_stmt *statement, int column) {
  return p_sqlite3_column_int64(statement, column);
}
const unsigned char *lazy_sqlite3_column_text(sqlite3_stmt *statement, int column) {
  return p_sqlite3_column_text(statement, column);
}
const void *lazy_sqlite3_column_blob(sqlite3_stmt *statement, int column) {
  return p_sqlite3_column_blob(statement, column);
}
int lazy_sqlite3_column_bytes(sqlite3_stmt *statement, int column) {
  return p_sqlite3_column_bytes(statement, column);
}
