package dev.haven.cli;

import java.io.PrintWriter;

/**
 * How far a long job has got, shown on stderr when a person is watching and only for jobs long enough to need it;
 * in a pipe or a file it prints nothing.
 */
interface Progress {

  /** Jobs of fewer files than this finish before a person would look. */
  int WORTH_SHOWING = 2000;

  Progress NONE = new Progress() {
    @Override
    public void update(int done, int total) {}

    @Override
    public void done() {}
  };

  void update(int done, int total);

  /** Clears the line. */
  void done();

  /** A progress line on {@code err}, redrawn in place, when {@code terminal} is interactive. */
  static Progress on(PrintWriter err, Terminal terminal) {
    if (!terminal.interactive()) {
      return NONE;
    }
    return new Progress() {
      private boolean shown;

      @Override
      public void update(int done, int total) {
        if (total >= WORTH_SHOWING) {
          err.print("\rreading clause sets: " + done + "/" + total);
          err.flush();
          shown = true;
        }
      }

      @Override
      public void done() {
        if (shown) {
          err.print("\r\u001b[2K");
          err.flush();
        }
      }
    };
  }
}
