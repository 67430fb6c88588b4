// Reads one HTTP/1.x request off a connection's bytes, incrementally and within limits: request
// line, header count and size, body size for every framing (Content-Length or chunked; a request
// has no EOF-delimited body). A complete request is re-serialised with a plain Content-Length
// framing, so the parser behind it (httplib) only ever sees a bounded, unambiguous request.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace mlxla::server {

/// Every limit a client's request is held to; each one exceeded ends in a 4xx and a closed
/// connection (the rest of the request is never read as another request).
struct HttpLimits {
  size_t max_request_line_bytes = 8192;  ///< longer request line: 414
  /// One longer header line: 431 (8 KiB with its CRLF, the most httplib accepts).
  size_t max_header_line_bytes = 8190;
  size_t max_header_bytes = 64 * 1024;  ///< the whole header section (and trailers): 431
  size_t max_headers = 100;             ///< more header fields (and trailers): 431
  size_t max_body_bytes = 1u << 20;     ///< decoded body, whatever the framing: 413
};

/// Why a request was refused before it reached a handler.
struct FramingError {
  int status = 0;
  std::string message;
};

class RequestFramer {
 public:
  enum class State { kNeedMore, kComplete, kError };

  explicit RequestFramer(const HttpLimits& limits) : limits_(limits) {}

  /// Parses what it can of `input` (bytes read from the connection) and erases what it consumed;
  /// after kComplete, what remains in `input` belongs to the next (pipelined) request.
  State feed(std::string& input);
  /// Forgets the last request; the framer is ready for the next one on the connection.
  void reset();

  State state() const { return state_; }
  /// A byte of a request has arrived (before it, a connection is idle, not slow).
  bool started() const { return phase_ != Phase::kStart; }
  bool headers_done() const { return phase_ >= Phase::kBody; }
  /// The headers asked for `100 Continue` and no byte of the body has arrived yet.
  bool wants_continue() const {
    return expect_continue_ && headers_done() && state_ == State::kNeedMore;
  }

  /// After kComplete: the request with its body and a Content-Length header (no
  /// Transfer-Encoding, Expect or Range), for httplib to parse.
  const std::string& normalized() const { return normalized_; }
  /// After kComplete: whether the client allows another request on the connection.
  bool keep_alive() const { return keep_alive_; }
  const std::string& method() const { return method_; }
  const std::string& target() const { return target_; }
  const FramingError& error() const { return error_; }
  /// Bytes of the current request consumed so far (head and body as sent).
  size_t consumed_bytes() const { return consumed_; }
  /// Bytes the framer holds for the current request (its head and body so far).
  size_t held_bytes() const { return head_.size() + body_.size() + normalized_.size(); }

 private:
  enum class Phase { kStart, kHeaders, kBody, kChunkSize, kChunkData, kChunkEnd, kTrailers, kDone };

  State fail(int status, std::string message);
  /// The next line of `input` without its terminator, or false when it is not all here yet
  /// (after checking that the partial line is still within `limit`).
  bool take_line(std::string& input, size_t limit, int status, const char* what, std::string& line);
  State request_line(const std::string& line);
  State header_line(const std::string& line, bool trailer);
  State end_of_headers();
  State chunk_size_line(const std::string& line);

  HttpLimits limits_;
  State state_ = State::kNeedMore;
  Phase phase_ = Phase::kStart;
  FramingError error_;

  std::string method_;
  std::string target_;
  std::string version_;
  std::string head_;  ///< request line and kept headers, re-serialised
  size_t header_count_ = 0;
  size_t header_bytes_ = 0;
  size_t consumed_ = 0;

  bool has_length_ = false;
  uint64_t content_length_ = 0;
  bool chunked_ = false;
  bool expect_continue_ = false;
  bool connection_close_ = false;
  bool connection_keep_alive_ = false;

  std::string body_;
  uint64_t chunk_left_ = 0;
  size_t chunk_framing_bytes_ = 0;

  bool keep_alive_ = false;
  std::string normalized_;
};

}  // namespace mlxla::server
