#include <limits.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include "CSignals.h"

static char doomed[PATH_MAX];

static void remove_and_reraise(int sig) {
    if (doomed[0]) unlink(doomed);
    signal(sig, SIG_DFL);
    raise(sig);
}

void sco_remove_on_crash(const char *path) {
    strncpy(doomed, path, sizeof doomed - 1);
    doomed[sizeof doomed - 1] = 0;
    int signals[] = { SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP, SIGABRT };
    for (unsigned i = 0; i < sizeof signals / sizeof signals[0]; i++) signal(signals[i], remove_and_reraise);
}
