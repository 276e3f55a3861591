import type { Clock } from '../../core/http/clock.js';
import { formatDuration } from '../../core/text.js';

/** Where a wait's heartbeat goes: the wait's own log. */
export interface HeartbeatLog {
  info(message: string): void;
  /**
   * Given on a terminal only: shows the message as one line that the next status replaces in place
   * ('' takes it away), as does the next line logged. Without it the log keeps every line (a CI
   * log), so beats are spaced out.
   */
  status?(message: string): void;
}

/** In a log that keeps every line, a heartbeat comes at most this often: a 30-minute wait adds 30 lines, not 180. */
export const LOGGED_BEAT_SPACING_MS = 60_000;

export interface Beat {
  /** The states read, such as `connection IDLE; DATA_SYNCED: Account`. */
  states: string;
  /** What the wait needs to see to end, such as `the connection to be IDLE`. */
  waitingFor: string;
}

/**
 * A wait that shows life between state changes: every poll that changed nothing beats, with the
 * time waited, the states, what the wait is for and the time left. On a terminal each beat replaces
 * the last; in a log, a beat comes only after a minute without any line of the wait's.
 */
export class Heartbeat {
  private readonly started: number;
  private lastLineAt: number;
  private shown = false;

  constructor(
    private readonly log: HeartbeatLog,
    private readonly clock: Clock,
    private readonly deadline: number,
  ) {
    this.started = clock.now();
    this.lastLineAt = this.started;
  }

  /** The wait logged a line of its own (a state change): the log is not silent, and a status line shown is gone. */
  logged(): void {
    this.lastLineAt = this.clock.now();
    this.shown = false;
  }

  /** A poll that changed nothing. */
  beat({ states, waitingFor }: Beat): void {
    const now = this.clock.now();
    const line = `[${formatDuration(now - this.started)}] Still waiting for ${waitingFor}: ${states}; ${formatDuration(Math.max(0, this.deadline - now))} left.`;
    if (this.log.status) {
      this.log.status(line);
      this.shown = true;
    } else if (now - this.lastLineAt >= LOGGED_BEAT_SPACING_MS) {
      this.log.info(line);
      this.lastLineAt = now;
    }
  }

  /** The wait is over, however it ended: the status line is taken away, so what follows starts on a clean line. */
  end(): void {
    if (this.shown) this.log.status?.('');
    this.shown = false;
  }
}
