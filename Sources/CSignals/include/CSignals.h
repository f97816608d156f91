#ifndef SCO_CSIGNALS_H
#define SCO_CSIGNALS_H

/* On a crash (SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP, SIGABRT), removes the file at `path`
   and dies by the same signal: a half-written file never outlives the process that wrote it.
   The path is copied; only async-signal-safe calls run in the handler. */
void sco_remove_on_crash(const char *path);

#endif
