/*
 * libpri-peer: libpri (Asterisk's ISDN library, Debian libpri-dev 1.6) as the PBX on the far end of
 * the gateway's UDP D channel (one LAPD frame per datagram, no flags, no FCS), for voipgw's interop
 * tests (tests/src/test/java/org/voipgw/tests/LibpriInteropTest.java). Built by the test with gcc.
 *
 *   libpri-peer --role network|cpe --switch euroisdn_t1|ni2 --local PORT --remote PORT [--debug]
 *
 * Commands on stdin, one per line:
 *   call ID NUMBER         place a call (SETUP, called number NUMBER, any channel)
 *   answer ID              answer a ringing call (CONNECT)
 *   hangup ID CAUSE        clear a call with a Q.850 cause
 *   reset CHANNEL          RESTART one B channel (pri_reset)
 *   auto on|off            answer every incoming call at once (CALL PROCEEDING, ALERTING, CONNECT)
 *   quit
 * Events on stdout, one per line:
 *   UP | DOWN | RING ID CHANNEL CALLED CALLING | PROCEEDING ID | RINGING ID | ANSWER ID |
 *   HANGUP_REQ ID CAUSE (DISCONNECT received) | HANGUP ID CAUSE (RELEASE/RELEASE COMPLETE received) |
 *   HANGUP_ACK ID | RESTART CHANNEL | RESTART_ACK CHANNEL | ERROR TEXT
 *
 * libpri normally reads a DAHDI D channel whose frames end with the two FCS octets: it writes
 * every frame as len+2 octets and ignores the last two octets of every frame it reads (PITFALLS.md).
 * So the write callback sends len-2 octets and the read callback appends two zero octets.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <libpri.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#define MAX_CALLS 64

static int sock = -1;
static int autoanswer;
static q931_call *calls[MAX_CALLS];
static int channels[MAX_CALLS];

static int peer_read(struct pri *pri, void *buf, int buflen)
{
	(void) pri;
	ssize_t n = recv(sock, buf, buflen - 2, MSG_DONTWAIT);
	if (n < 0) {
		return 0; /* EAGAIN, or ICMP port unreachable while the gateway is away */
	}
	memset((char *) buf + n, 0, 2); /* the "FCS" libpri will drop */
	return (int) n + 2;
}

static int peer_write(struct pri *pri, void *buf, int buflen)
{
	(void) pri;
	if (buflen > 2) {
		send(sock, buf, buflen - 2, 0); /* a lost datagram is a lost frame: Q.921 recovers */
	}
	return buflen;
}

static void libpri_message(struct pri *pri, char *s)
{
	(void) pri;
	fprintf(stderr, "%s", s);
}

static int id_of(q931_call *c)
{
	for (int i = 0; i < MAX_CALLS; i++) {
		if (calls[i] == c && c != NULL) {
			return i;
		}
	}
	return -1;
}

static int new_id(q931_call *c, int channel)
{
	for (int i = 1; i < MAX_CALLS; i++) {
		if (calls[i] == NULL) {
			calls[i] = c;
			channels[i] = channel;
			return i;
		}
	}
	return -1;
}

static void handle(struct pri *pri, pri_event *e)
{
	int id;
	if (e == NULL) {
		return;
	}
	switch (e->e) {
	case PRI_EVENT_DCHAN_UP:
		printf("UP\n");
		break;
	case PRI_EVENT_DCHAN_DOWN:
		printf("DOWN\n");
		break;
	case PRI_EVENT_RING:
		id = new_id(e->ring.call, e->ring.channel);
		printf("RING %d %d %s %s\n", id, e->ring.channel & 0xff, e->ring.callednum[0] ? e->ring.callednum : "-",
			e->ring.callingnum[0] ? e->ring.callingnum : "-");
		if (autoanswer && id > 0) {
			pri_proceeding(pri, e->ring.call, e->ring.channel, 0);
			pri_acknowledge(pri, e->ring.call, e->ring.channel, 0);
			pri_answer(pri, e->ring.call, e->ring.channel, 0);
		}
		break;
	case PRI_EVENT_PROCEEDING:
		printf("PROCEEDING %d\n", id_of(e->proceeding.call));
		break;
	case PRI_EVENT_RINGING:
		printf("RINGING %d\n", id_of(e->ringing.call));
		break;
	case PRI_EVENT_ANSWER:
		printf("ANSWER %d\n", id_of(e->answer.call));
		break;
	case PRI_EVENT_HANGUP_REQ:
		printf("HANGUP_REQ %d %d\n", id_of(e->hangup.call), e->hangup.cause);
		pri_hangup(pri, e->hangup.call, e->hangup.cause); /* RELEASE */
		break;
	case PRI_EVENT_HANGUP:
		id = id_of(e->hangup.call);
		printf("HANGUP %d %d\n", id, e->hangup.cause);
		pri_hangup(pri, e->hangup.call, e->hangup.cause); /* frees the call record */
		if (id > 0) {
			calls[id] = NULL;
		}
		break;
	case PRI_EVENT_HANGUP_ACK:
		id = id_of(e->hangup.call);
		printf("HANGUP_ACK %d\n", id);
		if (id > 0) {
			calls[id] = NULL;
		}
		break;
	case PRI_EVENT_RESTART:
		printf("RESTART %d\n", e->restart.channel & 0xff);
		break;
	case PRI_EVENT_RESTART_ACK:
		printf("RESTART_ACK %d\n", e->restartack.channel & 0xff);
		break;
	case PRI_EVENT_CONFIG_ERR:
		printf("ERROR %s\n", e->err.err);
		break;
	default:
		printf("EVENT %d\n", e->e);
		break;
	}
	fflush(stdout);
}

static void command(struct pri *pri, char *line)
{
	char verb[16] = "", arg[64] = "";
	int id = 0, n;
	n = sscanf(line, "%15s %d %63s", verb, &id, arg);
	if (n < 1) {
		return;
	}
	if (!strcmp(verb, "call") && n == 3 && id > 0 && id < MAX_CALLS) {
		q931_call *c = pri_new_call(pri);
		struct pri_sr *sr = pri_sr_new();
		pri_sr_set_channel(sr, 0, 0, 0); /* any channel: the network side chooses */
		pri_sr_set_bearer(sr, PRI_TRANS_CAP_SPEECH, PRI_LAYER_1_ULAW);
		pri_sr_set_called(sr, arg, PRI_UNKNOWN, 1);
		pri_sr_set_caller(sr, "0312345678", NULL, PRI_UNKNOWN, PRES_ALLOWED_USER_NUMBER_NOT_SCREENED);
		calls[id] = c;
		if (pri_setup(pri, c, sr)) {
			printf("ERROR setup failed for call %d\n", id);
		}
		pri_sr_free(sr);
	} else if (!strcmp(verb, "answer") && id > 0 && id < MAX_CALLS && calls[id]) {
		pri_answer(pri, calls[id], channels[id], 0);
	} else if (!strcmp(verb, "hangup") && n == 3 && id > 0 && id < MAX_CALLS && calls[id]) {
		pri_hangup(pri, calls[id], atoi(arg));
	} else if (!strcmp(verb, "reset") && n >= 2) {
		pri_reset(pri, id);
	} else if (!strcmp(verb, "auto") && n >= 1) {
		autoanswer = strstr(line, "on") != NULL;
	} else if (!strcmp(verb, "quit")) {
		exit(0);
	} else {
		printf("ERROR unknown command: %s\n", line);
	}
	fflush(stdout);
}

static int arg_int(const char *s)
{
	char *end;
	long v = strtol(s, &end, 10);
	if (*end || v < 1 || v > 65535) {
		fprintf(stderr, "not a port: %s\n", s);
		exit(2);
	}
	return (int) v;
}

int main(int argc, char **argv)
{
	int role = PRI_CPE, sw = PRI_SWITCH_EUROISDN_T1, local = 0, remote = 0, debug = 0;
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--role") && i + 1 < argc) {
			i++;
			role = !strcmp(argv[i], "network") ? PRI_NETWORK : PRI_CPE;
		} else if (!strcmp(argv[i], "--switch") && i + 1 < argc) {
			i++;
			sw = !strcmp(argv[i], "ni2") ? PRI_SWITCH_NI2 : PRI_SWITCH_EUROISDN_T1;
		} else if (!strcmp(argv[i], "--local") && i + 1 < argc) {
			local = arg_int(argv[++i]);
		} else if (!strcmp(argv[i], "--remote") && i + 1 < argc) {
			remote = arg_int(argv[++i]);
		} else if (!strcmp(argv[i], "--debug")) {
			debug = 1;
		} else {
			fprintf(stderr, "usage: %s --role network|cpe --switch euroisdn_t1|ni2 --local PORT --remote PORT [--debug]\n", argv[0]);
			return 2;
		}
	}
	if (!local || !remote) {
		fprintf(stderr, "--local and --remote are required\n");
		return 2;
	}
	sock = socket(AF_INET, SOCK_DGRAM, 0);
	struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = htons(local) };
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (bind(sock, (struct sockaddr *) &a, sizeof a)) {
		fprintf(stderr, "bind 127.0.0.1:%d: %s\n", local, strerror(errno));
		return 2;
	}
	a.sin_port = htons(remote);
	if (connect(sock, (struct sockaddr *) &a, sizeof a)) {
		fprintf(stderr, "connect 127.0.0.1:%d: %s\n", remote, strerror(errno));
		return 2;
	}
	pri_set_message(libpri_message);
	pri_set_error(libpri_message);
	struct pri *pri = pri_new_cb(sock, role, sw, peer_read, peer_write, NULL);
	if (!pri) {
		fprintf(stderr, "pri_new_cb failed\n");
		return 2;
	}
	if (debug) {
		pri_set_debug(pri, PRI_DEBUG_Q921_STATE | PRI_DEBUG_Q931_DUMP | PRI_DEBUG_Q931_STATE | PRI_DEBUG_Q931_ANOMALY);
	}
	printf("READY\n");
	fflush(stdout);

	char line[256];
	size_t have = 0;
	for (;;) {
		struct timeval *next = pri_schedule_next(pri), now;
		int timeout = -1;
		if (next) {
			gettimeofday(&now, NULL);
			long ms = (next->tv_sec - now.tv_sec) * 1000 + (next->tv_usec - now.tv_usec) / 1000;
			timeout = ms < 0 ? 0 : (int) ms;
		}
		struct pollfd fds[2] = { { .fd = sock, .events = POLLIN }, { .fd = 0, .events = POLLIN } };
		int r = poll(fds, 2, timeout);
		if (r < 0 && errno != EINTR) {
			perror("poll");
			return 1;
		}
		if (r == 0) {
			handle(pri, pri_schedule_run(pri));
			continue;
		}
		if (fds[0].revents & (POLLIN | POLLERR)) {
			handle(pri, pri_check_event(pri));
		}
		if (fds[1].revents & (POLLIN | POLLHUP)) {
			ssize_t n = read(0, line + have, sizeof line - 1 - have);
			if (n <= 0) {
				return 0; /* the test went away */
			}
			have += (size_t) n;
			line[have] = 0;
			char *nl;
			while ((nl = strchr(line, '\n')) != NULL) {
				*nl = 0;
				command(pri, line);
				size_t used = (size_t) (nl - line) + 1;
				memmove(line, nl + 1, have - used + 1);
				have -= used;
			}
			if (have == sizeof line - 1) {
				have = 0; /* an overlong line: drop it */
			}
		}
	}
}
