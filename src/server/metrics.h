// Server counters and their Prometheus text exposition (GET /metrics).
#pragma once

#include <cstdint>
#include <map>
#include <mutex>
#include <string>

#include "engine/batch_engine.h"

namespace mlxla::server {

/// Thread-safe request counters; the engine's own counters are read at exposition time.
class Metrics {
 public:
  void count_status(int status);
  void count_finish(engine::FinishReason reason);
  /// The Prometheus text format (version 0.0.4) of these counters and `engine`.
  std::string prometheus_text(const engine::EngineStats& engine) const;

 private:
  mutable std::mutex mutex_;
  std::map<int, int64_t> by_status_;
  std::map<std::string, int64_t> by_finish_;
};

}  // namespace mlxla::server
