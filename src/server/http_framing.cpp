// RequestFramer (see http_framing.h): RFC 9112 message framing with limits checked before
// anything is buffered past them. Ambiguous framings that enable request smuggling (both
// Content-Length and Transfer-Encoding, differing Content-Lengths, whitespace before a colon,
// obsolete line folding) are refused rather than guessed at.
#include "server/http_framing.h"

#include <algorithm>
#include <cctype>
#include <utility>

namespace mlxla::server {
namespace {

/// Chunk-size lines may carry extensions; nobody needs more than this.
constexpr size_t kMaxChunkSizeLine = 256;

bool is_token_char(unsigned char c) {
  if (std::isalnum(c)) return true;
  switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
      return true;
    default:
      return false;
  }
}

bool is_token(const std::string& s) {
  return !s.empty() &&
         std::all_of(s.begin(), s.end(), [](unsigned char c) { return is_token_char(c); });
}

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

std::string trim(const std::string& s) {
  const size_t begin = s.find_first_not_of(" \t");
  if (begin == std::string::npos) return {};
  const size_t end = s.find_last_not_of(" \t");
  return s.substr(begin, end - begin + 1);
}

/// Calls `fn` with each lower-cased, trimmed element of a comma-separated header value.
template <typename Fn>
void for_each_element(const std::string& value, Fn fn) {
  size_t pos = 0;
  while (pos <= value.size()) {
    const size_t comma = std::min(value.find(',', pos), value.size());
    const std::string element = lower(trim(value.substr(pos, comma - pos)));
    if (!element.empty()) fn(element);
    pos = comma + 1;
  }
}

}  // namespace

void RequestFramer::reset() {
  const HttpLimits limits = limits_;
  *this = RequestFramer(limits);
}

RequestFramer::State RequestFramer::fail(int status, std::string message) {
  state_ = State::kError;
  error_ = FramingError{status, std::move(message)};
  return state_;
}

bool RequestFramer::take_line(std::string& input, size_t limit, int status, const char* what,
                              std::string& line) {
  const size_t newline = input.find('\n', 0);
  if (newline == std::string::npos) {
    // +1: the CR of a line exactly at the limit may already be here.
    if (input.size() > limit + 1)
      fail(status, std::string(what) + " is longer than " + std::to_string(limit) + " bytes");
    return false;
  }
  size_t end = newline;
  if (end > 0 && input[end - 1] == '\r') --end;
  if (end > limit) {
    fail(status, std::string(what) + " is longer than " + std::to_string(limit) + " bytes");
    return false;
  }
  line.assign(input, 0, end);
  input.erase(0, newline + 1);
  consumed_ += newline + 1;
  return true;
}

RequestFramer::State RequestFramer::request_line(const std::string& line) {
  const size_t first = line.find(' ');
  const size_t last = line.rfind(' ');
  if (first == std::string::npos || first == last) return fail(400, "malformed request line");
  method_ = line.substr(0, first);
  target_ = line.substr(first + 1, last - first - 1);
  version_ = line.substr(last + 1);
  if (!is_token(method_)) return fail(400, "malformed request line: the method is not a token");
  if (target_.empty() || target_.find_first_of(" \t") != std::string::npos ||
      std::any_of(target_.begin(), target_.end(),
                  [](unsigned char c) { return c < 0x21 || c == 0x7f; })) {
    return fail(400, "malformed request line: bad request target");
  }
  if (version_ != "HTTP/1.1" && version_ != "HTTP/1.0") {
    return fail(version_.rfind("HTTP/", 0) == 0 ? 505 : 400, "unsupported HTTP version");
  }
  head_ = line + "\r\n";
  phase_ = Phase::kHeaders;
  return State::kNeedMore;
}

RequestFramer::State RequestFramer::header_line(const std::string& line, bool trailer) {
  if (++header_count_ > limits_.max_headers) {
    return fail(431, "more than " + std::to_string(limits_.max_headers) + " header fields");
  }
  if (line[0] == ' ' || line[0] == '\t')
    return fail(400, "obsolete header line folding is not accepted");
  const size_t colon = line.find(':');
  if (colon == std::string::npos) return fail(400, "malformed header line (no colon)");
  const std::string name = line.substr(0, colon);
  if (!is_token(name)) return fail(400, "malformed header name");
  const std::string value = trim(line.substr(colon + 1));
  if (std::any_of(value.begin(), value.end(),
                  [](unsigned char c) { return (c < 0x20 && c != '\t') || c == 0x7f; })) {
    return fail(400, "control character in header '" + name + "'");
  }
  if (trailer) return State::kNeedMore;  // trailers are read (within the limits) and dropped
  const std::string key = lower(name);
  if (key == "content-length") {
    if (value.empty() || value.size() > 19 ||
        !std::all_of(value.begin(), value.end(),
                     [](unsigned char c) { return std::isdigit(c) != 0; })) {
      return fail(400, "malformed Content-Length");
    }
    const uint64_t length = std::stoull(value);
    if (has_length_ && length != content_length_)
      return fail(400, "conflicting Content-Length headers");
    has_length_ = true;
    content_length_ = length;
    return State::kNeedMore;
  }
  if (key == "transfer-encoding") {
    bool other = false;
    for_each_element(value, [&](const std::string& coding) {
      if (coding == "chunked" && !chunked_)
        chunked_ = true;
      else
        other = true;
    });
    if (other) return fail(501, "unsupported Transfer-Encoding '" + value + "' (only chunked)");
    return State::kNeedMore;
  }
  if (key == "content-encoding") {
    // A compressed body could expand far past the body limit after it was checked.
    if (lower(value) != "identity")
      return fail(415, "unsupported Content-Encoding '" + value + "'");
    return State::kNeedMore;
  }
  if (key == "expect") {
    if (lower(value) != "100-continue") return fail(417, "unsupported Expect '" + value + "'");
    expect_continue_ = true;
    return State::kNeedMore;
  }
  if (key == "connection") {
    for_each_element(value, [&](const std::string& option) {
      if (option == "close") connection_close_ = true;
      if (option == "keep-alive") connection_keep_alive_ = true;
    });
  }
  if (key == "range") return State::kNeedMore;  // nothing here serves ranges
  head_ += name + ": " + value + "\r\n";
  return State::kNeedMore;
}

RequestFramer::State RequestFramer::end_of_headers() {
  if (chunked_ && has_length_) return fail(400, "both Content-Length and Transfer-Encoding");
  if (has_length_ && content_length_ > limits_.max_body_bytes) {
    return fail(413, "the request body (" + std::to_string(content_length_) +
                         " bytes) is larger than " + std::to_string(limits_.max_body_bytes) +
                         " bytes");
  }
  keep_alive_ = !connection_close_ && (version_ == "HTTP/1.1" || connection_keep_alive_);
  if (!has_length_ && !chunked_) expect_continue_ = false;  // no body: nothing to continue with
  phase_ = chunked_ ? Phase::kChunkSize : Phase::kBody;
  return State::kNeedMore;
}

RequestFramer::State RequestFramer::chunk_size_line(const std::string& line) {
  const std::string size = trim(line.substr(0, line.find(';')));
  if (size.empty() || !std::all_of(size.begin(), size.end(),
                                   [](unsigned char c) { return std::isxdigit(c) != 0; })) {
    return fail(400, "malformed chunk size line");
  }
  const size_t digits = size.size() - std::min(size.find_first_not_of('0'), size.size());
  if (digits > 15)
    return fail(413, "a chunk is larger than " + std::to_string(limits_.max_body_bytes) + " bytes");
  chunk_left_ = std::stoull(size, nullptr, 16);
  if (body_.size() + chunk_left_ > limits_.max_body_bytes) {
    return fail(413, "the chunked request body is larger than " +
                         std::to_string(limits_.max_body_bytes) + " bytes");
  }
  phase_ = chunk_left_ == 0 ? Phase::kTrailers : Phase::kChunkData;
  return State::kNeedMore;
}

RequestFramer::State RequestFramer::feed(std::string& input) {
  std::string line;
  while (state_ == State::kNeedMore) {
    switch (phase_) {
      case Phase::kStart:
      case Phase::kHeaders: {
        const bool first = phase_ == Phase::kStart;
        const size_t limit = first ? limits_.max_request_line_bytes : limits_.max_header_line_bytes;
        const size_t before = consumed_;
        if (!take_line(input, limit, first ? 414 : 431,
                       first ? "the request line" : "a header line", line)) {
          if (state_ == State::kNeedMore && !first &&
              header_bytes_ + input.size() > limits_.max_header_bytes) {
            fail(431, "the request headers are larger than " +
                          std::to_string(limits_.max_header_bytes) + " bytes");
          }
          return state_;
        }
        header_bytes_ += consumed_ - before;
        if (header_bytes_ > limits_.max_header_bytes) {
          return fail(431, "the request headers are larger than " +
                               std::to_string(limits_.max_header_bytes) + " bytes");
        }
        if (first) {
          if (!line.empty()) request_line(line);  // empty lines before a request are skipped
        } else if (line.empty()) {
          end_of_headers();
        } else {
          header_line(line, /*trailer=*/false);
        }
        break;
      }
      case Phase::kBody: {
        const size_t take =
            static_cast<size_t>(std::min<uint64_t>(content_length_ - body_.size(), input.size()));
        body_.append(input, 0, take);
        input.erase(0, take);
        consumed_ += take;
        if (body_.size() < content_length_) return state_;
        phase_ = Phase::kDone;
        break;
      }
      case Phase::kChunkSize: {
        const size_t before = consumed_;
        if (!take_line(input, kMaxChunkSizeLine, 400, "a chunk size line", line)) return state_;
        chunk_framing_bytes_ += consumed_ - before;
        chunk_size_line(line);
        break;
      }
      case Phase::kChunkData: {
        const size_t take = static_cast<size_t>(std::min<uint64_t>(chunk_left_, input.size()));
        body_.append(input, 0, take);
        input.erase(0, take);
        consumed_ += take;
        chunk_left_ -= take;
        if (chunk_left_ > 0) return state_;
        phase_ = Phase::kChunkEnd;
        break;
      }
      case Phase::kChunkEnd: {
        const size_t ending = input.rfind("\r\n", 0) == 0 ? 2 : input.rfind('\n', 0) == 0 ? 1 : 0;
        if (ending == 0) {
          if (input.empty() || input == "\r") return state_;
          return fail(400, "chunk data is not followed by CRLF");
        }
        input.erase(0, ending);
        consumed_ += ending;
        chunk_framing_bytes_ += ending;
        phase_ = Phase::kChunkSize;
        break;
      }
      case Phase::kTrailers: {
        const size_t before = consumed_;
        if (!take_line(input, limits_.max_header_line_bytes, 431, "a trailer line", line))
          return state_;
        header_bytes_ += consumed_ - before;
        if (header_bytes_ > limits_.max_header_bytes) {
          return fail(431, "the request headers and trailers are larger than " +
                               std::to_string(limits_.max_header_bytes) + " bytes");
        }
        if (line.empty())
          phase_ = Phase::kDone;
        else
          header_line(line, /*trailer=*/true);
        break;
      }
      case Phase::kDone: {
        normalized_ = std::move(head_);
        normalized_ += "Content-Length: " + std::to_string(body_.size()) + "\r\n\r\n";
        normalized_ += body_;
        body_.clear();
        body_.shrink_to_fit();
        state_ = State::kComplete;
        break;
      }
    }
    // Many tiny chunks cost framing bytes, not body bytes; they are bounded too.
    if (chunk_framing_bytes_ > limits_.max_body_bytes + limits_.max_header_bytes) {
      return fail(413, "the chunked request body has more framing than data allows");
    }
  }
  return state_;
}

}  // namespace mlxla::server
