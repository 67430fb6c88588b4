// Structure of the mlxla composites: one composite op per call, one decomposition per unique
// signature, decompositions made of plain StableHLO ops with matching types; RoPE's host table.
// ctest-labels: unit
#include "graph/composites.h"

#include "graph/verifier.h"

#include <cmath>
#include <numbers>
#include <set>

#include <gtest/gtest.h>

namespace mlxla::graph {
namespace {

TensorType f32(std::vector<int64_t> shape) {
  return {ElementType::kF32, std::move(shape)};
}

const Op& last_composite(const Function& f) {
  for (auto it = f.ops.rbegin(); it != f.ops.rend(); ++it) {
    if (it->kind == OpKind::kComposite) return *it;
  }
  static const Op kNone;
  ADD_FAILURE() << "no composite in " << f.name;
  return kNone;
}

// The composite's decomposition exists, is composite-free, and has the operand and result types.
void expect_well_formed(const Module& module, const Function& caller, const Op& op,
                        std::string_view name) {
  ASSERT_EQ(op.kind, OpKind::kComposite);
  const auto& attrs = std::get<CompositeAttrs>(op.attrs);
  EXPECT_EQ(attrs.name, name);
  const Function* decomposition = module.find(attrs.decomposition);
  ASSERT_NE(decomposition, nullptr) << attrs.decomposition;
  ASSERT_EQ(decomposition->parameters.size(), op.operands.size());
  for (size_t i = 0; i < op.operands.size(); ++i) {
    EXPECT_EQ(decomposition->type(decomposition->parameters[i].value), caller.type(op.operands[i]))
        << name << " operand " << i;
  }
  const std::vector<TensorType> results = decomposition->result_types();
  ASSERT_EQ(results.size(), op.results.size());
  for (size_t i = 0; i < results.size(); ++i) EXPECT_EQ(results[i], caller.type(op.results[i]));
  for (const Op& inner : decomposition->ops) {
    EXPECT_NE(inner.kind, OpKind::kComposite) << "decompositions use plain StableHLO only";
  }
  EXPECT_EQ(decomposition->ops.back().kind, OpKind::kReturn);
}

size_t count_functions(const Module& module, std::string_view prefix) {
  size_t n = 0;
  for (const Function& f : module.functions) n += f.name.rfind(prefix, 0) == 0 ? 1 : 0;
  return n;
}

TEST(Composites, QuantizedDotEveryBitWidthAndPrecision) {
  for (int bits : {2, 3, 4, 5, 6, 8}) {
    for (ElementType precision : {ElementType::kF32, ElementType::kF16, ElementType::kBF16}) {
      Module module;
      Builder b(module, "main");
      const int64_t k = 64, n = 6;
      const ValueId x = b.parameter(f32({3, k}), "x");
      const ValueId packed =
          b.parameter({ElementType::kU32, {n, k * bits / 32}}, "w", ParamRole::kWeight);
      const ValueId scales = b.parameter({ElementType::kF16, {n, 2}}, "s", ParamRole::kWeight);
      const ValueId biases = b.parameter({ElementType::kF16, {n, 2}}, "b", ParamRole::kWeight);
      const ValueId y = quantized_dot(b, x, packed, scales, biases, {bits, 32, precision});
      EXPECT_EQ(b.type(y), f32({3, n}));
      b.return_values({y});
      const Status verified = verify(module);
      EXPECT_TRUE(verified.ok()) << bits << ": " << verified.error().message();
      const Op& op = last_composite(module.main());
      expect_well_formed(module, module.main(), op, kQuantizedDotName);
      const auto& attrs = std::get<CompositeAttrs>(op.attrs);
      EXPECT_EQ(std::get<int64_t>(attrs.attributes.at("bits")), bits);
      EXPECT_EQ(std::get<int64_t>(attrs.attributes.at("group_size")), 32);
      EXPECT_EQ(std::get<std::string>(attrs.attributes.at("precision")), element_name(precision));
      // The decomposition unpacks with shift_right_logical/and and contracts with dot_general.
      std::set<OpKind> kinds;
      for (const Op& inner : module.find(attrs.decomposition)->ops) kinds.insert(inner.kind);
      EXPECT_TRUE(kinds.count(OpKind::kShiftRightLogical));
      EXPECT_TRUE(kinds.count(OpKind::kAnd));
      EXPECT_TRUE(kinds.count(OpKind::kDotGeneral));
      EXPECT_EQ(kinds.count(OpKind::kOr) == 1, bits == 3 || bits == 5 || bits == 6)
          << "only straddling widths merge two words";
    }
  }
}

TEST(Composites, OneDecompositionPerSignature) {
  Module module;
  Builder b(module, "main");
  const ValueId x = b.parameter(f32({2, 64}), "x");
  const ValueId w = b.parameter(f32({64}), "w", ParamRole::kWeight);
  const ValueId a = rms_norm(b, x, w, {1e-5});
  const ValueId c = rms_norm(b, a, w, {1e-5});  // same signature: reuses the function
  const ValueId d = rms_norm(b, c, w, {1e-6});  // other epsilon: a second function
  const ValueId x1 = b.slice(d, {0, 0}, {1, 64});
  const ValueId e = rms_norm(b, x1, w, {1e-5});  // other shape: a third
  b.return_values({e});
  EXPECT_TRUE(verify(module).ok());
  EXPECT_EQ(count_functions(module, "mlxla_rms_norm"), 3u);
  size_t composites = 0;
  for (const Op& op : module.main().ops) composites += op.kind == OpKind::kComposite ? 1 : 0;
  EXPECT_EQ(composites, 4u);
  expect_well_formed(module, module.main(), last_composite(module.main()), kRmsNormName);
}

TEST(Composites, RopeAttentionArgmaxShapes) {
  Module module;
  Builder b(module, "main");
  const ValueId q = b.parameter(f32({3, 8, 4}), "q");
  const ValueId k = b.parameter(f32({16, 2, 4}), "k");
  const ValueId v = b.parameter(f32({16, 2, 4}), "v");
  const ValueId pos = b.parameter({ElementType::kI32, {3}}, "pos");
  const ValueId len = b.parameter({ElementType::kI32, {}}, "len");
  const ValueId roped = rope(b, q, pos, RopeAttrs{});
  expect_well_formed(module, module.main(), last_composite(module.main()), kRopeName);
  const ValueId out = attention(b, roped, k, v, pos, len, {0.5});
  EXPECT_EQ(b.type(out), f32({3, 8, 4}));
  expect_well_formed(module, module.main(), last_composite(module.main()), kAttentionName);
  const ValueId ids = argmax(b, b.reshape(out, {3, 32}));
  EXPECT_EQ(b.type(ids), (TensorType{ElementType::kI32, {3}}));
  expect_well_formed(module, module.main(), last_composite(module.main()), kArgmaxName);
  b.return_values({ids});
  const Status verified = verify(module);
  EXPECT_TRUE(verified.ok()) << verified.error().message();
}

TEST(Composites, RopeInverseFrequenciesDefault) {
  const std::vector<float> inv = rope_inv_freq(8, RopeAttrs{});
  ASSERT_EQ(inv.size(), 4u);
  EXPECT_EQ(inv[0], 1.0f);
  EXPECT_EQ(inv[2], 0.01f);  // 10000^(-4/8) = 1/100, rounded once
  for (size_t i = 1; i < inv.size(); ++i) EXPECT_LT(inv[i], inv[i - 1]);
}

TEST(Composites, RopeInverseFrequenciesLlama3) {
  // Llama 3.2's settings: the three wavelength bands of HF's _compute_llama3_parameters.
  RopeAttrs attrs;
  attrs.theta = 500000.0;
  attrs.scaling = RopeScaling::kLlama3;
  attrs.factor = 32.0;
  attrs.low_freq_factor = 1.0;
  attrs.high_freq_factor = 4.0;
  attrs.original_max_position_embeddings = 8192;
  const int64_t dim = 64;
  const std::vector<float> scaled = rope_inv_freq(dim, attrs);
  const std::vector<float> plain = rope_inv_freq(dim, RopeAttrs{.theta = 500000.0});
  int high = 0, low = 0, medium = 0;
  for (size_t i = 0; i < scaled.size(); ++i) {
    const double p = plain[i], s = scaled[i];
    const double wavelen = 2 * std::numbers::pi / p;
    if (wavelen < 8192.0 / 4.0) {
      EXPECT_EQ(scaled[i], plain[i]) << i;  // high frequencies untouched
      ++high;
    } else if (wavelen > 8192.0) {
      EXPECT_NEAR(s, p / 32.0, 1e-6 * p) << i;
      ++low;
    } else {
      EXPECT_LT(s, p) << i;
      EXPECT_GT(s, p / 32.0) << i;
      ++medium;
    }
  }
  EXPECT_GT(high, 0);
  EXPECT_GT(low, 0);
  EXPECT_GT(medium, 0);
}

TEST(Composites, ConvertToGoesThroughF32BetweenHalfTypes) {
  Module module;
  Builder b(module, "main");
  const ValueId h = b.parameter({ElementType::kF16, {4}}, "h");
  EXPECT_EQ(convert_to(b, h, ElementType::kF16), h);
  const size_t before = module.main().ops.size();
  const ValueId bf = convert_to(b, h, ElementType::kBF16);
  EXPECT_EQ(module.main().ops.size(), before + 2);
  EXPECT_EQ(b.type(bf).element, ElementType::kBF16);
}

}  // namespace
}  // namespace mlxla::graph
