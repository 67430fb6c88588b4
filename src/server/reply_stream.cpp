// Reasoning and tool-call splitting of a streamed reply (see reply_stream.h).
#include "server/reply_stream.h"

#include <algorithm>

namespace mlxla::server {
namespace {

constexpr std::string_view kOpen = "<think>";
constexpr std::string_view kClose = "</think>";

bool is_space(char c) {
  return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

/// The length of the longest suffix of `text` that is a proper prefix of `tag`.
size_t partial_suffix(std::string_view text, std::string_view tag) {
  for (size_t n = std::min(tag.size() - 1, text.size()); n > 0; --n)
    if (text.substr(text.size() - n) == tag.substr(0, n)) return n;
  return 0;
}

}  // namespace

bool prompt_opens_thinking(std::string_view prompt) {
  while (!prompt.empty() && is_space(prompt.back())) prompt.remove_suffix(1);
  return prompt.size() >= kOpen.size() && prompt.substr(prompt.size() - kOpen.size()) == kOpen;
}

ReasoningSplitter::ReasoningSplitter(bool enabled, bool open)
    : state_(!enabled ? State::kContent
             : open   ? State::kThinking
                      : State::kDetect) {}

ReasoningSplitter::Parts ReasoningSplitter::push(std::string_view text) {
  Parts out;
  held_.append(text);
  while (true) {
    switch (state_) {
      case State::kContent:
        out.content += held_;
        held_.clear();
        return out;
      case State::kDetect: {
        const size_t first = held_.find_first_not_of(" \n\r\t");
        if (first == std::string::npos) return out;
        const std::string_view head = std::string_view(held_).substr(first);
        if (head.substr(0, kOpen.size()) == kOpen) {
          held_.erase(0, first + kOpen.size());
          state_ = State::kThinking;
          continue;
        }
        if (kOpen.substr(0, head.size()) == head) return out;  // might still become the tag
        state_ = State::kContent;
        continue;
      }
      case State::kThinking: {
        if (!reasoning_started_) {
          const size_t first = held_.find_first_not_of(" \n\r\t");
          if (first == std::string::npos) {
            held_.clear();
            return out;
          }
          held_.erase(0, first);
        }
        const size_t close = held_.find(kClose);
        size_t keep_from =
            close != std::string::npos ? close : held_.size() - partial_suffix(held_, kClose);
        while (keep_from > 0 && is_space(held_[keep_from - 1]))
          --keep_from;  // before a possible </think>
        if (keep_from > 0) reasoning_started_ = true;
        out.reasoning += held_.substr(0, keep_from);
        if (close == std::string::npos) {
          held_.erase(0, keep_from);
          return out;
        }
        held_.erase(0, close + kClose.size());
        state_ = State::kAfterThinking;
        continue;
      }
      case State::kAfterThinking: {
        const size_t first = held_.find_first_not_of(" \n\r\t");
        if (first == std::string::npos) {
          held_.clear();
          return out;
        }
        held_.erase(0, first);
        state_ = State::kContent;
        continue;
      }
    }
  }
}

ReasoningSplitter::Parts ReasoningSplitter::finish() {
  Parts out;
  // A block never closed (max_tokens) is all reasoning; undecided text is content.
  if (state_ == State::kThinking) {
    if (reasoning_started_) out.reasoning = std::move(held_);
  } else if (state_ != State::kAfterThinking) {
    out.content = std::move(held_);
  }
  held_.clear();
  return out;
}

ReplyDelta ReplyStream::route(ReasoningSplitter::Parts parts) {
  ReplyDelta out;
  out.reasoning = std::move(parts.reasoning);
  out.content = tools_ ? tools_->push(parts.content) : std::move(parts.content);
  return out;
}

ReplyDelta ReplyStream::push(std::string_view text) {
  return route(reasoning_.push(text));
}

ReplyDelta ReplyStream::finish() {
  ReplyDelta out = route(reasoning_.finish());
  if (tools_) {
    ParsedReply rest = tools_->finish();
    out.content += rest.content;
    out.calls = std::move(rest.calls);
  }
  return out;
}

}  // namespace mlxla::server
