package dev.haven.core.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A local HTTP server that only records what is asked of it (and answers 500), for tests that prove a component
 * never opens a connection: point the input at {@link #base()}, then check {@link #requests()} is empty.
 */
public final class RecordingServer implements AutoCloseable {

  private final HttpServer server;
  private final List<String> requests = Collections.synchronizedList(new ArrayList<>());

  public RecordingServer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", exchange -> {
      requests.add(exchange.getRequestURI().toString());
      exchange.sendResponseHeaders(500, -1);
      exchange.close();
    });
    server.start();
  }

  /** {@code http://127.0.0.1:PORT}, without a trailing slash. */
  public String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Every path asked for so far. */
  public List<String> requests() {
    return List.copyOf(requests);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
