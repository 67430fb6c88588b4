// The HTTP server's connections: one reader thread (epoll) reads every connection until its
// request is complete, within deadlines and limits; a pool of workers runs complete requests.
// An idle or slow client costs a file descriptor and the bytes it sent, never a worker, so
// slow clients cannot starve the handlers; at the connection cap the connection that has waited
// longest for its request is dropped to make room.
#pragma once

#include <chrono>
#include <cstddef>
#include <memory>
#include <string>

#include "mlxla/result.h"
#include "server/http_framing.h"

namespace mlxla::server {

using ConnectionClock = std::chrono::steady_clock;

struct ConnectionOptions {
  HttpLimits limits;
  /// From a request's first byte until its blank line: a slower client gets 408 and is dropped.
  std::chrono::milliseconds header_timeout{10'000};
  /// From a request's first byte until its last body byte.
  std::chrono::milliseconds request_timeout{30'000};
  /// A connection with no request under way: a fresh one must start its request this soon, a
  /// keep-alive one is closed after this long idle (fresh connections get header_timeout).
  std::chrono::milliseconds idle_timeout{5'000};
  /// Connections open at once (reading, queued or served); capped below RLIMIT_NOFILE.
  size_t max_connections = 1024;
  /// Bytes held for requests still being read, over all connections: beyond, 503.
  size_t max_buffered_bytes = 64u << 20;
  int workers = 64;  ///< requests served at once
  /// Workers of their own for GET/HEAD requests (health, metrics, model list: all quick), so
  /// they are answered while every other worker waits on a long generation.
  int light_workers = 2;
  size_t max_requests_per_connection = 1000;
};

/// One client connection: owned by the reader while its request is read, by a worker while the
/// request is served, and handed back for the next request on a keep-alive connection.
struct Connection {
  explicit Connection(const HttpLimits& limits) : framer(limits) {}
  int fd = -1;
  std::string remote;  ///< peer address
  int remote_port = 0;
  std::string input;  ///< bytes read and not yet consumed by the framer
  RequestFramer framer;
  size_t requests = 0;                        ///< requests completed on this connection
  ConnectionClock::time_point waiting_since;  ///< when it began waiting for this request
  ConnectionClock::time_point deadline;       ///< the next deadline that applies
  bool request_started = false;               ///< a byte of this request has arrived
  ConnectionClock::time_point request_start;  ///< when it did
  bool continue_sent = false;
  bool lingering = false;  ///< answered with an error: discarding what the client still sends
  size_t lingered_bytes = 0;
  size_t held = 0;  ///< bytes counted against ConnectionOptions::max_buffered_bytes
};

/// What the connection layer needs from the HTTP server above it.
class ConnectionHandler {
 public:
  virtual ~ConnectionHandler() = default;
  /// On a worker: serves the complete request (conn.framer.normalized()); true keeps the
  /// connection open for another request. `last`: the connection closes after this response.
  virtual bool serve(Connection& conn, bool last) = 0;
  /// On the reader: the full HTTP response refusing a request (and logs it).
  virtual std::string refuse(const Connection& conn, const FramingError& error) = 0;
};

class ConnectionManager {
 public:
  ConnectionManager(ConnectionOptions options, ConnectionHandler& handler);
  ~ConnectionManager();
  ConnectionManager(const ConnectionManager&) = delete;
  ConnectionManager& operator=(const ConnectionManager&) = delete;

  /// Starts the reader and the workers.
  Status start();
  /// Takes an accepted socket (any thread).
  void add(int fd);
  /// Closes every connection waiting for a request, lets the workers finish what they serve,
  /// and joins every thread. Idempotent.
  void stop();

  /// Whether the client of an open connection is still there (its end is not closed); does
  /// not block and does not consume pipelined bytes.
  static bool peer_open(int fd);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace mlxla::server
