#ifndef SCO_CSIGNALS_H
#define SCO_CSIGNALS_H

/* On a crash (SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP, SIGABRT), says so in one line on
   standard error and dies by the same signal at once, instead of the Swift runtime's
   backtracer holding the terminal for half a minute. */
void sco_report_crashes(void);

/* Until sco_keep_file(): a crash, or any signal whose default is to end the process (INT,
   TERM, HUP, QUIT, USR1, USR2, PIPE, ALRM, VTALRM, PROF, XCPU, XFSZ), first removes the files at
   `path` and `also`, clears the progress line, says why in one line, then dies by the same signal, so
   the exit status tells which. The paths are copied; the handler makes only async-signal-safe
   calls. */
void sco_remove_on_signals(const char *path, const char *also);

/* The file is complete and in place: signals end the process as they normally would. */
void sco_keep_file(void);

#endif
