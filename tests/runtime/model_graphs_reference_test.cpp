// Emitted model graphs run by the reference backend on the shared stories260K checkpoints:
// llama2.c's known greedy output, and the bit-identity contract between residencies
// (packed == dense at f32; f16-resident == dense == packed at f16 precision).
// Lives in tests/runtime/ because it needs the interpreter and the emitter together.
// ctest-labels: numerics golden slow
#include <algorithm>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "checkpoint/checkpoint.h"
#include "model/emit.h"
#include "model/weight_loader.h"
#include "runtime/reference/reference_backend.h"
#include "support/test_support.h"

namespace mlxla::model {
namespace {

using runtime::Buffer;
using runtime::BufferView;

struct Model {
  checkpoint::ModelConfig config;
  std::unique_ptr<checkpoint::Checkpoint> checkpoint;
  LayerFormats formats;
};

Model open_model(const std::string& relative) {
  Model m;
  const auto dir = testing::shared_dir() / relative;
  auto config = checkpoint::load_model_config(dir);
  EXPECT_TRUE(config.ok()) << config.error().message();
  m.config = *config;
  auto ckpt = checkpoint::Checkpoint::open(dir);
  EXPECT_TRUE(ckpt.ok()) << ckpt.error().message();
  m.checkpoint = std::make_unique<checkpoint::Checkpoint>(std::move(*ckpt));
  auto formats = layer_formats_from_checkpoint(*m.checkpoint, m.config);
  EXPECT_TRUE(formats.ok()) << formats.error().message();
  m.formats = *formats;
  return m;
}

// A decode-graph session: feeds tokens one at a time, returns (id, logits) per step.
class Session {
 public:
  Session(const Model& model, Residency residency, Precision precision, int64_t capacity,
          Precision kv_dtype = Precision::kF16) {
    auto graph =
        emit(model.config, model.formats,
             GraphSpec{GraphKind::kDecode, residency, precision, kv_dtype, capacity, 1, 1, true});
    EXPECT_TRUE(graph.ok()) << graph.error().message();
    auto buffers = load_weights(graph->abi, *model.checkpoint);
    EXPECT_TRUE(buffers.ok()) << buffers.error().message();
    weights_ = std::move(*buffers);
    std::vector<BufferView> views;
    for (size_t i = 0; i < weights_.size(); ++i)
      views.push_back({graph->abi.args[i].type, weights_[i].bytes().data()});
    backend_ = runtime::reference::make_reference_backend();
    auto executable = runtime::compile_with_views(*backend_, graph->module, views);
    EXPECT_TRUE(executable.ok()) << executable.error().message();
    executable_ = std::move(*executable);
    for (const graph::TensorType& type : executable_->state_types())
      state_.push_back(Buffer::zeros(type));
  }

  std::vector<float> step(int32_t token, int32_t& next) {
    Buffer tokens = Buffer::zeros({graph::ElementType::kI32, {1}});
    Buffer position = Buffer::zeros({graph::ElementType::kI32, {}});
    std::memcpy(tokens.bytes.data(), &token, 4);
    std::memcpy(position.bytes.data(), &position_, 4);
    ++position_;
    const BufferView inputs[] = {tokens.view(), position.view()};
    std::vector<runtime::MutableBufferView> state;
    for (Buffer& s : state_) state.push_back(s.mutable_view());
    auto outputs = runtime::execute_on_host(*backend_, *executable_, inputs, state);
    EXPECT_TRUE(outputs.ok()) << outputs.error().message();
    std::memcpy(&next, (*outputs)[0].bytes.data(), 4);
    std::vector<float> logits((*outputs)[1].bytes.size() / 4);
    std::memcpy(logits.data(), (*outputs)[1].bytes.data(), logits.size() * 4);
    return logits;
  }

 private:
  std::vector<WeightBuffer> weights_;
  std::unique_ptr<runtime::Backend> backend_;
  std::unique_ptr<runtime::Executable> executable_;
  std::vector<Buffer> state_;
  int32_t position_ = 0;
};

TEST(ModelGraphsReference, Stories260KGreedyMatchesLlama2c) {
  MLXLA_REQUIRE_SHARED("models/stories260K/expected_greedy_200.ids");
  std::ifstream file(testing::shared_dir() / "models/stories260K/expected_greedy_200.ids");
  std::vector<int32_t> expected;
  for (std::string item; std::getline(file, item, ',');) expected.push_back(std::stoi(item));
  ASSERT_EQ(expected.size(), 200u);
  const Model model = open_model("models/stories260K");
  // The independent reference keeps an f32 cache.
  Session session(model, Residency::kDense, Precision::kF32, 208, Precision::kF32);
  int32_t token = 1;  // BOS
  for (size_t i = 0; i < expected.size(); ++i) {
    int32_t next = -1;
    session.step(token, next);
    ASSERT_EQ(next, expected[i]) << "step " << i;
    token = next;
  }
}

TEST(ModelGraphsReference, ResidenciesAreBitIdentical) {
  MLXLA_REQUIRE_SHARED("models/stories260K-mlx-q3-g32-f16");
  for (const char* relative :
       {"models/stories260K-mlx-q4-g32-f32", "models/stories260K-mlx-q3-g32-f16"}) {
    SCOPED_TRACE(relative);
    const Model model = open_model(relative);
    struct Pair {
      Residency a;
      Residency b;
      Precision precision;
    };
    for (const Pair& p :
         std::vector<Pair>{{Residency::kDense, Residency::kPacked, Precision::kF32},
                           {Residency::kDense, Residency::kF16, Precision::kF16},
                           {Residency::kPacked, Residency::kF16, Precision::kF16},
                           {Residency::kDense, Residency::kPacked, Precision::kBF16}}) {
      // Both sides use the same cache type, so the contract holds for every KV dtype.
      for (Precision kv : {Precision::kF16, Precision::kBF16, Precision::kF32}) {
        SCOPED_TRACE("kv " + std::string(to_string(kv)));
        Session a(model, p.a, p.precision, 16, kv);
        Session b(model, p.b, p.precision, 16, kv);
        int32_t token_a = 1, token_b = 1;
        for (int step = 0; step < 6; ++step) {
          const std::vector<float> la = a.step(token_a, token_a);
          const std::vector<float> lb = b.step(token_b, token_b);
          ASSERT_EQ(la.size(), static_cast<size_t>(model.config.vocab_size));
          ASSERT_EQ(std::memcmp(la.data(), lb.data(), la.size() * 4), 0)
              << to_string(p.a) << " vs " << to_string(p.b) << " at " << to_string(p.precision)
              << ", step " << step;
          ASSERT_EQ(token_a, token_b);
        }
      }
    }
  }
}

// One call of any graph kind: i32 inputs in parameter order, caches kept across calls.
class AnyKind {
 public:
  AnyKind(const Model& model, GraphSpec spec) {
    spec.output_logits = true;
    auto graph = emit(model.config, model.formats, spec);
    EXPECT_TRUE(graph.ok()) << graph.error().message();
    weights_ = std::move(*load_weights(graph->abi, *model.checkpoint));
    std::vector<BufferView> views;
    for (size_t i = 0; i < weights_.size(); ++i)
      views.push_back({graph->abi.args[i].type, weights_[i].bytes().data()});
    backend_ = runtime::reference::make_reference_backend();
    auto executable = runtime::compile_with_views(*backend_, graph->module, views);
    EXPECT_TRUE(executable.ok()) << executable.error().message();
    executable_ = std::move(*executable);
    for (const graph::TensorType& type : executable_->state_types())
      state_.push_back(Buffer::zeros(type));
  }
  // Returns the logits [R, V] flattened.
  std::vector<float> call(const std::vector<std::vector<int32_t>>& inputs) {
    std::vector<Buffer> buffers;
    std::vector<BufferView> views;
    for (size_t i = 0; i < inputs.size(); ++i) {
      buffers.push_back(Buffer::zeros(executable_->input_types()[i]));
      EXPECT_EQ(buffers.back().bytes.size(), inputs[i].size() * 4);
      std::memcpy(buffers.back().bytes.data(), inputs[i].data(), inputs[i].size() * 4);
    }
    for (const Buffer& b : buffers) views.push_back(b.view());
    std::vector<runtime::MutableBufferView> state;
    for (Buffer& s : state_) state.push_back(s.mutable_view());
    auto outputs = runtime::execute_on_host(*backend_, *executable_, views, state);
    EXPECT_TRUE(outputs.ok()) << outputs.error().message();
    std::vector<float> logits((*outputs)[1].bytes.size() / 4);
    std::memcpy(logits.data(), (*outputs)[1].bytes.data(), logits.size() * 4);
    return logits;
  }

 private:
  std::vector<WeightBuffer> weights_;
  std::unique_ptr<runtime::Backend> backend_;
  std::unique_ptr<runtime::Executable> executable_;
  std::vector<Buffer> state_;
};

// prefill (padded chunk), ragged and batched produce the logits decode produces, bit for bit:
// every row's contractions and reductions run in the same order whatever the batch shape.
TEST(ModelGraphsReference, KindsAgreeWithDecode) {
  MLXLA_REQUIRE_SHARED("models/stories260K-mlx-q4-g32-f16");
  const Model model = open_model("models/stories260K-mlx-q4-g32-f16");
  const int64_t vocab = model.config.vocab_size, cap = 16;
  const std::vector<int32_t> a = {1, 403, 407, 261, 378}, b = {1, 300, 20};
  auto decode_all = [&](const std::vector<int32_t>& tokens) {
    AnyKind decode(model, GraphSpec{GraphKind::kDecode, Residency::kPacked, Precision::kF32,
                                    Precision::kF16, cap, 1, 1, true});
    std::vector<std::vector<float>> out;
    for (size_t i = 0; i < tokens.size(); ++i)
      out.push_back(decode.call({{tokens[i]}, {static_cast<int32_t>(i)}}));
    return out;
  };
  const auto da = decode_all(a), db = decode_all(b);

  // Prefill: chunk 4; first call 4 valid tokens, second call 1 valid token plus padding.
  AnyKind prefill(model, GraphSpec{GraphKind::kPrefill, Residency::kPacked, Precision::kF32,
                                   Precision::kF16, cap, 1, 4, true});
  EXPECT_EQ(prefill.call({{a[0], a[1], a[2], a[3]}, {0}, {4}}), da[3]);
  EXPECT_EQ(prefill.call({{a[4], 7, 7, 7}, {4}, {1}}), da[4]);

  // Ragged: slot 0 runs a, slot 1 runs b, then idles at a free position.
  AnyKind ragged(model, GraphSpec{GraphKind::kRagged, Residency::kPacked, Precision::kF32,
                                  Precision::kF16, cap, 2, 1, true});
  for (size_t i = 0; i < a.size(); ++i) {
    const bool b_active = i < b.size();
    const int32_t pos_b = static_cast<int32_t>(b_active ? i : b.size());
    const std::vector<float> logits =
        ragged.call({{a[i], b_active ? b[i] : 0}, {static_cast<int32_t>(i), pos_b}});
    EXPECT_TRUE(std::equal(logits.begin(), logits.begin() + vocab, da[i].begin()))
        << "slot 0 step " << i;
    if (b_active) {
      EXPECT_TRUE(std::equal(logits.begin() + vocab, logits.end(), db[i].begin()))
          << "slot 1 step " << i;
    }
  }

  // Batched: two rows in lockstep.
  AnyKind batched(model, GraphSpec{GraphKind::kBatched, Residency::kPacked, Precision::kF32,
                                   Precision::kF16, cap, 2, 1, true});
  for (size_t i = 0; i < b.size(); ++i) {
    const std::vector<float> logits = batched.call({{a[i], b[i]}, {static_cast<int32_t>(i)}});
    EXPECT_TRUE(std::equal(logits.begin(), logits.begin() + vocab, da[i].begin()))
        << "row 0 step " << i;
    EXPECT_TRUE(std::equal(logits.begin() + vocab, logits.end(), db[i].begin()))
        << "row 1 step " << i;
  }
}

}  // namespace
}  // namespace mlxla::model
