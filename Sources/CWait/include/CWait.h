#ifndef SCO_CWAIT_H
#define SCO_CWAIT_H

/* Blocks SIGWINCH in the calling thread, so a resize can only arrive while sco_wait waits:
   one arriving while a frame is being made stays pending until then, and is never missed. */
void sco_hold_resize_signal(void);

/* Blocks every asynchronous signal in the calling thread: a worker thread leaves resizes,
   hangups and Ctrl-C to the thread that owns the terminal. */
void sco_leave_signals_to_the_main_thread(void);

/* Waits until either descriptor is readable (or hung up), or a resize signal arrives, with
   nothing polled in between. Returns what poll returns; -1 with errno EINTR for a signal.
   The revents of each descriptor are stored in the two out-parameters. */
int sco_wait(int input, int wake, short *input_events, short *wake_events);

#endif
