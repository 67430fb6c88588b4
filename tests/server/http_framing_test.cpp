// RequestFramer: every framing is held to the body limit, headers to their count and size
// limits, ambiguous framings are refused, and a complete request comes out re-serialised with a
// Content-Length whatever way it arrived (also when fed one byte at a time).
// ctest-labels: unit
#include "server/http_framing.h"

#include <gtest/gtest.h>

#include <string>

namespace mlxla::server {
namespace {

using State = RequestFramer::State;

HttpLimits small_limits() {
  HttpLimits limits;
  limits.max_body_bytes = 1000;
  limits.max_headers = 10;
  limits.max_header_bytes = 2000;
  limits.max_header_line_bytes = 500;
  limits.max_request_line_bytes = 300;
  return limits;
}

/// Feeds `text` whole; returns the state and leaves the unconsumed rest in `rest`.
State feed_all(RequestFramer& framer, std::string text, std::string* rest = nullptr) {
  const State state = framer.feed(text);
  if (rest != nullptr) *rest = text;
  return state;
}

/// Feeds `text` one byte at a time, as a slow client would send it.
State feed_bytes(RequestFramer& framer, const std::string& text) {
  std::string input;
  State state = State::kNeedMore;
  for (const char c : text) {
    input += c;
    state = framer.feed(input);
    if (state != State::kNeedMore) break;
  }
  return state;
}

TEST(HttpFramingTest, ContentLengthRequestIsNormalised) {
  RequestFramer framer(small_limits());
  std::string rest;
  ASSERT_EQ(
      feed_all(framer, "POST /v1/x HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\nhelloGET /",
               &rest),
      State::kComplete);
  EXPECT_EQ(framer.normalized(),
            "POST /v1/x HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\nhello");
  EXPECT_EQ(rest, "GET /");  // the next, pipelined request stays for later
  EXPECT_TRUE(framer.keep_alive());
  EXPECT_EQ(framer.method(), "POST");
  EXPECT_EQ(framer.target(), "/v1/x");
}

TEST(HttpFramingTest, ChunkedBodyIsDecodedByteByByte) {
  RequestFramer framer(small_limits());
  const std::string request =
      "POST /p HTTP/1.1\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
      "3;ext=1\r\nabc\r\n2\r\nde\r\n0\r\nX-Trailer: t\r\n\r\n";
  ASSERT_EQ(feed_bytes(framer, request), State::kComplete);
  EXPECT_EQ(framer.normalized(),
            "POST /p HTTP/1.1\r\nConnection: close\r\nContent-Length: 5\r\n\r\nabcde");
  EXPECT_FALSE(framer.keep_alive());
}

TEST(HttpFramingTest, RequestWithoutLengthHasNoBody) {
  // No EOF-delimited request bodies (RFC 9112 6.3): what follows is the next request.
  RequestFramer framer(small_limits());
  std::string rest;
  ASSERT_EQ(feed_all(framer, "POST /p HTTP/1.1\r\n\r\n{\"a\":1}", &rest), State::kComplete);
  EXPECT_EQ(framer.normalized(), "POST /p HTTP/1.1\r\nContent-Length: 0\r\n\r\n");
  EXPECT_EQ(rest, "{\"a\":1}");
}

TEST(HttpFramingTest, BodyLimitHoldsForEveryFraming) {
  {
    RequestFramer framer(small_limits());
    EXPECT_EQ(feed_all(framer, "POST /p HTTP/1.1\r\nContent-Length: 1001\r\n\r\n"), State::kError);
    EXPECT_EQ(framer.error().status, 413);
  }
  {
    RequestFramer framer(small_limits());
    EXPECT_EQ(feed_all(framer, "POST /p HTTP/1.1\r\nContent-Length: 99999999999999999999\r\n\r\n"),
              State::kError);
    EXPECT_EQ(framer.error().status, 400);
  }
  {  // chunks that add up past the limit: refused at the chunk that crosses it
    RequestFramer framer(small_limits());
    std::string request = "POST /p HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n";
    for (int i = 0; i < 20; ++i) request += "64\r\n" + std::string(100, 'x') + "\r\n";
    EXPECT_EQ(feed_all(framer, request), State::kError);
    EXPECT_EQ(framer.error().status, 413);
    EXPECT_LE(framer.held_bytes(), 1200u);
  }
  {  // one huge chunk size, never sent
    RequestFramer framer(small_limits());
    EXPECT_EQ(
        feed_all(framer,
                 "POST /p HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nfffffffffffffffffff\r\n"),
        State::kError);
    EXPECT_EQ(framer.error().status, 413);
  }
  {  // many empty-extension chunks: framing bytes are bounded too
    RequestFramer framer(small_limits());
    std::string request = "POST /p HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n";
    for (int i = 0; i < 1000; ++i) request += "1;" + std::string(100, 'e') + "\r\nx\r\n";
    EXPECT_EQ(feed_all(framer, request), State::kError);
    EXPECT_EQ(framer.error().status, 413);
  }
}

TEST(HttpFramingTest, HeaderLimitsAre431) {
  {
    RequestFramer framer(small_limits());
    std::string request = "GET / HTTP/1.1\r\n";
    for (int i = 0; i < 11; ++i) request += "X-" + std::to_string(i) + ": v\r\n";
    EXPECT_EQ(feed_all(framer, request + "\r\n"), State::kError);
    EXPECT_EQ(framer.error().status, 431);
  }
  {  // one long line, refused before its end arrives
    RequestFramer framer(small_limits());
    EXPECT_EQ(feed_all(framer, "GET / HTTP/1.1\r\nX-Big: " + std::string(600, 'a')), State::kError);
    EXPECT_EQ(framer.error().status, 431);
  }
  {  // the whole section
    RequestFramer framer(small_limits());
    std::string request = "GET / HTTP/1.1\r\n";
    for (int i = 0; i < 5; ++i)
      request += "X-" + std::to_string(i) + ": " + std::string(450, 'a') + "\r\n";
    EXPECT_EQ(feed_all(framer, request), State::kError);
    EXPECT_EQ(framer.error().status, 431);
  }
  {
    RequestFramer framer(small_limits());
    EXPECT_EQ(feed_all(framer, "GET /" + std::string(400, 'a')), State::kError);
    EXPECT_EQ(framer.error().status, 414);
  }
}

TEST(HttpFramingTest, AmbiguousOrUnsupportedFramingIsRefused) {
  struct Case {
    std::string head;
    int status;
  };
  const Case cases[] = {
      {"Content-Length: 3\r\nTransfer-Encoding: chunked\r\n", 400},
      {"Content-Length: 3\r\nContent-Length: 4\r\n", 400},
      {"Content-Length: -1\r\n", 400},
      {"Content-Length : 3\r\n", 400},
      {"Transfer-Encoding: gzip, chunked\r\n", 501},
      {"Content-Encoding: gzip\r\nContent-Length: 3\r\n", 415},
      {"Expect: something\r\n", 417},
      {"X-A: 1\r\n folded\r\n", 400},
      {"X-Bad: a\x01"
       "b\r\n",
       400},
      {"NoColon\r\n", 400},
  };
  for (const Case& c : cases) {
    RequestFramer framer(small_limits());
    EXPECT_EQ(feed_all(framer, "POST /p HTTP/1.1\r\n" + c.head + "\r\nabc"), State::kError)
        << c.head;
    EXPECT_EQ(framer.error().status, c.status) << c.head;
  }
  for (const char* line :
       {"GET\r\n", "GET / HTTP/2.0\r\n", "GET / FOO\r\n", "G(T / HTTP/1.1\r\n"}) {
    RequestFramer framer(small_limits());
    EXPECT_EQ(feed_all(framer, line), State::kError) << line;
    EXPECT_GE(framer.error().status, 400) << line;
  }
}

TEST(HttpFramingTest, ContinueAndResetAndHttp10) {
  RequestFramer framer(small_limits());
  std::string input = "POST /p HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n";
  ASSERT_EQ(framer.feed(input), State::kNeedMore);
  EXPECT_TRUE(framer.wants_continue());
  input = "ok";
  ASSERT_EQ(framer.feed(input), State::kComplete);
  EXPECT_EQ(framer.normalized().find("Expect"), std::string::npos);
  framer.reset();
  EXPECT_FALSE(framer.started());
  input = "\r\nGET /h HTTP/1.0\r\n\r\n";  // a stray blank line before a request is skipped
  ASSERT_EQ(framer.feed(input), State::kComplete);
  EXPECT_FALSE(framer.keep_alive());
  framer.reset();
  input = "GET /h HTTP/1.0\r\nConnection: keep-alive\r\n\r\n";
  ASSERT_EQ(framer.feed(input), State::kComplete);
  EXPECT_TRUE(framer.keep_alive());
}

}  // namespace
}  // namespace mlxla::server
