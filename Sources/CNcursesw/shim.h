#ifndef SCO_NCURSES_SHIM_H
#define SCO_NCURSES_SHIM_H

/* The wide-character API only appears with this defined; SwiftPM drops pkg-config's defines. */
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <langinfo.h>
#include <stdio.h>
#include <wchar.h>
#include <signal.h>
#include <unistd.h>
#include <poll.h>
#include <ncursesw/curses.h>

/* Macros and globals that Swift cannot see or cannot touch safely. */
static inline WINDOW *sco_stdscr(void) { return stdscr; }
static inline WINDOW *sco_curscr(void) { return curscr; }
static inline int sco_lines(void) { return LINES; }
static inline int sco_cols(void) { return COLS; }
static inline int sco_colors(void) { return COLORS; }
static inline int sco_color_pair(int n) { return (int)COLOR_PAIR(n); }
static inline attr_t sco_a_bold(void) { return A_BOLD; }
static inline attr_t sco_a_reverse(void) { return A_REVERSE; }
static inline attr_t sco_a_underline(void) { return A_UNDERLINE; }
static inline attr_t sco_a_dim(void) { return A_DIM; }
static inline attr_t sco_a_normal(void) { return A_NORMAL; }

/* Starts curses on stdin/stdout; NULL (not exit) when the terminal type is unknown. */
static inline SCREEN *sco_newterm(const char *type) { return newterm(type, stdout, stdin); }

/* Columns the C library gives a character in the current locale, as ncurses measures it. */
static inline int sco_wcwidth(unsigned int c) { return wcwidth((wchar_t)c); }

static inline const char *sco_codeset(void) { return nl_langinfo(CODESET); }

/* Whether standard input has hung up or failed (a dropped ssh connection, a closed pty),
   as opposed to having delivered a byte sequence that is not a character. */
static inline int sco_input_gone(void) {
    struct pollfd p = { .fd = 0, .events = POLLIN, .revents = 0 };
    if (poll(&p, 1, 0) < 0) return 0;
    return (p.revents & (POLLHUP | POLLERR | POLLNVAL)) != 0;
}

/* Draws one grapheme (up to a few code points) with attributes and a color pair at y, x. */
static inline int sco_put_cell(int y, int x, const wchar_t *text, attr_t attrs, short pair) {
    cchar_t cell;
    if (setcchar(&cell, text, attrs, pair, NULL) == ERR) return ERR;
    return mvwadd_wch(stdscr, y, x, &cell);
}

/* Whether the terminal was asked for mouse reports (SGR, modes 1000 and 1006), which sco turns
   on and off itself: curses' own decoding merges reports that arrive together, losing the
   second press of a double click. A crash turns them off with the rest of the terminal. */
static volatile sig_atomic_t sco_mouse_reporting = 0;
static const char sco_mouse_off[] = "\033[?1006l\033[?1000l";
/* Whether terminfo's mouse key is the SGR start (ESC [ <) rather than X10's (ESC [ M). */
static inline int sco_mouse_key_is_sgr(void) {
    const char *s = tigetstr("kmous");
    if (s == NULL || s == (const char *)-1 || s[0] == 0) return 0;
    while (s[1] != 0) s++;
    return s[0] == '<';
}
static inline void sco_set_mouse_reporting(int on) {
    static const char enable[] = "\033[?1000h\033[?1006h";
    sco_mouse_reporting = on;
    if (on) (void)!write(STDOUT_FILENO, enable, sizeof enable - 1);
    else (void)!write(STDOUT_FILENO, sco_mouse_off, sizeof sco_mouse_off - 1);
}

/* Restores the terminal and dies by the same signal, from a signal handler: whatever the
   program was doing, the user gets their shell back in a usable state. */
static inline void sco_restore_and_reraise(int sig) {
    if (sco_mouse_reporting) (void)!write(STDOUT_FILENO, sco_mouse_off, sizeof sco_mouse_off - 1);
    endwin();
    signal(sig, SIG_DFL);
    raise(sig);
}

/* Crashes too: the terminal is restored and the program dies by the signal at once, instead
   of the Swift runtime's backtracer holding a raw-mode terminal for half a minute. */
static inline void sco_install_fatal_handlers(void) {
    int signals[] = { SIGTERM, SIGHUP, SIGQUIT, SIGINT, SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT };
    for (unsigned i = 0; i < sizeof signals / sizeof signals[0]; i++) signal(signals[i], sco_restore_and_reraise);
}

#endif
