// Typed composite attributes: encode/decode round trips, decode errors naming the composite and
// the attribute, and the RoPE tables of the scalings mlx-lm defines (checked against values
// computed independently here from rope_utils.py's formulas).
// ctest-labels: unit
#include "graph/composite_attrs.h"

#include <cmath>
#include <numbers>

#include <gtest/gtest.h>

namespace mlxla::graph {
namespace {

CompositeAttrs composite(std::string_view name, AttributeMap attributes) {
  CompositeAttrs c;
  c.name = std::string(name);
  c.attributes = std::move(attributes);
  return c;
}

TEST(CompositeAttrs, RoundTripEveryComposite) {
  auto q = decode_quantized_dot(
      composite(kQuantizedDotName, encode(QuantizedDotAttrs{3, 64, ElementType::kBF16})));
  ASSERT_TRUE(q.ok()) << q.error().message();
  EXPECT_EQ(q->bits, 3);
  EXPECT_EQ(q->group_size, 64);
  EXPECT_EQ(q->precision, ElementType::kBF16);

  auto n = decode_rms_norm(composite(kRmsNormName, encode(RmsNormAttrs{1e-5})));
  ASSERT_TRUE(n.ok());
  EXPECT_EQ(n->epsilon, 1e-5);

  RopeAttrs rope;
  rope.theta = 5e5;
  rope.scaling = RopeScaling::kLongrope;
  rope.rotary_dim = 8;
  rope.long_factor = {1.0, 1.5, 2.0, 3.0};
  rope.original_max_position_embeddings = 16;
  rope.max_position_embeddings = 128;
  auto r = decode_rope(composite(kRopeName, encode(rope)));
  ASSERT_TRUE(r.ok()) << r.error().message();
  EXPECT_EQ(r->scaling, RopeScaling::kLongrope);
  EXPECT_EQ(r->long_factor, rope.long_factor);
  EXPECT_EQ(r->rotary_dim, 8);
  EXPECT_EQ(rope_inv_freq(16, *r), rope_inv_freq(16, rope));

  auto a = decode_attention(composite(kAttentionName, encode(AttentionAttrs{0.25, 50.0, 512})));
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->scale, 0.25);
  EXPECT_EQ(a->softcap, 50.0);
  EXPECT_EQ(a->window, 512);
  // Unset options are not printed, so plain graphs keep their attribute dictionaries.
  EXPECT_EQ(encode(AttentionAttrs{0.5}).size(), 1u);
  EXPECT_EQ(encode(RopeAttrs{}).size(), 2u);
}

TEST(CompositeAttrs, DecodeErrorsNameTheAttribute) {
  auto missing = decode_rms_norm(composite(kRmsNormName, {}));
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.error().message().find("mlxla.rms_norm: attribute 'epsilon' is missing"),
            std::string::npos);

  auto wrong = decode_attention(composite(kAttentionName, {{"scale", int64_t{1}}}));
  ASSERT_FALSE(wrong.ok());
  EXPECT_NE(wrong.error().message().find("'scale' has the wrong type"), std::string::npos);

  auto bits = decode_quantized_dot(composite(
      kQuantizedDotName,
      {{"bits", int64_t{9}}, {"group_size", int64_t{64}}, {"precision", std::string("f32")}}));
  ASSERT_FALSE(bits.ok());
  EXPECT_NE(bits.error().message().find("'bits'"), std::string::npos);

  auto scaling =
      decode_rope(composite(kRopeName, {{"theta", 1e4}, {"scaling", std::string("ntk")}}));
  ASSERT_FALSE(scaling.ok());
  EXPECT_NE(scaling.error().message().find("'ntk' is not a known RoPE scaling"), std::string::npos);

  auto name = decode_rope(composite(kAttentionName, encode(RopeAttrs{})));
  EXPECT_FALSE(name.ok());
}

TEST(CompositeAttrs, YarnAndLongropeTablesFollowRopeUtils) {
  const int64_t dims = 16;
  RopeAttrs yarn;
  yarn.scaling = RopeScaling::kYarn;
  yarn.theta = 10000;
  yarn.factor = 4;
  yarn.original_max_position_embeddings = 64;
  const std::vector<float> table = rope_inv_freq(dims, yarn);
  auto corr = [&](double rotations) {
    return dims * std::log(64.0 / (rotations * 2 * std::numbers::pi)) / (2 * std::log(10000.0));
  };
  const double low = std::max(std::floor(corr(32)), 0.0),
               high = std::min(std::ceil(corr(1)), dims - 1.0);
  for (int64_t i = 0; i < dims / 2; ++i) {
    const double extra = std::pow(10000.0, 2.0 * i / dims), inter = 4 * extra;
    const double mask = 1 - std::clamp((i - low) / (high - low), 0.0, 1.0);
    const double freq = inter * extra / (inter * mask + extra * (1 - mask));
    EXPECT_FLOAT_EQ(table[static_cast<size_t>(i)], static_cast<float>(1 / freq)) << i;
  }
  EXPECT_FLOAT_EQ(rope_input_scale(yarn), static_cast<float>(0.1 * std::log(4.0) + 1.0));

  RopeAttrs longrope;
  longrope.scaling = RopeScaling::kLongrope;
  longrope.long_factor = {1, 2, 3, 4};
  longrope.original_max_position_embeddings = 16;
  longrope.max_position_embeddings = 64;
  const std::vector<float> lr = rope_inv_freq(8, longrope);
  for (int64_t i = 0; i < 4; ++i) {
    EXPECT_FLOAT_EQ(lr[static_cast<size_t>(i)],
                    static_cast<float>(1 / ((i + 1) * std::pow(10000.0, 2.0 * i / 8))));
  }
  EXPECT_FLOAT_EQ(rope_input_scale(longrope),
                  static_cast<float>(std::sqrt(1 + std::log(4.0) / std::log(16.0))));

  RopeAttrs linear;
  linear.scaling = RopeScaling::kLinear;
  linear.factor = 4;
  EXPECT_EQ(rope_position_scale(linear), 0.25f);
  EXPECT_EQ(rope_inv_freq(8, linear), rope_inv_freq(8, RopeAttrs{}));
}

}  // namespace
}  // namespace mlxla::graph
