// The graph IR: a Module of Functions holding StableHLO ops (plus `stablehlo.composite` ops
// that name mlxla fusions and point at their decomposition function). Static ranked shapes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace mlxla::graph {

/// Element types a graph value can have (StableHLO spelling in comments).
enum class ElementType : uint8_t {
  kF32,   // f32
  kF16,   // f16
  kBF16,  // bf16
  kI32,   // i32
  kI64,   // i64
  kU32,   // ui32
  kU8,    // ui8
  kI1,    // i1 (bool)
};

size_t element_size(ElementType type);            ///< bytes per element (i1 stored as one byte)
std::string_view element_name(ElementType type);  ///< "f32", "ui32", "i1", ...
bool is_float(ElementType type);
bool is_integer(ElementType type);  ///< i32, i64, ui32, ui8 (not i1)

/// A ranked tensor type with a static shape; rank 0 is a scalar.
struct TensorType {
  ElementType element = ElementType::kF32;
  std::vector<int64_t> shape;

  int64_t rank() const { return static_cast<int64_t>(shape.size()); }
  int64_t numel() const;
  size_t nbytes() const { return static_cast<size_t>(numel()) * element_size(element); }
  bool operator==(const TensorType&) const = default;
};

/// "tensor<2x64xf32>".
std::string to_string(const TensorType& type);

/// Index of an SSA value inside its Function (Function::types[value]).
using ValueId = int32_t;
inline constexpr ValueId kNoValue = -1;

enum class OpKind : uint8_t {
  kConstant,
  kIota,
  kConvert,
  kBroadcastInDim,
  kReshape,
  kTranspose,
  kSlice,
  kDynamicSlice,
  kDynamicUpdateSlice,
  kConcatenate,
  kGather,
  kAdd,
  kSubtract,
  kMultiply,
  kDivide,
  kMaximum,
  kMinimum,
  kShiftRightLogical,
  kAnd,
  kOr,
  kNegate,
  kExponential,
  kLog,
  kRsqrt,
  kSqrt,
  kLogistic,
  kTanh,
  kSine,
  kCosine,
  kCompare,
  kSelect,
  kReduce,
  kDotGeneral,
  kComposite,
  kReturn,
};

/// The StableHLO op name without dialect prefix: "dot_general", "broadcast_in_dim", ...
std::string_view op_name(OpKind kind);
bool is_elementwise_binary(OpKind kind);  ///< add ... or
bool is_elementwise_unary(OpKind kind);   ///< negate ... cosine

enum class CompareDirection : uint8_t { kEq, kNe, kLt, kLe, kGt, kGe };
std::string_view compare_direction_name(CompareDirection direction);  ///< "EQ", "LT", ...

/// The body of a stablehlo.reduce: a binary op applied pairwise (printed as a region).
enum class ReduceBody : uint8_t { kAdd, kMaximum, kMinimum, kAnd, kOr };

/// Literal data of a constant, little-endian, numel * element_size bytes; or one element
/// when `splat` (every element equals it).
struct ConstantAttrs {
  std::vector<std::byte> data;
  bool splat = false;
};
struct IotaAttrs {
  int64_t dimension = 0;
};
struct BroadcastInDimAttrs {
  std::vector<int64_t> dimensions;
};  ///< operand dim i -> result dim
struct TransposeAttrs {
  std::vector<int64_t> permutation;
};
struct SliceAttrs {
  std::vector<int64_t> start, limit, strides;
};
/// Operands: operand, then one rank-0 integer start index per dimension (clamped as StableHLO
/// does).
struct DynamicSliceAttrs {
  std::vector<int64_t> sizes;
};
struct ConcatenateAttrs {
  int64_t dimension = 0;
};
/// StableHLO gather dimension numbers (no batching dims).
struct GatherAttrs {
  std::vector<int64_t> offset_dims;
  std::vector<int64_t> collapsed_slice_dims;
  std::vector<int64_t> start_index_map;
  int64_t index_vector_dim = 0;
  std::vector<int64_t> slice_sizes;
  bool indices_are_sorted = false;
};
struct CompareAttrs {
  CompareDirection direction = CompareDirection::kEq;
};
/// Operands: N inputs then N init values (N == 1 in practice); `dimensions` are reduced away.
struct ReduceAttrs {
  std::vector<int64_t> dimensions;
  ReduceBody body = ReduceBody::kAdd;
};
/// dot_general. Inputs may be f32, f16 or bf16 (both the same), the result f32: products are
/// formed exactly in f32 and accumulated in f32 (what "f16 precision, f32 accumulation" means).
struct DotGeneralAttrs {
  std::vector<int64_t> lhs_batching_dims, rhs_batching_dims;
  std::vector<int64_t> lhs_contracting_dims, rhs_contracting_dims;
};

/// A composite attribute value.
using Attribute =
    std::variant<int64_t, double, bool, std::string, std::vector<int64_t>, std::vector<double>>;

/// stablehlo.composite: `name` (e.g. "mlxla.quantized_dot"), its attributes, and the name of
/// the Function in the same Module that is its portable decomposition (same operand and
/// result types). XLA and IREE inline the decomposition; mlxla's CPU runtime dispatches a fused
/// kernel by `name`.
struct CompositeAttrs {
  std::string name;
  std::map<std::string, Attribute> attributes;
  std::string decomposition;
  int32_t version = 0;
};

using OpAttrs =
    std::variant<std::monostate, ConstantAttrs, IotaAttrs, BroadcastInDimAttrs, TransposeAttrs,
                 SliceAttrs, DynamicSliceAttrs, ConcatenateAttrs, GatherAttrs, CompareAttrs,
                 ReduceAttrs, DotGeneralAttrs, CompositeAttrs>;

/// One operation. Ops without their own attributes (elementwise, convert, reshape, select,
/// dynamic_update_slice, return) carry std::monostate; their result types say the rest
/// (convert's target element type, reshape's shape).
struct Op {
  OpKind kind = OpKind::kReturn;
  std::vector<ValueId> operands;
  std::vector<ValueId> results;
  OpAttrs attrs;
};

/// What a main-function parameter is, for the ABI and the runtime.
enum class ParamRole : uint8_t {
  kInput,    ///< per-call data: token ids, positions, lengths
  kWeight,   ///< bound once from the checkpoint through the WeightAbi
  kKvCache,  ///< state: aliased with a result and updated in place
};

struct Parameter {
  ValueId value = kNoValue;
  std::string name;  ///< printed as the `mlxla.name` argument attribute
  ParamRole role = ParamRole::kInput;
  /// Index of the result that reuses this parameter's buffer (input/output aliasing of the KV
  /// cache; printed as `tf.aliasing_output`, which XLA and IREE honour).
  std::optional<int32_t> aliased_result;
};

/// A function: parameters, SSA values (their types indexed by ValueId) and ops in order. The
/// last op is kReturn, whose operands are the function's results.
struct Function {
  std::string name;
  std::vector<Parameter> parameters;
  std::vector<TensorType> types;  ///< types[v] is the type of value v
  std::vector<Op> ops;
  std::vector<std::string> result_names;  ///< optional, printed as `mlxla.name` result attrs

  const TensorType& type(ValueId v) const { return types[static_cast<size_t>(v)]; }
  /// Result types, from the return op (empty when the function has no return yet).
  std::vector<TensorType> result_types() const;
};

/// A module: `main` plus decomposition functions (printed private).
struct Module {
  std::string name = "mlxla";
  std::vector<Function> functions;

  Function* find(std::string_view function_name);
  const Function* find(std::string_view function_name) const;
  Function& main() { return *find("main"); }
  const Function& main() const { return *find("main"); }
};

}  // namespace mlxla::graph
