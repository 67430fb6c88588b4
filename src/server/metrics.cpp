// Metrics (see metrics.h): counters under one mutex, printed with HELP/TYPE lines.
#include "server/metrics.h"

#include <cstdio>

namespace mlxla::server {
namespace {

void family(std::string& out, const char* name, const char* type, const char* help) {
  out += std::string("# HELP ") + name + " " + help + "\n# TYPE " + name + " " + type + "\n";
}

void sample(std::string& out, const std::string& name, double value) {
  char buf[64];
  std::snprintf(buf, sizeof(buf), " %.17g\n", value);
  out += name + buf;
}

/// One unlabelled metric: its HELP and TYPE lines, then its sample.
void metric(std::string& out, const char* name, const char* type, const char* help, double value) {
  family(out, name, type, help);
  sample(out, name, value);
}

}  // namespace

void Metrics::count_status(int status) {
  std::lock_guard lock(mutex_);
  ++by_status_[status];
}

void Metrics::count_finish(engine::FinishReason reason) {
  std::lock_guard lock(mutex_);
  ++by_finish_[std::string(engine::finish_reason_name(reason))];
}

std::string Metrics::prometheus_text(const engine::EngineStats& engine) const {
  std::string out;
  std::lock_guard lock(mutex_);
  family(out, "mlxla_http_requests_total", "counter", "HTTP requests answered, by status code.");
  for (const auto& [status, count] : by_status_) {
    sample(out, "mlxla_http_requests_total{status=\"" + std::to_string(status) + "\"}",
           static_cast<double>(count));
  }
  family(out, "mlxla_completions_total", "counter",
         "Generation requests ended, by finish reason (stop, length, cancelled, error).");
  for (const char* reason : {"stop", "length", "cancelled", "error"}) {
    auto it = by_finish_.find(reason);
    sample(out, std::string("mlxla_completions_total{finish_reason=\"") + reason + "\"}",
           it == by_finish_.end() ? 0.0 : static_cast<double>(it->second));
  }
  metric(out, "mlxla_prompt_tokens_total", "counter", "Prompt tokens prefilled.",
         static_cast<double>(engine.prompt_tokens));
  metric(out, "mlxla_prompt_tokens_cached_total", "counter",
         "Prompt tokens whose KV rows came from the prefix cache instead of a prefill.",
         static_cast<double>(engine.cached_tokens));
  const engine::PrefixCacheStats& cache = engine.prefix_cache;
  metric(out, "mlxla_prefix_cache_hits_total", "counter",
         "Admitted requests that reused cached KV rows.", static_cast<double>(cache.hits));
  metric(out, "mlxla_prefix_cache_misses_total", "counter",
         "Admitted requests that found no cached prefix (cache enabled).",
         static_cast<double>(cache.misses));
  metric(out, "mlxla_prefix_cache_evictions_total", "counter",
         "Cached prefixes dropped, least recently used first, to stay within --cache-mb.",
         static_cast<double>(cache.evictions));
  metric(out, "mlxla_prefix_cache_entries", "gauge", "Finished sequences held for reuse.",
         static_cast<double>(cache.entries));
  metric(out, "mlxla_prefix_cache_bytes", "gauge", "Bytes of the KV rows held for reuse.",
         static_cast<double>(cache.bytes));
  metric(out, "mlxla_prefix_cache_budget_bytes", "gauge", "The prefix cache's limit (--cache-mb).",
         static_cast<double>(engine.prefix_cache_budget));
  metric(out, "mlxla_generated_tokens_total", "counter", "Tokens generated.",
         static_cast<double>(engine.generated_tokens));
  metric(out, "mlxla_queue_depth", "gauge", "Requests waiting for a slot.",
         static_cast<double>(engine.queued));
  metric(out, "mlxla_active_slots", "gauge", "Slots holding a request (prefilling or decoding).",
         static_cast<double>(engine.active_slots));
  metric(out, "mlxla_slots", "gauge", "Slots (--parallel).", static_cast<double>(engine.slots));
  metric(out, "mlxla_busy_seconds_total", "counter",
         "Seconds spent running prefill and decode graphs.", engine.busy_seconds);
  metric(out, "mlxla_tokens_per_second", "gauge",
         "Generated tokens per busy second since start (aggregate over slots).",
         engine.busy_seconds > 0
             ? static_cast<double>(engine.generated_tokens) / engine.busy_seconds
             : 0.0);
  return out;
}

}  // namespace mlxla::server
