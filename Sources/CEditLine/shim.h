// A thin C layer over libedit for Swift: fixed-argument wrappers around the variadic el_set and
// history calls, accessors for C globals (stdin, stdout) that Swift 6 refuses to touch, the
// prompt buffer, and a SIGINT flag set by a signal handler written in C.
#ifndef ADVISOR_CEDITLINE_SHIM_H
#define ADVISOR_CEDITLINE_SHIM_H

#include <errno.h>
#include <histedit.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <string.h>

// MARK: - Locale

// Without a UTF-8 locale libedit silently drops non-ASCII input; fall back to C.UTF-8.
static inline void advisor_set_utf8_locale(void) {
  const char *chosen = setlocale(LC_ALL, "");
  if (chosen == NULL || strstr(chosen, "UTF-8") == NULL && strstr(chosen, "utf8") == NULL) {
    if (setlocale(LC_CTYPE, "C.UTF-8") == NULL) setlocale(LC_CTYPE, "en_US.UTF-8");
  }
}

// MARK: - Interrupts

static volatile sig_atomic_t advisor_interrupted = 0;

static void advisor_on_sigint(int signo) {
  (void)signo;
  advisor_interrupted = 1;
}

// Installed without SA_RESTART so that a blocked read returns EINTR and the editor can clear
// the line; libedit re-raises the signal to this handler after restoring the terminal.
static inline int advisor_install_sigint_handler(void) {
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = advisor_on_sigint;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0;
  return sigaction(SIGINT, &action, NULL);
}

static inline int advisor_take_interrupt(void) {
  int was = advisor_interrupted;
  advisor_interrupted = 0;
  return was;
}

// MARK: - The terminal's foreground

#include <unistd.h>

// When started by a parent without job control (make, a script), the advisor shares its
// process group: the terminal's Ctrl-C, and libedit's re-raise of it with kill(0, ...), would
// reach the parent too. Like a job-control shell, move into a new process group and make it the
// terminal's foreground for the session. Returns the previous foreground group, or -1 when
// nothing was changed (already a group leader, or not in the foreground).
static inline pid_t advisor_take_terminal(int fd) {
  pid_t foreground = tcgetpgrp(fd);
  if (foreground < 0 || foreground != getpgrp() || getpgrp() == getpid()) return -1;
  if (setpgid(0, 0) != 0) return -1;
  sigset_t block, previous;
  sigemptyset(&block);
  sigaddset(&block, SIGTTOU);
  sigprocmask(SIG_BLOCK, &block, &previous);
  int result = tcsetpgrp(fd, getpgrp());
  sigprocmask(SIG_SETMASK, &previous, NULL);
  if (result != 0) return -1;
  // A parent without job control could never resume a stopped group: Ctrl-Z does nothing.
  signal(SIGTSTP, SIG_IGN);
  return foreground;
}

// Called as the session ends. From then on the advisor is a background group: anything that
// still touches the terminal before exit (a flush, libedit's reset) must not stop the process,
// so SIGTTOU and SIGTTIN stay ignored.
static inline void advisor_give_back_terminal(int fd, pid_t foreground) {
  if (foreground < 0) return;
  signal(SIGTTOU, SIG_IGN);
  signal(SIGTTIN, SIG_IGN);
  tcsetpgrp(fd, foreground);
}

// MARK: - Prompt

static char advisor_prompt_buffer[512] = "> ";

static inline void advisor_set_prompt_text(const char *text) {
  strncpy(advisor_prompt_buffer, text, sizeof advisor_prompt_buffer - 1);
  advisor_prompt_buffer[sizeof advisor_prompt_buffer - 1] = '\0';
}

static char *advisor_prompt(EditLine *el) {
  (void)el;
  return advisor_prompt_buffer;
}

// MARK: - The editor

static inline EditLine *advisor_el_init(const char *program) {
  return el_init(program, stdin, stdout, stderr);
}

static inline void advisor_el_configure(EditLine *el, History *h) {
  el_set(el, EL_EDITOR, "emacs");
  el_set(el, EL_SIGNAL, 1);
  // '\1' marks where escape sequences start and end in the prompt, so colours do not move the
  // cursor.
  el_set(el, EL_PROMPT_ESC, advisor_prompt, '\1');
  if (h != NULL) el_set(el, EL_HIST, history, h);
}

static inline void advisor_el_set_client(EditLine *el, void *data) {
  el_set(el, EL_CLIENTDATA, data);
}

static inline void *advisor_el_client(EditLine *el) {
  void *data = NULL;
  el_get(el, EL_CLIENTDATA, &data);
  return data;
}

static inline void advisor_el_add_function(
    EditLine *el, const char *name, const char *help,
    unsigned char (*function)(EditLine *, int)) {
  el_set(el, EL_ADDFN, name, help, function);
}

static inline void advisor_el_bind(EditLine *el, const char *key, const char *function) {
  el_set(el, EL_BIND, key, function, NULL);
}

static inline int advisor_errno(void) { return errno; }

// MARK: - History

static inline History *advisor_history_init(int size) {
  History *h = history_init();
  if (h == NULL) return NULL;
  HistEvent event;
  history(h, &event, H_SETSIZE, size);
  history(h, &event, H_SETUNIQUE, 1);
  return h;
}

static inline int advisor_history_enter(History *h, const char *line) {
  HistEvent event;
  return history(h, &event, H_ENTER, line);
}

static inline int advisor_history_load(History *h, const char *path) {
  HistEvent event;
  return history(h, &event, H_LOAD, path);
}

static inline int advisor_history_save(History *h, const char *path) {
  HistEvent event;
  return history(h, &event, H_SAVE, path);
}

// Writes the history in libedit's file format to `descriptor` (a temporary file the caller
// renames into place): libedit's own H_SAVE opens the path with fopen "w", following links and
// truncating the old file first. The descriptor stays open. Returns 0, or -1 on failure.
static inline int advisor_history_save_fd(History *h, int descriptor) {
  int copy = dup(descriptor);
  if (copy < 0) return -1;
  FILE *stream = fdopen(copy, "w");
  if (stream == NULL) {
    close(copy);
    return -1;
  }
  HistEvent event;
  int saved = history(h, &event, H_SAVE_FP, stream);
  if (fclose(stream) != 0 || saved < 0) return -1;
  return 0;
}

#endif
