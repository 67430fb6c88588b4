// `mlxla serve -m DIR`: the OpenAI-compatible HTTP server over a BatchEngine (docs/SERVER.md).
// `mlxla serve-bench -m DIR`: the same engine in-process at several concurrencies, aggregate
// decode tokens/s as JSON (no HTTP: it measures batching, not sockets).
#include <pthread.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <memory>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "checkpoint/model_location.h"
#include "commands.h"
#include "engine/batch_engine.h"
#include "kernels/cpu/kernels.h"
#include "model/graph_spec.h"
#include "runtime/backend_registry.h"
#include "server/server.h"
#include "template_kwargs.h"

namespace mlxla::cli {
namespace {

/// --cache-mb's ceiling (1 TiB): keeps the byte count far from overflow.
constexpr int64_t kMaxCacheMb = int64_t{1} << 20;

struct ServeOptions {
  std::string model_dir;
  std::string host = "127.0.0.1";
  int port = 8080;
  int64_t parallel = 4;
  int64_t ctx_size = 2048;
  int64_t chunk = kDefaultServeChunk;
  std::string api_key;
  std::vector<std::string> cors_origins;
  std::string model_alias;
  std::string template_kwargs;
  std::string residency = "packed";
  std::string precision = "f32";
  std::string kv_dtype = "f16";
  std::string backend = "cpu";
  std::string policy = kDefaultPolicy;
  bool policy_given = false;  ///< --policy on the command line (else the default)
  std::string isa = "auto";
  std::string weight_layout = "interleaved";
  int threads = 0;
  int device = 0;
  /// serve only: MiB of finished sequences' KV rows kept for prefix reuse (0: off).
  int64_t cache_mb = 1024;
  // serve-bench only
  std::string concurrency = "1,2,4,8";
  int64_t prompt_tokens = 32;
  int64_t gen_tokens = 64;
};

Result<engine::BatchEngineOptions> engine_options(const ServeOptions& o, int64_t slots) {
  engine::BatchEngineOptions options;
  const auto residency = model::parse_residency(o.residency);
  if (!residency)
    return invalid_argument("--residency: expected dense, f16 or packed, got '" + o.residency +
                            "'");
  const auto precision = model::parse_precision(o.precision);
  if (!precision)
    return invalid_argument("--precision: expected f32, f16 or bf16, got '" + o.precision + "'");
  const auto kv_dtype = model::parse_precision(o.kv_dtype);
  if (!kv_dtype)
    return invalid_argument("--kv-dtype: expected f16, bf16 or f32, got '" + o.kv_dtype + "'");
  if (slots <= 0) return invalid_argument("--parallel: must be positive");
  if (o.ctx_size < 2) return invalid_argument("--ctx-size: must be at least 2");
  if (o.chunk <= 0) return invalid_argument("--chunk: must be positive");
  if (o.threads < 0) return invalid_argument("--threads: must be >= 0");
  if (o.cache_mb < 0 || o.cache_mb > kMaxCacheMb)
    return invalid_argument("--cache-mb: must be in [0, " + std::to_string(kMaxCacheMb) + "]");
  options.slots = slots;
  options.capacity = o.ctx_size;
  options.prefill_chunk = o.chunk;
  options.residency = *residency;
  options.precision = *precision;
  options.kv_dtype = *kv_dtype;
  options.prefix_cache_bytes = o.cache_mb << 20;
  return options;
}

Result<std::unique_ptr<engine::BatchEngine>> open_engine(const ServeOptions& o, int64_t slots) {
  MLXLA_ASSIGN_OR_RETURN(engine::BatchEngineOptions options, engine_options(o, slots));
  runtime::BackendOptions backend_options;
  backend_options.threads = o.threads;
  if (o.device < 0) return invalid_argument("--device: must be >= 0 (mlxla inspect --devices)");
  backend_options.device = o.device;
  MLXLA_ASSIGN_OR_RETURN(
      backend_options.policy,
      runtime::parse_policy(effective_policy(o.policy, o.policy_given, o.backend), "--policy"));
  // Under either policy, on the CPU and on Vulkan, a sequence's rows do not depend on how it was
  // cut into steps (bit for bit: runner_snapshot_test for the CPU; vulkan_model_test's
  // FastPolicyRowsDoNotDependOnTheChunking and FastPolicyRaggedStreamsEqualSoloRuns, and exact
  // being the CPU's bits, for Vulkan): any cached row may be reused. A backend added later must
  // prove the same or ask for kWholeChunks.
  options.prefix_reuse = engine::PrefixReuse::kAnyRows;
  MLXLA_ASSIGN_OR_RETURN(backend_options.isa, parse_isa_flag(o.isa));
  MLXLA_ASSIGN_OR_RETURN(backend_options.weight_layout,
                         runtime::cpu::parse_weight_layout(o.weight_layout));
  MLXLA_ASSIGN_OR_RETURN(const std::filesystem::path dir, checkpoint::locate_model(o.model_dir));
  MLXLA_ASSIGN_OR_RETURN(std::unique_ptr<runtime::Backend> backend,
                         runtime::make_backend(o.backend, backend_options));
  auto engine = engine::BatchEngine::open(dir, std::move(backend), options);
  if (!engine.ok()) return engine.error().with_context(o.model_dir);
  return std::move(*engine);
}

int run_serve(const ServeOptions& o) {
  if (o.port < 0 || o.port > 65535)
    return report(invalid_argument("--port: must be in [0, 65535]"));
  // SIGINT/SIGTERM are taken by a waiting thread (sigtimedwait), not a handler: every thread
  // created from here on inherits the blocked mask, and no global state is needed.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  std::signal(SIGPIPE, SIG_IGN);

  auto template_kwargs = parse_template_kwargs(o.template_kwargs);
  if (!template_kwargs.ok()) return report(template_kwargs.error());
  auto engine = open_engine(o, o.parallel);
  if (!engine.ok()) return report(engine.error());
  if ((*engine)->tokenizer() == nullptr) {
    return report(invalid_argument(o.model_dir + " has no tokenizer.json (the server needs one)"));
  }
  server::ServerOptions options;
  options.host = o.host;
  options.port = o.port;
  options.api_key = o.api_key;
  options.cors_origins = o.cors_origins;
  // A repository id from the Hugging Face cache is served under that id, as mlx-lm does.
  std::error_code ec;
  const bool from_hub_cache =
      !std::filesystem::is_directory(o.model_dir, ec) && checkpoint::is_repo_id(o.model_dir);
  options.model_name =
      !o.model_alias.empty() ? o.model_alias
      : from_hub_cache       ? o.model_dir
                       : std::filesystem::path(o.model_dir).lexically_normal().filename().string();
  if (options.model_name.empty())
    options.model_name = std::filesystem::path(o.model_dir).parent_path().filename();
  options.template_kwargs = std::move(*template_kwargs);
  server::Server server(**engine, options);
  auto port = server.bind();
  if (!port.ok()) return report(port.error());
  std::fprintf(stderr,
               "mlxla serve: model '%s', %lld slots, context %lld, prefix cache %lld MiB; "
               "listening on http://%s:%d\n",
               options.model_name.c_str(), static_cast<long long>(o.parallel),
               static_cast<long long>(o.ctx_size), static_cast<long long>(o.cache_mb),
               o.host.c_str(), *port);
  std::fflush(stderr);

  std::atomic<bool> done{false};
  std::thread waiter([&] {
    const timespec tick{0, 200'000'000};
    while (!done.load()) {
      const int sig = sigtimedwait(&signals, nullptr, &tick);
      if (sig != SIGINT && sig != SIGTERM) continue;
      std::fprintf(stderr, "mlxla serve: %s, shutting down\n",
                   sig == SIGINT ? "SIGINT" : "SIGTERM");
      (*engine)->shutdown();  // in-flight requests end as cancelled, so their handlers return
      // Let each stream write its last event and [DONE] before the HTTP layer stops writing.
      server.drain(std::chrono::seconds(5));
      server.stop();
      return;
    }
  });
  const Status served = server.listen();
  done.store(true);
  waiter.join();
  (*engine)->shutdown();
  if (!served.ok()) return report(served.error());
  std::fprintf(stderr, "mlxla serve: stopped\n");
  return 0;
}

Result<std::vector<int64_t>> parse_levels(const std::string& text) {
  std::vector<int64_t> levels;
  std::stringstream in(text);
  std::string item;
  while (std::getline(in, item, ',')) {
    if (item.empty() || item.find_first_not_of("0123456789") != std::string::npos ||
        item.size() > 4 || std::stoll(item) == 0) {
      return invalid_argument("--concurrency: '" + item + "' is not a positive integer");
    }
    levels.push_back(std::stoll(item));
  }
  if (levels.empty()) return invalid_argument("--concurrency: give at least one level");
  return levels;
}

/// One level: an engine with `level` slots and `level` greedy requests of the same length at
/// once (ignore_eos, so every request generates exactly gen_tokens).
Result<nlohmann::json> bench_level(const ServeOptions& o, int64_t level) {
  MLXLA_ASSIGN_OR_RETURN(std::unique_ptr<engine::BatchEngine> eng, open_engine(o, level));
  std::vector<std::shared_ptr<engine::RequestHandle>> handles;
  const auto wall0 = std::chrono::steady_clock::now();
  for (int64_t r = 0; r < level; ++r) {
    engine::GenerationRequest request;
    for (int64_t i = 0; i < o.prompt_tokens; ++i) {
      request.prompt.push_back(
          static_cast<int32_t>((r * 7919 + i * 104729 + 1) % eng->vocab_size()));
    }
    request.max_tokens = o.gen_tokens;
    request.stop_at_eos = false;
    MLXLA_ASSIGN_OR_RETURN(auto handle, eng->submit(std::move(request)));
    handles.push_back(std::move(handle));
  }
  int64_t generated = 0;
  for (auto& handle : handles) {
    bool finished = false;
    while (!finished) {
      for (const engine::StreamEvent& event : handle->wait(std::chrono::seconds(1))) {
        generated += static_cast<int64_t>(event.tokens.size());
        if (event.done && event.finish == engine::FinishReason::kError)
          return internal_error(event.error);
        finished = finished || event.done;
      }
    }
  }
  const double wall =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - wall0).count();
  const engine::EngineStats stats = eng->stats();
  return nlohmann::json{{"concurrency", level},
                        {"generated_tokens", generated},
                        {"wall_seconds", wall},
                        {"decode_tokens", stats.decode_tokens},
                        {"decode_seconds", stats.decode_seconds},
                        {"aggregate_decode_tok_s",
                         stats.decode_seconds > 0 ? stats.decode_tokens / stats.decode_seconds : 0},
                        {"end_to_end_tok_s", wall > 0 ? generated / wall : 0},
                        {"prefill_tokens", stats.prompt_tokens}};
}

int run_serve_bench(const ServeOptions& options) {
  // Every level's requests have distinct prompts, and its engine is fresh: no prefix cache, so
  // the figures measure batching alone.
  ServeOptions o = options;
  o.cache_mb = 0;
  auto levels = parse_levels(o.concurrency);
  if (!levels.ok()) return report(levels.error());
  if (o.prompt_tokens < 1 || o.gen_tokens < 1)
    return report(invalid_argument("--prompt-tokens and --gen-tokens must be >= 1"));
  if (o.prompt_tokens + o.gen_tokens > o.ctx_size) {
    return report(invalid_argument("--ctx-size must hold --prompt-tokens + --gen-tokens"));
  }
  nlohmann::json results = nlohmann::json::array();
  for (int64_t level : *levels) {
    auto result = bench_level(o, level);
    if (!result.ok()) return report(result.error());
    std::fprintf(stderr, "serve-bench: concurrency %lld: %.2f decode tok/s aggregate\n",
                 static_cast<long long>(level), (*result)["aggregate_decode_tok_s"].get<double>());
    results.push_back(std::move(*result));
  }
  const double single = results[0]["aggregate_decode_tok_s"].get<double>();
  for (auto& r : results)
    r["speedup_vs_first"] = single > 0 ? r["aggregate_decode_tok_s"].get<double>() / single : 0;
  // The kernel table that ran, as `bench` reports it: auto resolves to the best this CPU has.
  std::string isa = o.isa;
  if (o.backend != "cpu") {
    isa = "none";
  } else if (isa == "auto") {
    isa = kernels::isa_name(kernels::KernelContext::best().isa());
  }
  const nlohmann::json out{{"model", o.model_dir},
                           {"residency", o.residency},
                           {"precision", o.precision},
                           {"kv_dtype", o.kv_dtype},
                           {"policy", effective_policy(o.policy, o.policy_given, o.backend)},
                           {"isa", isa},
                           {"weight_layout", o.weight_layout},
                           {"threads", o.threads},
                           {"ctx_size", o.ctx_size},
                           {"prompt_tokens", o.prompt_tokens},
                           {"gen_tokens", o.gen_tokens},
                           {"results", results}};
  std::printf("%s\n", out.dump(2).c_str());
  return 0;
}

void add_engine_flags(CLI::App* cmd, ServeOptions& o) {
  cmd->add_option("-m,--model", o.model_dir,
                  "Model directory, or ORG/NAME in the local Hugging Face cache")
      ->required();
  cmd->add_option("--ctx-size", o.ctx_size, "KV cache positions per slot (prompt + completion)")
      ->capture_default_str();
  cmd->add_option("--chunk", o.chunk,
                  "Tokens per prefill graph call; also the longest a waiting request's prefill "
                  "stalls the running streams (one chunk per engine step)")
      ->capture_default_str();
  cmd->add_option("--backend", o.backend, backend_flag_help())->capture_default_str();
  cmd->add_option("--device", o.device, "GPU backends: device index (mlxla inspect --devices)")
      ->capture_default_str();
  cmd->add_option("--residency", o.residency, "dense | f16 | packed")->capture_default_str();
  cmd->add_option("--policy", o.policy, policy_flag_help())
      ->each([&o](const std::string&) { o.policy_given = true; })
      ->capture_default_str();
  cmd->add_option("--precision", o.precision, "Contraction precision: f32 | f16 | bf16")
      ->capture_default_str();
  cmd->add_option("--kv-dtype", o.kv_dtype,
                  "KV cache element type: f16 | bf16 | f32 (attention accumulates in f32)")
      ->capture_default_str();
  cmd->add_option("--threads", o.threads, "CPU threads (0: one per online CPU)")
      ->capture_default_str();
  cmd->add_option("--isa", o.isa, "CPU kernel instruction set: auto | amx | avx512 | avx2 | scalar")
      ->capture_default_str();
  cmd->add_option("--weight-layout", o.weight_layout,
                  "Packed weights: interleaved (copied at load into row blocks; AVX-512 and AVX2) "
                  "| inplace (read from the file mapping)")
      ->capture_default_str();
}

}  // namespace

void register_serve(CLI::App& app, CliContext& ctx) {
  auto o = std::make_shared<ServeOptions>();
  CLI::App* cmd =
      app.add_subcommand("serve", "OpenAI-compatible HTTP server with continuous batching");
  add_engine_flags(cmd, *o);
  cmd->add_option("--host", o->host, "Address to bind (loopback by default)")
      ->capture_default_str();
  cmd->add_option("--port", o->port, "Port (0: any free port, printed on stderr)")
      ->capture_default_str();
  cmd->add_option("--parallel", o->parallel, "Slots: requests decoded together")
      ->capture_default_str();
  cmd->add_option("--cache-mb", o->cache_mb,
                  "MiB of finished requests' KV rows kept (least recently used evicted) so a "
                  "prompt sharing their prefix prefills only the rest; 0: off")
      ->capture_default_str();
  cmd->add_option("--api-key", o->api_key, "Require 'Authorization: Bearer KEY' on /v1/*");
  cmd->add_option(
      "--cors-origin", o->cors_origins,
      "Allow browser requests from this origin (repeatable; '*' allows any); none by default");
  cmd->add_option("--model-alias", o->model_alias,
                  "Model id to serve (default: the directory's name)");
  cmd->add_option("--template-kwargs", o->template_kwargs,
                  "JSON object of chat-template variables for every chat request (a request's "
                  "chat_template_kwargs override them), e.g. '{\"enable_thinking\": false}'");
  cmd->callback([o, &ctx] { ctx.run = [o] { return run_serve(*o); }; });

  CLI::App* bench = app.add_subcommand(
      "serve-bench", "Aggregate decode tok/s of the batch engine at several concurrencies (JSON)");
  add_engine_flags(bench, *o);
  bench->add_option("--concurrency", o->concurrency, "Comma-separated levels (slots = requests)")
      ->capture_default_str();
  bench->add_option("--prompt-tokens", o->prompt_tokens, "Prompt length per request")
      ->capture_default_str();
  bench->add_option("--gen-tokens", o->gen_tokens, "Tokens generated per request")
      ->capture_default_str();
  bench->callback([o, &ctx] { ctx.run = [o] { return run_serve_bench(*o); }; });
}

}  // namespace mlxla::cli
