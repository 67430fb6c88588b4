// DType sizes and spellings, and Result/Error plumbing.
// ctest-labels: unit
#include <gtest/gtest.h>

#include "mlxla/dtype.h"
#include "mlxla/result.h"

namespace mlxla {
namespace {

TEST(DType, SafetensorsNamesRoundTrip) {
  for (auto name : {"F64", "F32", "F16", "BF16", "I64", "I32", "I16", "I8", "U64", "U32", "U16",
                    "U8", "BOOL", "F8_E4M3", "F8_E5M2"}) {
    auto dtype = dtype_from_safetensors_name(name);
    ASSERT_TRUE(dtype.has_value()) << name;
    EXPECT_EQ(dtype_safetensors_name(*dtype), name);
  }
  EXPECT_FALSE(dtype_from_safetensors_name("F4").has_value());
  EXPECT_FALSE(dtype_from_safetensors_name("f32").has_value());
}

TEST(DType, Sizes) {
  EXPECT_EQ(dtype_size(DType::kF64), 8u);
  EXPECT_EQ(dtype_size(DType::kBF16), 2u);
  EXPECT_EQ(dtype_size(DType::kU32), 4u);
  EXPECT_EQ(dtype_size(DType::kBool), 1u);
  EXPECT_EQ(dtype_size(DType::kF8E5M2), 1u);
  EXPECT_EQ(dtype_mlir_name(DType::kU32), "ui32");
  EXPECT_EQ(dtype_mlir_name(DType::kBool), "i1");
}

Result<int> parse_positive(int v) {
  if (v <= 0) return invalid_argument("value must be positive, got " + std::to_string(v));
  return v;
}

Result<int> twice(int v) {
  MLXLA_ASSIGN_OR_RETURN(int x, parse_positive(v));
  return 2 * x;
}

TEST(Result, PropagatesErrors) {
  auto good = twice(4);
  ASSERT_TRUE(good.ok());
  EXPECT_EQ(*good, 8);
  auto bad = twice(-1);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().category(), ErrorCategory::kInvalidArgument);
  EXPECT_EQ(bad.error().with_context("flag --n").message(),
            "flag --n: value must be positive, got -1");
}

}  // namespace
}  // namespace mlxla
