// The system's SQLite for the session store, loaded with dlopen the first time a database is
// opened rather than linked into the executable: `advisor ask`, which never opens the state,
// then starts without loading libsqlite3 at all. Only what the store uses is declared here.
#ifndef ADVISOR_CSQLITE_LAZY_H
#define ADVISOR_CSQLITE_LAZY_H

#include <stdint.h>

typedef struct sqlite3 sqlite3;
typedef struct sqlite3_stmt sqlite3_stmt;

#define LAZY_SQLITE_OK 0
#define LAZY_SQLITE_ERROR 1
#define LAZY_SQLITE_BUSY 5
#define LAZY_SQLITE_LOCKED 6
#define LAZY_SQLITE_CORRUPT 11
#define LAZY_SQLITE_CANTOPEN 14
#define LAZY_SQLITE_NOTADB 26
#define LAZY_SQLITE_ROW 100
#define LAZY_SQLITE_DONE 101
#define LAZY_SQLITE_NULL 5
#define LAZY_SQLITE_OPEN_READWRITE 0x00000002
#define LAZY_SQLITE_OPEN_CREATE 0x00000004
#define LAZY_SQLITE_OPEN_NOFOLLOW 0x01000000
#define LAZY_SQLITE_PREPARE_PERSISTENT 0x01

// Why libsqlite3 could not be loaded, or NULL once it is.
const char *lazy_sqlite3_load_error(void);

int lazy_sqlite3_open_v2(const char *filename, sqlite3 **database, int flags, const char *vfs);
int lazy_sqlite3_close_v2(sqlite3 *database);
const char *lazy_sqlite3_errmsg(sqlite3 *database);
const char *lazy_sqlite3_errstr(int code);
int lazy_sqlite3_extended_result_codes(sqlite3 *database, int on);
int lazy_sqlite3_busy_timeout(sqlite3 *database, int milliseconds);
int lazy_sqlite3_exec(sqlite3 *database, const char *sql);
int lazy_sqlite3_prepare_v3(sqlite3 *database, const char *sql, int length, unsigned int flags,
                            sqlite3_stmt **statement, const char **tail);
int64_t lazy_sqlite3_last_insert_rowid(sqlite3 *database);

int lazy_sqlite3_finalize(sqlite3_stmt *statement);
int lazy_sqlite3_reset(sqlite3_stmt *statement);
int lazy_sqlite3_clear_bindings(sqlite3_stmt *statement);
int lazy_sqlite3_step(sqlite3_stmt *statement);
int lazy_sqlite3_bind_null(sqlite3_stmt *statement, int index);
int lazy_sqlite3_bind_int64(sqlite3_stmt *statement, int index, int64_t value);
// Text and blobs are copied by SQLite before these return (SQLITE_TRANSIENT).
int lazy_sqlite3_bind_text(sqlite3_stmt *statement, int index, const char *text);
int lazy_sqlite3_bind_blob(sqlite3_stmt *statement, int index, const void *bytes, int count);
int lazy_sqlite3_column_type(sqlite3_stmt *statement, int column);
int64_t lazy_sqlite3_column_int64(sqlite3_stmt *statement, int column);
const unsigned char *lazy_sqlite3_column_text(sqlite3_stmt *statement, int column);
const void *lazy_sqlite3_column_blob(sqlite3_stmt *statement, int column);
int lazy_sqlite3_column_bytes(sqlite3_stmt *statement, int column);

#endif
