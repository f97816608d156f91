#include <limits.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include "CSignals.h"

static const int crashes[] = { SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP, SIGABRT };
static const int endings[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGPIPE, SIGALRM, SIGVTALRM, SIGPROF, SIGXCPU, SIGXFSZ };
#define COUNT(a) (sizeof a / sizeof a[0])

static char doomed[PATH_MAX];
static char doomed_too[PATH_MAX];
static volatile sig_atomic_t clear_line;

static void say(const char *text) {
    ssize_t ignored = write(STDERR_FILENO, text, strlen(text));
    (void)ignored;
}

static void handle(int sig) {
    int crashed = 0;
    for (unsigned i = 0; i < COUNT(crashes); i++) crashed |= crashes[i] == sig;
    if (doomed_too[0]) unlink(doomed_too);
    if (doomed[0]) unlink(doomed);
    if (clear_line) say("\r\033[K");
    if (crashed) say("sco: internal error (crashed); please report it\n");
    else if (doomed[0]) say("sco: import interrupted; nothing was written\n");
    signal(sig, SIG_DFL);
    raise(sig);
}

void sco_report_crashes(void) {
    for (unsigned i = 0; i < COUNT(crashes); i++) signal(crashes[i], handle);
}

void sco_remove_on_signals(const char *path, const char *also) {
    strncpy(doomed, path, sizeof doomed - 1);
    doomed[sizeof doomed - 1] = 0;
    strncpy(doomed_too, also, sizeof doomed_too - 1);
    doomed_too[sizeof doomed_too - 1] = 0;
    clear_line = isatty(STDERR_FILENO);
    sco_report_crashes();
    for (unsigned i = 0; i < COUNT(endings); i++) signal(endings[i], handle);
}

void sco_keep_file(void) {
    for (unsigned i = 0; i < COUNT(endings); i++) signal(endings[i], SIG_DFL);
    doomed[0] = 0;
    doomed_too[0] = 0;
    clear_line = 0;
}
