#define _GNU_SOURCE
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include "CWait.h"

void sco_hold_resize_signal(void) {
    sigset_t resize;
    sigemptyset(&resize);
    sigaddset(&resize, SIGWINCH);
    pthread_sigmask(SIG_BLOCK, &resize, NULL);
}

void sco_leave_signals_to_the_main_thread(void) {
    sigset_t all;
    sigfillset(&all);
    sigdelset(&all, SIGSEGV);
    sigdelset(&all, SIGBUS);
    sigdelset(&all, SIGFPE);
    sigdelset(&all, SIGILL);
    sigdelset(&all, SIGTRAP);
    pthread_sigmask(SIG_BLOCK, &all, NULL);
}

int sco_wait(int input, int wake, short *input_events, short *wake_events) {
    sigset_t during;
    pthread_sigmask(SIG_SETMASK, NULL, &during);
    sigdelset(&during, SIGWINCH);
    struct pollfd fds[2] = { { .fd = input, .events = POLLIN, .revents = 0 }, { .fd = wake, .events = POLLIN, .revents = 0 } };
    int n = ppoll(fds, 2, NULL, &during);
    *input_events = fds[0].revents;
    *wake_events = fds[1].revents;
    return n;
}
