module @mlxla {
  func.func @main(%arg0: tensor<1xi32> {mlxla.name = "tokens"}, %arg1: tensor<i32> {mlxla.name = "position"}, %arg2: tensor<5x1x64x4x8xf32> {mlxla.name = "k_cache", tf.aliasing_output = 1 : i32}, %arg3: tensor<5x1x64x4x8xf32> {mlxla.name = "v_cache", tf.aliasing_output = 2 : i32}, %arg4: tensor<512x64xf16> {mlxla.name = "model.embed_tokens.weight"}, %arg5: tensor<64xf32> {mlxla.name = "model.layers.0.input_layernorm.weight"}, %arg6: tensor<64x64xf16> {mlxla.name = "model.layers.0.self_attn.q_proj.weight"}, %arg7: tensor<32x64xf16> {mlxla.name = "model.layers.0.self_attn.k_proj.weight"}, %arg8: tensor<32x64xf16> {mlxla.name = "model.layers.0.self_attn.v_proj.weight"}, %arg9: tensor<64x64xf16> {mlxla.name = "model.layers.0.self_attn.o_proj.weight"}, %arg10: tensor<64xf32> {mlxla.name = "model.layers.0.post_attention_layernorm.weight"}, %arg11: tensor<172x64xf16> {mlxla.name = "model.layers.0.mlp.gate_proj.weight"}, %arg12: tensor<172x64xf16> {mlxla.name = "model.layers.0.mlp.up_proj.weight"}, %arg13: tensor<64x172xf16> {mlxla.name = "model.layers.0.mlp.down_proj.weight"}, %arg14: tensor<64xf32> {mlxla.name = "model.layers.1.input_layernorm.weight"}, %arg15: tensor<64x64xf16> {mlxla.name = "model.layers.1.self_attn.q_proj.weight"}, %arg16: tensor<32x64xf16> {mlxla.name = "model.layers.1.self_attn.k_proj.weight"}, %arg17: tensor<32x64xf16> {mlxla.name = "model.layers.1.self_attn.v_proj.weight"}, %arg18: tensor<64x64xf16> {mlxla.name = "model.layers.1.self_attn.o_proj.weight"}, %arg19: tensor<64xf32> {mlxla.name = "model.layers.1.post_attention_layernorm.weight"}, %arg20: tensor<172x64xf16> {mlxla.name = "model.layers.1.mlp.gate_proj.weight"}, %arg21: tensor<172x64xf16> {mlxla.name = "model.layers.1.mlp.up_proj.weight"}, %arg22: tensor<64x172xf16> {mlxla.name = "model.layers.1.mlp.down_proj.weight"}, %arg23: tensor<64xf32> {mlxla.name = "model.layers.2.input_layernorm.weight"}, %arg24: tensor<64x64xf16> {mlxla.name = "model.layers.2.self_attn.q_proj.weight"}, %arg25: tensor<32x64xf16> {mlxla.name = "model.layers.2.self_attn.k_proj.weight"}, %arg26: tensor<32x64xf16> {mlxla.name = "model.layers.2.self_attn.v_proj.weight"}, %arg27: tensor<64x64xf16> {mlxla.name = "model.layers.2.self_attn.o_proj.weight"}, %arg28: tensor<64xf32> {mlxla.name = "model.layers.2.post_attention_layernorm.weight"}, %arg29: tensor<172x64xf16> {mlxla.name = "model.layers.2.mlp.gate_proj.weight"}, %arg30: tensor<172x64xf16> {mlxla.name = "model.layers.2.mlp.up_proj.weight"}, %arg31: tensor<64x172xf16> {mlxla.name = "model.layers.2.mlp.down_proj.weight"}, %arg32: tensor<64xf32> {mlxla.name = "model.layers.3.input_layernorm.weight"}, %arg33: tensor<64x64xf16> {mlxla.name = "model.layers.3.self_attn.q_proj.weight"}, %arg34: tensor<32x64xf16> {mlxla.name = "model.layers.3.self_attn.k_proj.weight"}, %arg35: tensor<32x64xf16> {mlxla.name = "model.layers.3.self_attn.v_proj.weight"}, %arg36: tensor<64x64xf16> {mlxla.name = "model.layers.3.self_attn.o_proj.weight"}, %arg37: tensor<64xf32> {mlxla.name = "model.layers.3.post_attention_layernorm.weight"}, %arg38: tensor<172x64xf16> {mlxla.name = "model.layers.3.mlp.gate_proj.weight"}, %arg39: tensor<172x64xf16> {mlxla.name = "model.layers.3.mlp.up_proj.weight"}, %arg40: tensor<64x172xf16> {mlxla.name = "model.layers.3.mlp.down_proj.weight"}, %arg41: tensor<64xf32> {mlxla.name = "model.layers.4.input_layernorm.weight"}, %arg42: tensor<64x64xf16> {mlxla.name = "model.layers.4.self_attn.q_proj.weight"}, %arg43: tensor<32x64xf16> {mlxla.name = "model.layers.4.self_attn.k_proj.weight"}, %arg44: tensor<32x64xf16> {mlxla.name = "model.layers.4.self_attn.v_proj.weight"}, %arg45: tensor<64x64xf16> {mlxla.name = "model.layers.4.self_attn.o_proj.weight"}, %arg46: tensor<64xf32> {mlxla.name = "model.layers.4.post_attention_layernorm.weight"}, %arg47: tensor<172x64xf16> {mlxla.name = "model.layers.4.mlp.gate_proj.weight"}, %arg48: tensor<172x64xf16> {mlxla.name = "model.layers.4.mlp.up_proj.weight"}, %arg49: tensor<64x172xf16> {mlxla.name = "model.layers.4.mlp.down_proj.weight"}, %arg50: tensor<64xf32> {mlxla.name = "model.norm.weight"}) -> (tensor<1xi32> {mlxla.name = "next_tokens"}, tensor<5x1x64x4x8xf32> {mlxla.name = "k_cache"}, tensor<5x1x64x4x8xf32> {mlxla.name = "v_cache"}) {
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %1 = stablehlo.constant dense<1> : tensor<i32>
    %2 = stablehlo.add %arg1, %1 : tensor<i32>
    %3 = stablehlo.reshape %arg0 : (tensor<1xi32>) -> tensor<1x1xi32>
    %4 = "stablehlo.gather"(%arg4, %3) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>} : (tensor<512x64xf16>, tensor<1x1xi32>) -> tensor<1x64xf16>
    %5 = stablehlo.convert %4 : (tensor<1x64xf16>) -> tensor<1x64xf32>
    %6 = stablehlo.convert %5 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %7 = stablehlo.convert %6 : (tensor<1x64xbf16>) -> tensor<1x64xf32>
    %8 = stablehlo.composite "mlxla.rms_norm" %7, %arg5 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %9 = stablehlo.convert %8 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %10 = stablehlo.convert %arg6 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %11 = stablehlo.convert %10 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %12 = stablehlo.dot_general %9, %11, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<64x64xbf16>) -> tensor<1x64xf32>
    %13 = stablehlo.reshape %12 : (tensor<1x64xf32>) -> tensor<1x8x8xf32>
    %14 = stablehlo.composite "mlxla.rope" %13, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x8x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x8x8xf32>, tensor<1xi32>) -> tensor<1x8x8xf32>
    %15 = stablehlo.convert %8 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %16 = stablehlo.convert %arg7 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %17 = stablehlo.convert %16 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %18 = stablehlo.dot_general %15, %17, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<32x64xbf16>) -> tensor<1x32xf32>
    %19 = stablehlo.reshape %18 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %20 = stablehlo.composite "mlxla.rope" %19, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x8xf32>, tensor<1xi32>) -> tensor<1x4x8xf32>
    %21 = stablehlo.convert %8 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %22 = stablehlo.convert %arg8 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %23 = stablehlo.convert %22 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %24 = stablehlo.dot_general %21, %23, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<32x64xbf16>) -> tensor<1x32xf32>
    %25 = stablehlo.reshape %24 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %26 = stablehlo.constant dense<0> : tensor<i32>
    %27 = stablehlo.constant dense<0> : tensor<i32>
    %28 = stablehlo.constant dense<0> : tensor<i32>
    %29 = stablehlo.reshape %20 : (tensor<1x4x8xf32>) -> tensor<1x1x1x4x8xf32>
    %30 = stablehlo.dynamic_update_slice %arg2, %29, %26, %28, %arg1, %27, %27 : (tensor<5x1x64x4x8xf32>, tensor<1x1x1x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %31 = stablehlo.reshape %25 : (tensor<1x4x8xf32>) -> tensor<1x1x1x4x8xf32>
    %32 = stablehlo.dynamic_update_slice %arg3, %31, %26, %28, %arg1, %27, %27 : (tensor<5x1x64x4x8xf32>, tensor<1x1x1x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %33 = stablehlo.slice %30 [0:1, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %34 = stablehlo.reshape %33 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %35 = stablehlo.slice %32 [0:1, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %36 = stablehlo.reshape %35 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %37 = stablehlo.composite "mlxla.attention" %14, %34, %36, %0, %2 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf32_64x4x8xf32_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf32>, tensor<64x4x8xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %38 = stablehlo.reshape %37 : (tensor<1x8x8xf32>) -> tensor<1x64xf32>
    %39 = stablehlo.convert %38 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %40 = stablehlo.convert %arg9 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %41 = stablehlo.convert %40 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %42 = stablehlo.dot_general %39, %41, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<64x64xbf16>) -> tensor<1x64xf32>
    %43 = stablehlo.add %7, %42 : tensor<1x64xf32>
    %44 = stablehlo.composite "mlxla.rms_norm" %43, %arg10 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %45 = stablehlo.convert %44 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %46 = stablehlo.convert %arg11 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %47 = stablehlo.convert %46 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %48 = stablehlo.dot_general %45, %47, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<172x64xbf16>) -> tensor<1x172xf32>
    %49 = stablehlo.logistic %48 : tensor<1x172xf32>
    %50 = stablehlo.multiply %48, %49 : tensor<1x172xf32>
    %51 = stablehlo.convert %44 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %52 = stablehlo.convert %arg12 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %53 = stablehlo.convert %52 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %54 = stablehlo.dot_general %51, %53, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<172x64xbf16>) -> tensor<1x172xf32>
    %55 = stablehlo.multiply %50, %54 : tensor<1x172xf32>
    %56 = stablehlo.convert %55 : (tensor<1x172xf32>) -> tensor<1x172xbf16>
    %57 = stablehlo.convert %arg13 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %58 = stablehlo.convert %57 : (tensor<64x172xf32>) -> tensor<64x172xbf16>
    %59 = stablehlo.dot_general %56, %58, contracting_dims = [1] x [1] : (tensor<1x172xbf16>, tensor<64x172xbf16>) -> tensor<1x64xf32>
    %60 = stablehlo.add %43, %59 : tensor<1x64xf32>
    %61 = stablehlo.composite "mlxla.rms_norm" %60, %arg14 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %62 = stablehlo.convert %61 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %63 = stablehlo.convert %arg15 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %64 = stablehlo.convert %63 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %65 = stablehlo.dot_general %62, %64, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<64x64xbf16>) -> tensor<1x64xf32>
    %66 = stablehlo.reshape %65 : (tensor<1x64xf32>) -> tensor<1x8x8xf32>
    %67 = stablehlo.composite "mlxla.rope" %66, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x8x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x8x8xf32>, tensor<1xi32>) -> tensor<1x8x8xf32>
    %68 = stablehlo.convert %61 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %69 = stablehlo.convert %arg16 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %70 = stablehlo.convert %69 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %71 = stablehlo.dot_general %68, %70, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<32x64xbf16>) -> tensor<1x32xf32>
    %72 = stablehlo.reshape %71 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %73 = stablehlo.composite "mlxla.rope" %72, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x8xf32>, tensor<1xi32>) -> tensor<1x4x8xf32>
    %74 = stablehlo.convert %61 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %75 = stablehlo.convert %arg17 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %76 = stablehlo.convert %75 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %77 = stablehlo.dot_general %74, %76, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<32x64xbf16>) -> tensor<1x32xf32>
    %78 = stablehlo.reshape %77 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %79 = stablehlo.constant dense<1> : tensor<i32>
    %80 = stablehlo.constant dense<0> : tensor<i32>
    %81 = stablehlo.constant dense<0> : tensor<i32>
    %82 = stablehlo.reshape %73 : (tensor<1x4x8xf32>) -> tensor<1x1x1x4x8xf32>
    %83 = stablehlo.dynamic_update_slice %30, %82, %79, %81, %arg1, %80, %80 : (tensor<5x1x64x4x8xf32>, tensor<1x1x1x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %84 = stablehlo.reshape %78 : (tensor<1x4x8xf32>) -> tensor<1x1x1x4x8xf32>
    %85 = stablehlo.dynamic_update_slice %32, %84, %79, %81, %arg1, %80, %80 : (tensor<5x1x64x4x8xf32>, tensor<1x1x1x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %86 = stablehlo.slice %83 [1:2, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %87 = stablehlo.reshape %86 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %88 = stablehlo.slice %85 [1:2, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %89 = stablehlo.reshape %88 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %90 = stablehlo.composite "mlxla.attention" %67, %87, %89, %0, %2 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf32_64x4x8xf32_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf32>, tensor<64x4x8xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %91 = stablehlo.reshape %90 : (tensor<1x8x8xf32>) -> tensor<1x64xf32>
    %92 = stablehlo.convert %91 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %93 = stablehlo.convert %arg18 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %94 = stablehlo.convert %93 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %95 = stablehlo.dot_general %92, %94, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<64x64xbf16>) -> tensor<1x64xf32>
    %96 = stablehlo.add %60, %95 : tensor<1x64xf32>
    %97 = stablehlo.composite "mlxla.rms_norm" %96, %arg19 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %98 = stablehlo.convert %97 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %99 = stablehlo.convert %arg20 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %100 = stablehlo.convert %99 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %101 = stablehlo.dot_general %98, %100, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<172x64xbf16>) -> tensor<1x172xf32>
    %102 = stablehlo.logistic %101 : tensor<1x172xf32>
    %103 = stablehlo.multiply %101, %102 : tensor<1x172xf32>
    %104 = stablehlo.convert %97 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %105 = stablehlo.convert %arg21 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %106 = stablehlo.convert %105 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %107 = stablehlo.dot_general %104, %106, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<172x64xbf16>) -> tensor<1x172xf32>
    %108 = stablehlo.multiply %103, %107 : tensor<1x172xf32>
    %109 = stablehlo.convert %108 : (tensor<1x172xf32>) -> tensor<1x172xbf16>
    %110 = stablehlo.convert %arg22 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %111 = stablehlo.convert %110 : (tensor<64x172xf32>) -> tensor<64x172xbf16>
    %112 = stablehlo.dot_general %109, %111, contracting_dims = [1] x [1] : (tensor<1x172xbf16>, tensor<64x172xbf16>) -> tensor<1x64xf32>
    %113 = stablehlo.add %96, %112 : tensor<1x64xf32>
    %114 = stablehlo.composite "mlxla.rms_norm" %113, %arg23 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %115 = stablehlo.convert %114 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %116 = stablehlo.convert %arg24 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %117 = stablehlo.convert %116 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %118 = stablehlo.dot_general %115, %117, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<64x64xbf16>) -> tensor<1x64xf32>
    %119 = stablehlo.reshape %118 : (tensor<1x64xf32>) -> tensor<1x8x8xf32>
    %120 = stablehlo.composite "mlxla.rope" %119, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x8x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x8x8xf32>, tensor<1xi32>) -> tensor<1x8x8xf32>
    %121 = stablehlo.convert %114 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %122 = stablehlo.convert %arg25 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %123 = stablehlo.convert %122 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %124 = stablehlo.dot_general %121, %123, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<32x64xbf16>) -> tensor<1x32xf32>
    %125 = stablehlo.reshape %124 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %126 = stablehlo.composite "mlxla.rope" %125, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x8xf32>, tensor<1xi32>) -> tensor<1x4x8xf32>
    %127 = stablehlo.convert %114 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %128 = stablehlo.convert %arg26 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %129 = stablehlo.convert %128 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %130 = stablehlo.dot_general %127, %129, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<32x64xbf16>) -> tensor<1x32xf32>
    %131 = stablehlo.reshape %130 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %132 = stablehlo.constant dense<2> : tensor<i32>
    %133 = stablehlo.constant dense<0> : tensor<i32>
    %134 = stablehlo.constant dense<0> : tensor<i32>
    %135 = stablehlo.reshape %126 : (tensor<1x4x8xf32>) -> tensor<1x1x1x4x8xf32>
    %136 = stablehlo.dynamic_update_slice %83, %135, %132, %134, %arg1, %133, %133 : (tensor<5x1x64x4x8xf32>, tensor<1x1x1x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %137 = stablehlo.reshape %131 : (tensor<1x4x8xf32>) -> tensor<1x1x1x4x8xf32>
    %138 = stablehlo.dynamic_update_slice %85, %137, %132, %134, %arg1, %133, %133 : (tensor<5x1x64x4x8xf32>, tensor<1x1x1x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %139 = stablehlo.slice %136 [2:3, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %140 = stablehlo.reshape %139 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %141 = stablehlo.slice %138 [2:3, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %142 = stablehlo.reshape %141 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %143 = stablehlo.composite "mlxla.attention" %120, %140, %142, %0, %2 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf32_64x4x8xf32_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf32>, tensor<64x4x8xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %144 = stablehlo.reshape %143 : (tensor<1x8x8xf32>) -> tensor<1x64xf32>
    %145 = stablehlo.convert %144 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %146 = stablehlo.convert %arg27 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %147 = stablehlo.convert %146 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %148 = stablehlo.dot_general %145, %147, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<64x64xbf16>) -> tensor<1x64xf32>
    %149 = stablehlo.add %113, %148 : tensor<1x64xf32>
    %150 = stablehlo.composite "mlxla.rms_norm" %149, %arg28 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %151 = stablehlo.convert %150 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %152 = stablehlo.convert %arg29 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %153 = stablehlo.convert %152 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %154 = stablehlo.dot_general %151, %153, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<172x64xbf16>) -> tensor<1x172xf32>
    %155 = stablehlo.logistic %154 : tensor<1x172xf32>
    %156 = stablehlo.multiply %154, %155 : tensor<1x172xf32>
    %157 = stablehlo.convert %150 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %158 = stablehlo.convert %arg30 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %159 = stablehlo.convert %158 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %160 = stablehlo.dot_general %157, %159, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<172x64xbf16>) -> tensor<1x172xf32>
    %161 = stablehlo.multiply %156, %160 : tensor<1x172xf32>
    %162 = stablehlo.convert %161 : (tensor<1x172xf32>) -> tensor<1x172xbf16>
    %163 = stablehlo.convert %arg31 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %164 = stablehlo.convert %163 : (tensor<64x172xf32>) -> tensor<64x172xbf16>
    %165 = stablehlo.dot_general %162, %164, contracting_dims = [1] x [1] : (tensor<1x172xbf16>, tensor<64x172xbf16>) -> tensor<1x64xf32>
    %166 = stablehlo.add %149, %165 : tensor<1x64xf32>
    %167 = stablehlo.composite "mlxla.rms_norm" %166, %arg32 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %168 = stablehlo.convert %167 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %169 = stablehlo.convert %arg33 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %170 = stablehlo.convert %169 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %171 = stablehlo.dot_general %168, %170, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<64x64xbf16>) -> tensor<1x64xf32>
    %172 = stablehlo.reshape %171 : (tensor<1x64xf32>) -> tensor<1x8x8xf32>
    %173 = stablehlo.composite "mlxla.rope" %172, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x8x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x8x8xf32>, tensor<1xi32>) -> tensor<1x8x8xf32>
    %174 = stablehlo.convert %167 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %175 = stablehlo.convert %arg34 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %176 = stablehlo.convert %175 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %177 = stablehlo.dot_general %174, %176, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<32x64xbf16>) -> tensor<1x32xf32>
    %178 = stablehlo.reshape %177 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %179 = stablehlo.composite "mlxla.rope" %178, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x8xf32>, tensor<1xi32>) -> tensor<1x4x8xf32>
    %180 = stablehlo.convert %167 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %181 = stablehlo.convert %arg35 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %182 = stablehlo.convert %181 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %183 = stablehlo.dot_general %180, %182, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<32x64xbf16>) -> tensor<1x32xf32>
    %184 = stablehlo.reshape %183 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %185 = stablehlo.constant dense<3> : tensor<i32>
    %186 = stablehlo.constant dense<0> : tensor<i32>
    %187 = stablehlo.constant dense<0> : tensor<i32>
    %188 = stablehlo.reshape %179 : (tensor<1x4x8xf32>) -> tensor<1x1x1x4x8xf32>
    %189 = stablehlo.dynamic_update_slice %136, %188, %185, %187, %arg1, %186, %186 : (tensor<5x1x64x4x8xf32>, tensor<1x1x1x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %190 = stablehlo.reshape %184 : (tensor<1x4x8xf32>) -> tensor<1x1x1x4x8xf32>
    %191 = stablehlo.dynamic_update_slice %138, %190, %185, %187, %arg1, %186, %186 : (tensor<5x1x64x4x8xf32>, tensor<1x1x1x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %192 = stablehlo.slice %189 [3:4, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %193 = stablehlo.reshape %192 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %194 = stablehlo.slice %191 [3:4, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %195 = stablehlo.reshape %194 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %196 = stablehlo.composite "mlxla.attention" %173, %193, %195, %0, %2 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf32_64x4x8xf32_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf32>, tensor<64x4x8xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %197 = stablehlo.reshape %196 : (tensor<1x8x8xf32>) -> tensor<1x64xf32>
    %198 = stablehlo.convert %197 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %199 = stablehlo.convert %arg36 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %200 = stablehlo.convert %199 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %201 = stablehlo.dot_general %198, %200, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<64x64xbf16>) -> tensor<1x64xf32>
    %202 = stablehlo.add %166, %201 : tensor<1x64xf32>
    %203 = stablehlo.composite "mlxla.rms_norm" %202, %arg37 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %204 = stablehlo.convert %203 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %205 = stablehlo.convert %arg38 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %206 = stablehlo.convert %205 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %207 = stablehlo.dot_general %204, %206, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<172x64xbf16>) -> tensor<1x172xf32>
    %208 = stablehlo.logistic %207 : tensor<1x172xf32>
    %209 = stablehlo.multiply %207, %208 : tensor<1x172xf32>
    %210 = stablehlo.convert %203 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %211 = stablehlo.convert %arg39 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %212 = stablehlo.convert %211 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %213 = stablehlo.dot_general %210, %212, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<172x64xbf16>) -> tensor<1x172xf32>
    %214 = stablehlo.multiply %209, %213 : tensor<1x172xf32>
    %215 = stablehlo.convert %214 : (tensor<1x172xf32>) -> tensor<1x172xbf16>
    %216 = stablehlo.convert %arg40 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %217 = stablehlo.convert %216 : (tensor<64x172xf32>) -> tensor<64x172xbf16>
    %218 = stablehlo.dot_general %215, %217, contracting_dims = [1] x [1] : (tensor<1x172xbf16>, tensor<64x172xbf16>) -> tensor<1x64xf32>
    %219 = stablehlo.add %202, %218 : tensor<1x64xf32>
    %220 = stablehlo.composite "mlxla.rms_norm" %219, %arg41 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %221 = stablehlo.convert %220 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %222 = stablehlo.convert %arg42 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %223 = stablehlo.convert %222 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %224 = stablehlo.dot_general %221, %223, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<64x64xbf16>) -> tensor<1x64xf32>
    %225 = stablehlo.reshape %224 : (tensor<1x64xf32>) -> tensor<1x8x8xf32>
    %226 = stablehlo.composite "mlxla.rope" %225, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x8x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x8x8xf32>, tensor<1xi32>) -> tensor<1x8x8xf32>
    %227 = stablehlo.convert %220 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %228 = stablehlo.convert %arg43 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %229 = stablehlo.convert %228 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %230 = stablehlo.dot_general %227, %229, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<32x64xbf16>) -> tensor<1x32xf32>
    %231 = stablehlo.reshape %230 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %232 = stablehlo.composite "mlxla.rope" %231, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x8xf32>, tensor<1xi32>) -> tensor<1x4x8xf32>
    %233 = stablehlo.convert %220 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %234 = stablehlo.convert %arg44 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %235 = stablehlo.convert %234 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %236 = stablehlo.dot_general %233, %235, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<32x64xbf16>) -> tensor<1x32xf32>
    %237 = stablehlo.reshape %236 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %238 = stablehlo.constant dense<4> : tensor<i32>
    %239 = stablehlo.constant dense<0> : tensor<i32>
    %240 = stablehlo.constant dense<0> : tensor<i32>
    %241 = stablehlo.reshape %232 : (tensor<1x4x8xf32>) -> tensor<1x1x1x4x8xf32>
    %242 = stablehlo.dynamic_update_slice %189, %241, %238, %240, %arg1, %239, %239 : (tensor<5x1x64x4x8xf32>, tensor<1x1x1x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %243 = stablehlo.reshape %237 : (tensor<1x4x8xf32>) -> tensor<1x1x1x4x8xf32>
    %244 = stablehlo.dynamic_update_slice %191, %243, %238, %240, %arg1, %239, %239 : (tensor<5x1x64x4x8xf32>, tensor<1x1x1x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %245 = stablehlo.slice %242 [4:5, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %246 = stablehlo.reshape %245 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %247 = stablehlo.slice %244 [4:5, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %248 = stablehlo.reshape %247 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %249 = stablehlo.composite "mlxla.attention" %226, %246, %248, %0, %2 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf32_64x4x8xf32_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf32>, tensor<64x4x8xf32>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %250 = stablehlo.reshape %249 : (tensor<1x8x8xf32>) -> tensor<1x64xf32>
    %251 = stablehlo.convert %250 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %252 = stablehlo.convert %arg45 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %253 = stablehlo.convert %252 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %254 = stablehlo.dot_general %251, %253, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<64x64xbf16>) -> tensor<1x64xf32>
    %255 = stablehlo.add %219, %254 : tensor<1x64xf32>
    %256 = stablehlo.composite "mlxla.rms_norm" %255, %arg46 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %257 = stablehlo.convert %256 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %258 = stablehlo.convert %arg47 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %259 = stablehlo.convert %258 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %260 = stablehlo.dot_general %257, %259, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<172x64xbf16>) -> tensor<1x172xf32>
    %261 = stablehlo.logistic %260 : tensor<1x172xf32>
    %262 = stablehlo.multiply %260, %261 : tensor<1x172xf32>
    %263 = stablehlo.convert %256 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %264 = stablehlo.convert %arg48 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %265 = stablehlo.convert %264 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %266 = stablehlo.dot_general %263, %265, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<172x64xbf16>) -> tensor<1x172xf32>
    %267 = stablehlo.multiply %262, %266 : tensor<1x172xf32>
    %268 = stablehlo.convert %267 : (tensor<1x172xf32>) -> tensor<1x172xbf16>
    %269 = stablehlo.convert %arg49 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %270 = stablehlo.convert %269 : (tensor<64x172xf32>) -> tensor<64x172xbf16>
    %271 = stablehlo.dot_general %268, %270, contracting_dims = [1] x [1] : (tensor<1x172xbf16>, tensor<64x172xbf16>) -> tensor<1x64xf32>
    %272 = stablehlo.add %255, %271 : tensor<1x64xf32>
    %273 = stablehlo.composite "mlxla.rms_norm" %272, %arg50 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %274 = stablehlo.convert %273 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %275 = stablehlo.convert %arg4 : (tensor<512x64xf16>) -> tensor<512x64xf32>
    %276 = stablehlo.convert %275 : (tensor<512x64xf32>) -> tensor<512x64xbf16>
    %277 = stablehlo.dot_general %274, %276, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<512x64xbf16>) -> tensor<1x512xf32>
    %278 = stablehlo.composite "mlxla.argmax" %277 {decomposition = @mlxla_argmax_1x512xf32_cbf29ce484222325} : (tensor<1x512xf32>) -> tensor<1xi32>
    return %278, %242, %244 : tensor<1xi32>, tensor<5x1x64x4x8xf32>, tensor<5x1x64x4x8xf32>
  }
  func.func private @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f(%arg0: tensor<1x64xf32> {mlxla.name = "arg0"}, %arg1: tensor<64xf32> {mlxla.name = "arg1"}) -> (tensor<1x64xf32>) {
    %0 = stablehlo.multiply %arg0, %arg0 : tensor<1x64xf32>
    %1 = stablehlo.constant dense<0.0> : tensor<f32>
    %2 = stablehlo.reduce(%0 init: %1) applies stablehlo.add across dimensions = [1] : (tensor<1x64xf32>, tensor<f32>) -> tensor<1xf32>
    %3 = stablehlo.constant dense<64.0> : tensor<1xf32>
    %4 = stablehlo.divide %2, %3 : tensor<1xf32>
    %5 = stablehlo.constant dense<1.0e-05> : tensor<1xf32>
    %6 = stablehlo.add %4, %5 : tensor<1xf32>
    %7 = stablehlo.rsqrt %6 : tensor<1xf32>
    %8 = stablehlo.broadcast_in_dim %7, dims = [0] : (tensor<1xf32>) -> tensor<1x64xf32>
    %9 = stablehlo.multiply %arg0, %8 : tensor<1x64xf32>
    %10 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<64xf32>) -> tensor<1x64xf32>
    %11 = stablehlo.multiply %9, %10 : tensor<1x64xf32>
    return %11 : tensor<1x64xf32>
  }
  func.func private @mlxla_rope_1x8x8xf32_1xi32_e799d9b71a401c74(%arg0: tensor<1x8x8xf32> {mlxla.name = "arg0"}, %arg1: tensor<1xi32> {mlxla.name = "arg1"}) -> (tensor<1x8x8xf32>) {
    %0 = stablehlo.convert %arg1 : (tensor<1xi32>) -> tensor<1xf32>
    %1 = stablehlo.broadcast_in_dim %0, dims = [0] : (tensor<1xf32>) -> tensor<1x4xf32>
    %2 = stablehlo.constant dense<[1.0, 0.1, 0.01, 0.001]> : tensor<4xf32>
    %3 = stablehlo.broadcast_in_dim %2, dims = [1] : (tensor<4xf32>) -> tensor<1x4xf32>
    %4 = stablehlo.multiply %1, %3 : tensor<1x4xf32>
    %5 = stablehlo.cosine %4 : tensor<1x4xf32>
    %6 = stablehlo.sine %4 : tensor<1x4xf32>
    %7 = stablehlo.concatenate %5, %5, dim = 1 : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x8xf32>
    %8 = stablehlo.concatenate %6, %6, dim = 1 : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x8xf32>
    %9 = stablehlo.broadcast_in_dim %7, dims = [0, 2] : (tensor<1x8xf32>) -> tensor<1x8x8xf32>
    %10 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<1x8xf32>) -> tensor<1x8x8xf32>
    %11 = stablehlo.slice %arg0 [0:1, 0:8, 0:4] : (tensor<1x8x8xf32>) -> tensor<1x8x4xf32>
    %12 = stablehlo.slice %arg0 [0:1, 0:8, 4:8] : (tensor<1x8x8xf32>) -> tensor<1x8x4xf32>
    %13 = stablehlo.negate %12 : tensor<1x8x4xf32>
    %14 = stablehlo.concatenate %13, %11, dim = 2 : (tensor<1x8x4xf32>, tensor<1x8x4xf32>) -> tensor<1x8x8xf32>
    %15 = stablehlo.multiply %arg0, %9 : tensor<1x8x8xf32>
    %16 = stablehlo.multiply %14, %10 : tensor<1x8x8xf32>
    %17 = stablehlo.add %15, %16 : tensor<1x8x8xf32>
    return %17 : tensor<1x8x8xf32>
  }
  func.func private @mlxla_rope_1x4x8xf32_1xi32_e799d9b71a401c74(%arg0: tensor<1x4x8xf32> {mlxla.name = "arg0"}, %arg1: tensor<1xi32> {mlxla.name = "arg1"}) -> (tensor<1x4x8xf32>) {
    %0 = stablehlo.convert %arg1 : (tensor<1xi32>) -> tensor<1xf32>
    %1 = stablehlo.broadcast_in_dim %0, dims = [0] : (tensor<1xf32>) -> tensor<1x4xf32>
    %2 = stablehlo.constant dense<[1.0, 0.1, 0.01, 0.001]> : tensor<4xf32>
    %3 = stablehlo.broadcast_in_dim %2, dims = [1] : (tensor<4xf32>) -> tensor<1x4xf32>
    %4 = stablehlo.multiply %1, %3 : tensor<1x4xf32>
    %5 = stablehlo.cosine %4 : tensor<1x4xf32>
    %6 = stablehlo.sine %4 : tensor<1x4xf32>
    %7 = stablehlo.concatenate %5, %5, dim = 1 : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x8xf32>
    %8 = stablehlo.concatenate %6, %6, dim = 1 : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x8xf32>
    %9 = stablehlo.broadcast_in_dim %7, dims = [0, 2] : (tensor<1x8xf32>) -> tensor<1x4x8xf32>
    %10 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<1x8xf32>) -> tensor<1x4x8xf32>
    %11 = stablehlo.slice %arg0 [0:1, 0:4, 0:4] : (tensor<1x4x8xf32>) -> tensor<1x4x4xf32>
    %12 = stablehlo.slice %arg0 [0:1, 0:4, 4:8] : (tensor<1x4x8xf32>) -> tensor<1x4x4xf32>
    %13 = stablehlo.negate %12 : tensor<1x4x4xf32>
    %14 = stablehlo.concatenate %13, %11, dim = 2 : (tensor<1x4x4xf32>, tensor<1x4x4xf32>) -> tensor<1x4x8xf32>
    %15 = stablehlo.multiply %arg0, %9 : tensor<1x4x8xf32>
    %16 = stablehlo.multiply %14, %10 : tensor<1x4x8xf32>
    %17 = stablehlo.add %15, %16 : tensor<1x4x8xf32>
    return %17 : tensor<1x4x8xf32>
  }
  func.func private @mlxla_attention_1x8x8xf32_64x4x8xf32_64x4x8xf32_1xi32_i32_363a2fb82e77f626(%arg0: tensor<1x8x8xf32> {mlxla.name = "arg0"}, %arg1: tensor<64x4x8xf32> {mlxla.name = "arg1"}, %arg2: tensor<64x4x8xf32> {mlxla.name = "arg2"}, %arg3: tensor<1xi32> {mlxla.name = "arg3"}, %arg4: tensor<i32> {mlxla.name = "arg4"}) -> (tensor<1x8x8xf32>) {
    %0 = stablehlo.reshape %arg0 : (tensor<1x8x8xf32>) -> tensor<1x4x2x8xf32>
    %1 = stablehlo.dot_general %0, %arg1, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<1x4x2x8xf32>, tensor<64x4x8xf32>) -> tensor<4x1x2x64xf32>
    %2 = stablehlo.constant dense<0.35355338> : tensor<4x1x2x64xf32>
    %3 = stablehlo.multiply %1, %2 : tensor<4x1x2x64xf32>
    %4 = stablehlo.constant dense<1> : tensor<1xi32>
    %5 = stablehlo.add %arg3, %4 : tensor<1xi32>
    %6 = stablehlo.broadcast_in_dim %arg4, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %7 = stablehlo.minimum %5, %6 : tensor<1xi32>
    %8 = stablehlo.iota dim = 3 : tensor<4x1x2x64xi32>
    %9 = stablehlo.broadcast_in_dim %7, dims = [1] : (tensor<1xi32>) -> tensor<4x1x2x64xi32>
    %10 = stablehlo.compare LT, %8, %9 : (tensor<4x1x2x64xi32>, tensor<4x1x2x64xi32>) -> tensor<4x1x2x64xi1>
    %11 = stablehlo.constant dense<-3.4028235e+38> : tensor<4x1x2x64xf32>
    %12 = stablehlo.select %10, %3, %11 : tensor<4x1x2x64xi1>, tensor<4x1x2x64xf32>
    %13 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %14 = stablehlo.reduce(%12 init: %13) applies stablehlo.maximum across dimensions = [3] : (tensor<4x1x2x64xf32>, tensor<f32>) -> tensor<4x1x2xf32>
    %15 = stablehlo.broadcast_in_dim %14, dims = [0, 1, 2] : (tensor<4x1x2xf32>) -> tensor<4x1x2x64xf32>
    %16 = stablehlo.subtract %12, %15 : tensor<4x1x2x64xf32>
    %17 = stablehlo.exponential %16 : tensor<4x1x2x64xf32>
    %18 = stablehlo.constant dense<0.0> : tensor<f32>
    %19 = stablehlo.reduce(%17 init: %18) applies stablehlo.add across dimensions = [3] : (tensor<4x1x2x64xf32>, tensor<f32>) -> tensor<4x1x2xf32>
    %20 = stablehlo.broadcast_in_dim %19, dims = [0, 1, 2] : (tensor<4x1x2xf32>) -> tensor<4x1x2x64xf32>
    %21 = stablehlo.divide %17, %20 : tensor<4x1x2x64xf32>
    %22 = stablehlo.dot_general %21, %arg2, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<4x1x2x64xf32>, tensor<64x4x8xf32>) -> tensor<4x1x2x8xf32>
    %23 = stablehlo.transpose %22, dims = [1, 0, 2, 3] : (tensor<4x1x2x8xf32>) -> tensor<1x4x2x8xf32>
    %24 = stablehlo.reshape %23 : (tensor<1x4x2x8xf32>) -> tensor<1x8x8xf32>
    return %24 : tensor<1x8x8xf32>
  }
  func.func private @mlxla_argmax_1x512xf32_cbf29ce484222325(%arg0: tensor<1x512xf32> {mlxla.name = "arg0"}) -> (tensor<1xi32>) {
    %0 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %1 = stablehlo.reduce(%arg0 init: %0) applies stablehlo.maximum across dimensions = [1] : (tensor<1x512xf32>, tensor<f32>) -> tensor<1xf32>
    %2 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<1xf32>) -> tensor<1x512xf32>
    %3 = stablehlo.compare EQ, %arg0, %2 : (tensor<1x512xf32>, tensor<1x512xf32>) -> tensor<1x512xi1>
    %4 = stablehlo.iota dim = 1 : tensor<1x512xi32>
    %5 = stablehlo.constant dense<512> : tensor<1x512xi32>
    %6 = stablehlo.select %3, %4, %5 : tensor<1x512xi1>, tensor<1x512xi32>
    %7 = stablehlo.constant dense<512> : tensor<i32>
    %8 = stablehlo.reduce(%6 init: %7) applies stablehlo.minimum across dimensions = [1] : (tensor<1x512xi32>, tensor<i32>) -> tensor<1xi32>
    return %8 : tensor<1xi32>
  }
}
