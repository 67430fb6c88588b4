module @mlxla {
  func.func @main(%arg0: tensor<8xi32> {mlxla.name = "tokens"}, %arg1: tensor<i32> {mlxla.name = "start"}, %arg2: tensor<i32> {mlxla.name = "n_valid"}, %arg3: tensor<5x1x64x4x8xf32> {mlxla.name = "k_cache", tf.aliasing_output = 1 : i32}, %arg4: tensor<5x1x64x4x8xf32> {mlxla.name = "v_cache", tf.aliasing_output = 2 : i32}, %arg5: tensor<512x64xf16> {mlxla.name = "model.embed_tokens.weight"}, %arg6: tensor<64xf32> {mlxla.name = "model.layers.0.input_layernorm.weight"}, %arg7: tensor<64x64xf16> {mlxla.name = "model.layers.0.self_attn.q_proj.weight"}, %arg8: tensor<32x64xf16> {mlxla.name = "model.layers.0.self_attn.k_proj.weight"}, %arg9: tensor<32x64xf16> {mlxla.name = "model.layers.0.self_attn.v_proj.weight"}, %arg10: tensor<64x64xf16> {mlxla.name = "model.layers.0.self_attn.o_proj.weight"}, %arg11: tensor<64xf32> {mlxla.name = "model.layers.0.post_attention_layernorm.weight"}, %arg12: tensor<172x64xf16> {mlxla.name = "model.layers.0.mlp.gate_proj.weight"}, %arg13: tensor<172x64xf16> {mlxla.name = "model.layers.0.mlp.up_proj.weight"}, %arg14: tensor<64x172xf16> {mlxla.name = "model.layers.0.mlp.down_proj.weight"}, %arg15: tensor<64xf32> {mlxla.name = "model.layers.1.input_layernorm.weight"}, %arg16: tensor<64x64xf16> {mlxla.name = "model.layers.1.self_attn.q_proj.weight"}, %arg17: tensor<32x64xf16> {mlxla.name = "model.layers.1.self_attn.k_proj.weight"}, %arg18: tensor<32x64xf16> {mlxla.name = "model.layers.1.self_attn.v_proj.weight"}, %arg19: tensor<64x64xf16> {mlxla.name = "model.layers.1.self_attn.o_proj.weight"}, %arg20: tensor<64xf32> {mlxla.name = "model.layers.1.post_attention_layernorm.weight"}, %arg21: tensor<172x64xf16> {mlxla.name = "model.layers.1.mlp.gate_proj.weight"}, %arg22: tensor<172x64xf16> {mlxla.name = "model.layers.1.mlp.up_proj.weight"}, %arg23: tensor<64x172xf16> {mlxla.name = "model.layers.1.mlp.down_proj.weight"}, %arg24: tensor<64xf32> {mlxla.name = "model.layers.2.input_layernorm.weight"}, %arg25: tensor<64x64xf16> {mlxla.name = "model.layers.2.self_attn.q_proj.weight"}, %arg26: tensor<32x64xf16> {mlxla.name = "model.layers.2.self_attn.k_proj.weight"}, %arg27: tensor<32x64xf16> {mlxla.name = "model.layers.2.self_attn.v_proj.weight"}, %arg28: tensor<64x64xf16> {mlxla.name = "model.layers.2.self_attn.o_proj.weight"}, %arg29: tensor<64xf32> {mlxla.name = "model.layers.2.post_attention_layernorm.weight"}, %arg30: tensor<172x64xf16> {mlxla.name = "model.layers.2.mlp.gate_proj.weight"}, %arg31: tensor<172x64xf16> {mlxla.name = "model.layers.2.mlp.up_proj.weight"}, %arg32: tensor<64x172xf16> {mlxla.name = "model.layers.2.mlp.down_proj.weight"}, %arg33: tensor<64xf32> {mlxla.name = "model.layers.3.input_layernorm.weight"}, %arg34: tensor<64x64xf16> {mlxla.name = "model.layers.3.self_attn.q_proj.weight"}, %arg35: tensor<32x64xf16> {mlxla.name = "model.layers.3.self_attn.k_proj.weight"}, %arg36: tensor<32x64xf16> {mlxla.name = "model.layers.3.self_attn.v_proj.weight"}, %arg37: tensor<64x64xf16> {mlxla.name = "model.layers.3.self_attn.o_proj.weight"}, %arg38: tensor<64xf32> {mlxla.name = "model.layers.3.post_attention_layernorm.weight"}, %arg39: tensor<172x64xf16> {mlxla.name = "model.layers.3.mlp.gate_proj.weight"}, %arg40: tensor<172x64xf16> {mlxla.name = "model.layers.3.mlp.up_proj.weight"}, %arg41: tensor<64x172xf16> {mlxla.name = "model.layers.3.mlp.down_proj.weight"}, %arg42: tensor<64xf32> {mlxla.name = "model.layers.4.input_layernorm.weight"}, %arg43: tensor<64x64xf16> {mlxla.name = "model.layers.4.self_attn.q_proj.weight"}, %arg44: tensor<32x64xf16> {mlxla.name = "model.layers.4.self_attn.k_proj.weight"}, %arg45: tensor<32x64xf16> {mlxla.name = "model.layers.4.self_attn.v_proj.weight"}, %arg46: tensor<64x64xf16> {mlxla.name = "model.layers.4.self_attn.o_proj.weight"}, %arg47: tensor<64xf32> {mlxla.name = "model.layers.4.post_attention_layernorm.weight"}, %arg48: tensor<172x64xf16> {mlxla.name = "model.layers.4.mlp.gate_proj.weight"}, %arg49: tensor<172x64xf16> {mlxla.name = "model.layers.4.mlp.up_proj.weight"}, %arg50: tensor<64x172xf16> {mlxla.name = "model.layers.4.mlp.down_proj.weight"}, %arg51: tensor<64xf32> {mlxla.name = "model.norm.weight"}) -> (tensor<1xi32> {mlxla.name = "next_tokens"}, tensor<5x1x64x4x8xf32> {mlxla.name = "k_cache"}, tensor<5x1x64x4x8xf32> {mlxla.name = "v_cache"}) {
    %0 = stablehlo.iota dim = 0 : tensor<8xi32>
    %1 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<8xi32>
    %2 = stablehlo.add %1, %0 : tensor<8xi32>
    %3 = stablehlo.constant dense<-1> : tensor<i32>
    %4 = stablehlo.add %arg2, %3 : tensor<i32>
    %5 = stablehlo.add %arg1, %arg2 : tensor<i32>
    %6 = stablehlo.reshape %arg0 : (tensor<8xi32>) -> tensor<8x1xi32>
    %7 = "stablehlo.gather"(%arg5, %6) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>} : (tensor<512x64xf16>, tensor<8x1xi32>) -> tensor<8x64xf16>
    %8 = stablehlo.convert %7 : (tensor<8x64xf16>) -> tensor<8x64xf32>
    %9 = stablehlo.convert %8 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %10 = stablehlo.convert %9 : (tensor<8x64xbf16>) -> tensor<8x64xf32>
    %11 = stablehlo.composite "mlxla.rms_norm" %10, %arg6 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %12 = stablehlo.convert %arg7 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %13 = stablehlo.convert %12 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %14 = stablehlo.convert %11 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %15 = stablehlo.dot_general %14, %13, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<64x64xbf16>) -> tensor<8x64xf32>
    %16 = stablehlo.reshape %15 : (tensor<8x64xf32>) -> tensor<8x8x8xf32>
    %17 = stablehlo.composite "mlxla.rope" %16, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x8x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x8x8xf32>, tensor<8xi32>) -> tensor<8x8x8xf32>
    %18 = stablehlo.convert %arg8 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %19 = stablehlo.convert %18 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %20 = stablehlo.convert %11 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %21 = stablehlo.dot_general %20, %19, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<32x64xbf16>) -> tensor<8x32xf32>
    %22 = stablehlo.reshape %21 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %23 = stablehlo.composite "mlxla.rope" %22, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x4x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x4x8xf32>, tensor<8xi32>) -> tensor<8x4x8xf32>
    %24 = stablehlo.convert %arg9 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %25 = stablehlo.convert %24 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %26 = stablehlo.convert %11 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %27 = stablehlo.dot_general %26, %25, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<32x64xbf16>) -> tensor<8x32xf32>
    %28 = stablehlo.reshape %27 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %29 = stablehlo.constant dense<0> : tensor<i32>
    %30 = stablehlo.constant dense<0> : tensor<i32>
    %31 = stablehlo.constant dense<0> : tensor<i32>
    %32 = stablehlo.reshape %23 : (tensor<8x4x8xf32>) -> tensor<1x1x8x4x8xf32>
    %33 = stablehlo.dynamic_update_slice %arg3, %32, %29, %31, %arg1, %30, %30 : (tensor<5x1x64x4x8xf32>, tensor<1x1x8x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %34 = stablehlo.reshape %28 : (tensor<8x4x8xf32>) -> tensor<1x1x8x4x8xf32>
    %35 = stablehlo.dynamic_update_slice %arg4, %34, %29, %31, %arg1, %30, %30 : (tensor<5x1x64x4x8xf32>, tensor<1x1x8x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %36 = stablehlo.slice %35 [0:1, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %37 = stablehlo.reshape %36 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %38 = stablehlo.slice %33 [0:1, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %39 = stablehlo.reshape %38 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %40 = stablehlo.composite "mlxla.attention" %17, %39, %37, %2, %5 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_8x8x8xf32_64x4x8xf32_64x4x8xf32_8xi32_i32_363a2fb82e77f626} : (tensor<8x8x8xf32>, tensor<64x4x8xf32>, tensor<64x4x8xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x8x8xf32>
    %41 = stablehlo.reshape %40 : (tensor<8x8x8xf32>) -> tensor<8x64xf32>
    %42 = stablehlo.convert %arg10 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %43 = stablehlo.convert %42 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %44 = stablehlo.convert %41 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %45 = stablehlo.dot_general %44, %43, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<64x64xbf16>) -> tensor<8x64xf32>
    %46 = stablehlo.add %10, %45 : tensor<8x64xf32>
    %47 = stablehlo.composite "mlxla.rms_norm" %46, %arg11 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %48 = stablehlo.convert %arg12 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %49 = stablehlo.convert %48 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %50 = stablehlo.convert %47 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %51 = stablehlo.dot_general %50, %49, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<172x64xbf16>) -> tensor<8x172xf32>
    %52 = stablehlo.convert %arg13 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %53 = stablehlo.convert %52 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %54 = stablehlo.convert %47 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %55 = stablehlo.dot_general %54, %53, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<172x64xbf16>) -> tensor<8x172xf32>
    %56 = stablehlo.logistic %51 : tensor<8x172xf32>
    %57 = stablehlo.multiply %51, %56 : tensor<8x172xf32>
    %58 = stablehlo.multiply %57, %55 : tensor<8x172xf32>
    %59 = stablehlo.convert %arg14 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %60 = stablehlo.convert %59 : (tensor<64x172xf32>) -> tensor<64x172xbf16>
    %61 = stablehlo.convert %58 : (tensor<8x172xf32>) -> tensor<8x172xbf16>
    %62 = stablehlo.dot_general %61, %60, contracting_dims = [1] x [1] : (tensor<8x172xbf16>, tensor<64x172xbf16>) -> tensor<8x64xf32>
    %63 = stablehlo.add %46, %62 : tensor<8x64xf32>
    %64 = stablehlo.composite "mlxla.rms_norm" %63, %arg15 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %65 = stablehlo.convert %arg16 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %66 = stablehlo.convert %65 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %67 = stablehlo.convert %64 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %68 = stablehlo.dot_general %67, %66, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<64x64xbf16>) -> tensor<8x64xf32>
    %69 = stablehlo.reshape %68 : (tensor<8x64xf32>) -> tensor<8x8x8xf32>
    %70 = stablehlo.composite "mlxla.rope" %69, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x8x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x8x8xf32>, tensor<8xi32>) -> tensor<8x8x8xf32>
    %71 = stablehlo.convert %arg17 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %72 = stablehlo.convert %71 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %73 = stablehlo.convert %64 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %74 = stablehlo.dot_general %73, %72, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<32x64xbf16>) -> tensor<8x32xf32>
    %75 = stablehlo.reshape %74 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %76 = stablehlo.composite "mlxla.rope" %75, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x4x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x4x8xf32>, tensor<8xi32>) -> tensor<8x4x8xf32>
    %77 = stablehlo.convert %arg18 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %78 = stablehlo.convert %77 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %79 = stablehlo.convert %64 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %80 = stablehlo.dot_general %79, %78, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<32x64xbf16>) -> tensor<8x32xf32>
    %81 = stablehlo.reshape %80 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %82 = stablehlo.constant dense<1> : tensor<i32>
    %83 = stablehlo.constant dense<0> : tensor<i32>
    %84 = stablehlo.constant dense<0> : tensor<i32>
    %85 = stablehlo.reshape %76 : (tensor<8x4x8xf32>) -> tensor<1x1x8x4x8xf32>
    %86 = stablehlo.dynamic_update_slice %33, %85, %82, %84, %arg1, %83, %83 : (tensor<5x1x64x4x8xf32>, tensor<1x1x8x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %87 = stablehlo.reshape %81 : (tensor<8x4x8xf32>) -> tensor<1x1x8x4x8xf32>
    %88 = stablehlo.dynamic_update_slice %35, %87, %82, %84, %arg1, %83, %83 : (tensor<5x1x64x4x8xf32>, tensor<1x1x8x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %89 = stablehlo.slice %88 [1:2, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %90 = stablehlo.reshape %89 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %91 = stablehlo.slice %86 [1:2, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %92 = stablehlo.reshape %91 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %93 = stablehlo.composite "mlxla.attention" %70, %92, %90, %2, %5 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_8x8x8xf32_64x4x8xf32_64x4x8xf32_8xi32_i32_363a2fb82e77f626} : (tensor<8x8x8xf32>, tensor<64x4x8xf32>, tensor<64x4x8xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x8x8xf32>
    %94 = stablehlo.reshape %93 : (tensor<8x8x8xf32>) -> tensor<8x64xf32>
    %95 = stablehlo.convert %arg19 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %96 = stablehlo.convert %95 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %97 = stablehlo.convert %94 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %98 = stablehlo.dot_general %97, %96, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<64x64xbf16>) -> tensor<8x64xf32>
    %99 = stablehlo.add %63, %98 : tensor<8x64xf32>
    %100 = stablehlo.composite "mlxla.rms_norm" %99, %arg20 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %101 = stablehlo.convert %arg21 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %102 = stablehlo.convert %101 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %103 = stablehlo.convert %100 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %104 = stablehlo.dot_general %103, %102, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<172x64xbf16>) -> tensor<8x172xf32>
    %105 = stablehlo.convert %arg22 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %106 = stablehlo.convert %105 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %107 = stablehlo.convert %100 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %108 = stablehlo.dot_general %107, %106, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<172x64xbf16>) -> tensor<8x172xf32>
    %109 = stablehlo.logistic %104 : tensor<8x172xf32>
    %110 = stablehlo.multiply %104, %109 : tensor<8x172xf32>
    %111 = stablehlo.multiply %110, %108 : tensor<8x172xf32>
    %112 = stablehlo.convert %arg23 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %113 = stablehlo.convert %112 : (tensor<64x172xf32>) -> tensor<64x172xbf16>
    %114 = stablehlo.convert %111 : (tensor<8x172xf32>) -> tensor<8x172xbf16>
    %115 = stablehlo.dot_general %114, %113, contracting_dims = [1] x [1] : (tensor<8x172xbf16>, tensor<64x172xbf16>) -> tensor<8x64xf32>
    %116 = stablehlo.add %99, %115 : tensor<8x64xf32>
    %117 = stablehlo.composite "mlxla.rms_norm" %116, %arg24 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %118 = stablehlo.convert %arg25 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %119 = stablehlo.convert %118 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %120 = stablehlo.convert %117 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %121 = stablehlo.dot_general %120, %119, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<64x64xbf16>) -> tensor<8x64xf32>
    %122 = stablehlo.reshape %121 : (tensor<8x64xf32>) -> tensor<8x8x8xf32>
    %123 = stablehlo.composite "mlxla.rope" %122, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x8x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x8x8xf32>, tensor<8xi32>) -> tensor<8x8x8xf32>
    %124 = stablehlo.convert %arg26 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %125 = stablehlo.convert %124 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %126 = stablehlo.convert %117 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %127 = stablehlo.dot_general %126, %125, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<32x64xbf16>) -> tensor<8x32xf32>
    %128 = stablehlo.reshape %127 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %129 = stablehlo.composite "mlxla.rope" %128, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x4x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x4x8xf32>, tensor<8xi32>) -> tensor<8x4x8xf32>
    %130 = stablehlo.convert %arg27 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %131 = stablehlo.convert %130 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %132 = stablehlo.convert %117 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %133 = stablehlo.dot_general %132, %131, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<32x64xbf16>) -> tensor<8x32xf32>
    %134 = stablehlo.reshape %133 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %135 = stablehlo.constant dense<2> : tensor<i32>
    %136 = stablehlo.constant dense<0> : tensor<i32>
    %137 = stablehlo.constant dense<0> : tensor<i32>
    %138 = stablehlo.reshape %129 : (tensor<8x4x8xf32>) -> tensor<1x1x8x4x8xf32>
    %139 = stablehlo.dynamic_update_slice %86, %138, %135, %137, %arg1, %136, %136 : (tensor<5x1x64x4x8xf32>, tensor<1x1x8x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %140 = stablehlo.reshape %134 : (tensor<8x4x8xf32>) -> tensor<1x1x8x4x8xf32>
    %141 = stablehlo.dynamic_update_slice %88, %140, %135, %137, %arg1, %136, %136 : (tensor<5x1x64x4x8xf32>, tensor<1x1x8x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %142 = stablehlo.slice %141 [2:3, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %143 = stablehlo.reshape %142 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %144 = stablehlo.slice %139 [2:3, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %145 = stablehlo.reshape %144 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %146 = stablehlo.composite "mlxla.attention" %123, %145, %143, %2, %5 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_8x8x8xf32_64x4x8xf32_64x4x8xf32_8xi32_i32_363a2fb82e77f626} : (tensor<8x8x8xf32>, tensor<64x4x8xf32>, tensor<64x4x8xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x8x8xf32>
    %147 = stablehlo.reshape %146 : (tensor<8x8x8xf32>) -> tensor<8x64xf32>
    %148 = stablehlo.convert %arg28 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %149 = stablehlo.convert %148 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %150 = stablehlo.convert %147 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %151 = stablehlo.dot_general %150, %149, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<64x64xbf16>) -> tensor<8x64xf32>
    %152 = stablehlo.add %116, %151 : tensor<8x64xf32>
    %153 = stablehlo.composite "mlxla.rms_norm" %152, %arg29 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %154 = stablehlo.convert %arg30 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %155 = stablehlo.convert %154 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %156 = stablehlo.convert %153 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %157 = stablehlo.dot_general %156, %155, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<172x64xbf16>) -> tensor<8x172xf32>
    %158 = stablehlo.convert %arg31 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %159 = stablehlo.convert %158 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %160 = stablehlo.convert %153 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %161 = stablehlo.dot_general %160, %159, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<172x64xbf16>) -> tensor<8x172xf32>
    %162 = stablehlo.logistic %157 : tensor<8x172xf32>
    %163 = stablehlo.multiply %157, %162 : tensor<8x172xf32>
    %164 = stablehlo.multiply %163, %161 : tensor<8x172xf32>
    %165 = stablehlo.convert %arg32 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %166 = stablehlo.convert %165 : (tensor<64x172xf32>) -> tensor<64x172xbf16>
    %167 = stablehlo.convert %164 : (tensor<8x172xf32>) -> tensor<8x172xbf16>
    %168 = stablehlo.dot_general %167, %166, contracting_dims = [1] x [1] : (tensor<8x172xbf16>, tensor<64x172xbf16>) -> tensor<8x64xf32>
    %169 = stablehlo.add %152, %168 : tensor<8x64xf32>
    %170 = stablehlo.composite "mlxla.rms_norm" %169, %arg33 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %171 = stablehlo.convert %arg34 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %172 = stablehlo.convert %171 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %173 = stablehlo.convert %170 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %174 = stablehlo.dot_general %173, %172, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<64x64xbf16>) -> tensor<8x64xf32>
    %175 = stablehlo.reshape %174 : (tensor<8x64xf32>) -> tensor<8x8x8xf32>
    %176 = stablehlo.composite "mlxla.rope" %175, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x8x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x8x8xf32>, tensor<8xi32>) -> tensor<8x8x8xf32>
    %177 = stablehlo.convert %arg35 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %178 = stablehlo.convert %177 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %179 = stablehlo.convert %170 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %180 = stablehlo.dot_general %179, %178, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<32x64xbf16>) -> tensor<8x32xf32>
    %181 = stablehlo.reshape %180 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %182 = stablehlo.composite "mlxla.rope" %181, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x4x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x4x8xf32>, tensor<8xi32>) -> tensor<8x4x8xf32>
    %183 = stablehlo.convert %arg36 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %184 = stablehlo.convert %183 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %185 = stablehlo.convert %170 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %186 = stablehlo.dot_general %185, %184, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<32x64xbf16>) -> tensor<8x32xf32>
    %187 = stablehlo.reshape %186 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %188 = stablehlo.constant dense<3> : tensor<i32>
    %189 = stablehlo.constant dense<0> : tensor<i32>
    %190 = stablehlo.constant dense<0> : tensor<i32>
    %191 = stablehlo.reshape %182 : (tensor<8x4x8xf32>) -> tensor<1x1x8x4x8xf32>
    %192 = stablehlo.dynamic_update_slice %139, %191, %188, %190, %arg1, %189, %189 : (tensor<5x1x64x4x8xf32>, tensor<1x1x8x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %193 = stablehlo.reshape %187 : (tensor<8x4x8xf32>) -> tensor<1x1x8x4x8xf32>
    %194 = stablehlo.dynamic_update_slice %141, %193, %188, %190, %arg1, %189, %189 : (tensor<5x1x64x4x8xf32>, tensor<1x1x8x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %195 = stablehlo.slice %194 [3:4, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %196 = stablehlo.reshape %195 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %197 = stablehlo.slice %192 [3:4, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %198 = stablehlo.reshape %197 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %199 = stablehlo.composite "mlxla.attention" %176, %198, %196, %2, %5 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_8x8x8xf32_64x4x8xf32_64x4x8xf32_8xi32_i32_363a2fb82e77f626} : (tensor<8x8x8xf32>, tensor<64x4x8xf32>, tensor<64x4x8xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x8x8xf32>
    %200 = stablehlo.reshape %199 : (tensor<8x8x8xf32>) -> tensor<8x64xf32>
    %201 = stablehlo.convert %arg37 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %202 = stablehlo.convert %201 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %203 = stablehlo.convert %200 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %204 = stablehlo.dot_general %203, %202, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<64x64xbf16>) -> tensor<8x64xf32>
    %205 = stablehlo.add %169, %204 : tensor<8x64xf32>
    %206 = stablehlo.composite "mlxla.rms_norm" %205, %arg38 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %207 = stablehlo.convert %arg39 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %208 = stablehlo.convert %207 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %209 = stablehlo.convert %206 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %210 = stablehlo.dot_general %209, %208, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<172x64xbf16>) -> tensor<8x172xf32>
    %211 = stablehlo.convert %arg40 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %212 = stablehlo.convert %211 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %213 = stablehlo.convert %206 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %214 = stablehlo.dot_general %213, %212, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<172x64xbf16>) -> tensor<8x172xf32>
    %215 = stablehlo.logistic %210 : tensor<8x172xf32>
    %216 = stablehlo.multiply %210, %215 : tensor<8x172xf32>
    %217 = stablehlo.multiply %216, %214 : tensor<8x172xf32>
    %218 = stablehlo.convert %arg41 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %219 = stablehlo.convert %218 : (tensor<64x172xf32>) -> tensor<64x172xbf16>
    %220 = stablehlo.convert %217 : (tensor<8x172xf32>) -> tensor<8x172xbf16>
    %221 = stablehlo.dot_general %220, %219, contracting_dims = [1] x [1] : (tensor<8x172xbf16>, tensor<64x172xbf16>) -> tensor<8x64xf32>
    %222 = stablehlo.add %205, %221 : tensor<8x64xf32>
    %223 = stablehlo.composite "mlxla.rms_norm" %222, %arg42 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %224 = stablehlo.convert %arg43 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %225 = stablehlo.convert %224 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %226 = stablehlo.convert %223 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %227 = stablehlo.dot_general %226, %225, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<64x64xbf16>) -> tensor<8x64xf32>
    %228 = stablehlo.reshape %227 : (tensor<8x64xf32>) -> tensor<8x8x8xf32>
    %229 = stablehlo.composite "mlxla.rope" %228, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x8x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x8x8xf32>, tensor<8xi32>) -> tensor<8x8x8xf32>
    %230 = stablehlo.convert %arg44 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %231 = stablehlo.convert %230 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %232 = stablehlo.convert %223 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %233 = stablehlo.dot_general %232, %231, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<32x64xbf16>) -> tensor<8x32xf32>
    %234 = stablehlo.reshape %233 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %235 = stablehlo.composite "mlxla.rope" %234, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x4x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x4x8xf32>, tensor<8xi32>) -> tensor<8x4x8xf32>
    %236 = stablehlo.convert %arg45 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %237 = stablehlo.convert %236 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %238 = stablehlo.convert %223 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %239 = stablehlo.dot_general %238, %237, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<32x64xbf16>) -> tensor<8x32xf32>
    %240 = stablehlo.reshape %239 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %241 = stablehlo.constant dense<4> : tensor<i32>
    %242 = stablehlo.constant dense<0> : tensor<i32>
    %243 = stablehlo.constant dense<0> : tensor<i32>
    %244 = stablehlo.reshape %235 : (tensor<8x4x8xf32>) -> tensor<1x1x8x4x8xf32>
    %245 = stablehlo.dynamic_update_slice %192, %244, %241, %243, %arg1, %242, %242 : (tensor<5x1x64x4x8xf32>, tensor<1x1x8x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %246 = stablehlo.reshape %240 : (tensor<8x4x8xf32>) -> tensor<1x1x8x4x8xf32>
    %247 = stablehlo.dynamic_update_slice %194, %246, %241, %243, %arg1, %242, %242 : (tensor<5x1x64x4x8xf32>, tensor<1x1x8x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %248 = stablehlo.slice %247 [4:5, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %249 = stablehlo.reshape %248 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %250 = stablehlo.slice %245 [4:5, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %251 = stablehlo.reshape %250 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %252 = stablehlo.composite "mlxla.attention" %229, %251, %249, %2, %5 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_8x8x8xf32_64x4x8xf32_64x4x8xf32_8xi32_i32_363a2fb82e77f626} : (tensor<8x8x8xf32>, tensor<64x4x8xf32>, tensor<64x4x8xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x8x8xf32>
    %253 = stablehlo.reshape %252 : (tensor<8x8x8xf32>) -> tensor<8x64xf32>
    %254 = stablehlo.convert %arg46 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %255 = stablehlo.convert %254 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %256 = stablehlo.convert %253 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %257 = stablehlo.dot_general %256, %255, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<64x64xbf16>) -> tensor<8x64xf32>
    %258 = stablehlo.add %222, %257 : tensor<8x64xf32>
    %259 = stablehlo.composite "mlxla.rms_norm" %258, %arg47 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %260 = stablehlo.convert %arg48 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %261 = stablehlo.convert %260 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %262 = stablehlo.convert %259 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %263 = stablehlo.dot_general %262, %261, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<172x64xbf16>) -> tensor<8x172xf32>
    %264 = stablehlo.convert %arg49 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %265 = stablehlo.convert %264 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %266 = stablehlo.convert %259 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %267 = stablehlo.dot_general %266, %265, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<172x64xbf16>) -> tensor<8x172xf32>
    %268 = stablehlo.logistic %263 : tensor<8x172xf32>
    %269 = stablehlo.multiply %263, %268 : tensor<8x172xf32>
    %270 = stablehlo.multiply %269, %267 : tensor<8x172xf32>
    %271 = stablehlo.convert %arg50 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %272 = stablehlo.convert %271 : (tensor<64x172xf32>) -> tensor<64x172xbf16>
    %273 = stablehlo.convert %270 : (tensor<8x172xf32>) -> tensor<8x172xbf16>
    %274 = stablehlo.dot_general %273, %272, contracting_dims = [1] x [1] : (tensor<8x172xbf16>, tensor<64x172xbf16>) -> tensor<8x64xf32>
    %275 = stablehlo.add %258, %274 : tensor<8x64xf32>
    %276 = stablehlo.constant dense<0> : tensor<i32>
    %277 = stablehlo.dynamic_slice %275, %4, %276, sizes = [1, 64] : (tensor<8x64xf32>, tensor<i32>, tensor<i32>) -> tensor<1x64xf32>
    %278 = stablehlo.composite "mlxla.rms_norm" %277, %arg51 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %279 = stablehlo.convert %arg5 : (tensor<512x64xf16>) -> tensor<512x64xf32>
    %280 = stablehlo.convert %279 : (tensor<512x64xf32>) -> tensor<512x64xbf16>
    %281 = stablehlo.convert %278 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %282 = stablehlo.dot_general %281, %280, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<512x64xbf16>) -> tensor<1x512xf32>
    %283 = stablehlo.composite "mlxla.argmax" %282 {decomposition = @mlxla_argmax_1x512xf32_cbf29ce484222325} : (tensor<1x512xf32>) -> tensor<1xi32>
    return %283, %245, %247 : tensor<1xi32>, tensor<5x1x64x4x8xf32>, tensor<5x1x64x4x8xf32>
  }
  func.func private @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f(%arg0: tensor<8x64xf32> {mlxla.name = "arg0"}, %arg1: tensor<64xf32> {mlxla.name = "arg1"}) -> (tensor<8x64xf32>) {
    %0 = stablehlo.constant dense<0.0> : tensor<f32>
    %1 = stablehlo.multiply %arg0, %arg0 : tensor<8x64xf32>
    %2 = stablehlo.reduce(%1 init: %0) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %3 = stablehlo.constant dense<64.0> : tensor<8xf32>
    %4 = stablehlo.divide %2, %3 : tensor<8xf32>
    %5 = stablehlo.constant dense<1.0e-05> : tensor<8xf32>
    %6 = stablehlo.add %4, %5 : tensor<8xf32>
    %7 = stablehlo.rsqrt %6 : tensor<8xf32>
    %8 = stablehlo.broadcast_in_dim %7, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %9 = stablehlo.multiply %arg0, %8 : tensor<8x64xf32>
    %10 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %11 = stablehlo.multiply %9, %10 : tensor<8x64xf32>
    return %11 : tensor<8x64xf32>
  }
  func.func private @mlxla_rope_8x8x8xf32_8xi32_e799d9b71a401c74(%arg0: tensor<8x8x8xf32> {mlxla.name = "arg0"}, %arg1: tensor<8xi32> {mlxla.name = "arg1"}) -> (tensor<8x8x8xf32>) {
    %0 = stablehlo.constant dense<[1.0, 0.1, 0.01, 0.001]> : tensor<4xf32>
    %1 = stablehlo.convert %arg1 : (tensor<8xi32>) -> tensor<8xf32>
    %2 = stablehlo.broadcast_in_dim %0, dims = [1] : (tensor<4xf32>) -> tensor<8x4xf32>
    %3 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<8xf32>) -> tensor<8x4xf32>
    %4 = stablehlo.multiply %3, %2 : tensor<8x4xf32>
    %5 = stablehlo.cosine %4 : tensor<8x4xf32>
    %6 = stablehlo.sine %4 : tensor<8x4xf32>
    %7 = stablehlo.concatenate %5, %5, dim = 1 : (tensor<8x4xf32>, tensor<8x4xf32>) -> tensor<8x8xf32>
    %8 = stablehlo.broadcast_in_dim %7, dims = [0, 2] : (tensor<8x8xf32>) -> tensor<8x8x8xf32>
    %9 = stablehlo.concatenate %6, %6, dim = 1 : (tensor<8x4xf32>, tensor<8x4xf32>) -> tensor<8x8xf32>
    %10 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<8x8xf32>) -> tensor<8x8x8xf32>
    %11 = stablehlo.slice %arg0 [0:8, 0:8, 0:4] : (tensor<8x8x8xf32>) -> tensor<8x8x4xf32>
    %12 = stablehlo.slice %arg0 [0:8, 0:8, 4:8] : (tensor<8x8x8xf32>) -> tensor<8x8x4xf32>
    %13 = stablehlo.negate %12 : tensor<8x8x4xf32>
    %14 = stablehlo.concatenate %13, %11, dim = 2 : (tensor<8x8x4xf32>, tensor<8x8x4xf32>) -> tensor<8x8x8xf32>
    %15 = stablehlo.multiply %14, %10 : tensor<8x8x8xf32>
    %16 = stablehlo.multiply %arg0, %8 : tensor<8x8x8xf32>
    %17 = stablehlo.add %16, %15 : tensor<8x8x8xf32>
    return %17 : tensor<8x8x8xf32>
  }
  func.func private @mlxla_rope_8x4x8xf32_8xi32_e799d9b71a401c74(%arg0: tensor<8x4x8xf32> {mlxla.name = "arg0"}, %arg1: tensor<8xi32> {mlxla.name = "arg1"}) -> (tensor<8x4x8xf32>) {
    %0 = stablehlo.constant dense<[1.0, 0.1, 0.01, 0.001]> : tensor<4xf32>
    %1 = stablehlo.convert %arg1 : (tensor<8xi32>) -> tensor<8xf32>
    %2 = stablehlo.broadcast_in_dim %0, dims = [1] : (tensor<4xf32>) -> tensor<8x4xf32>
    %3 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<8xf32>) -> tensor<8x4xf32>
    %4 = stablehlo.multiply %3, %2 : tensor<8x4xf32>
    %5 = stablehlo.cosine %4 : tensor<8x4xf32>
    %6 = stablehlo.sine %4 : tensor<8x4xf32>
    %7 = stablehlo.concatenate %5, %5, dim = 1 : (tensor<8x4xf32>, tensor<8x4xf32>) -> tensor<8x8xf32>
    %8 = stablehlo.broadcast_in_dim %7, dims = [0, 2] : (tensor<8x8xf32>) -> tensor<8x4x8xf32>
    %9 = stablehlo.concatenate %6, %6, dim = 1 : (tensor<8x4xf32>, tensor<8x4xf32>) -> tensor<8x8xf32>
    %10 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<8x8xf32>) -> tensor<8x4x8xf32>
    %11 = stablehlo.slice %arg0 [0:8, 0:4, 0:4] : (tensor<8x4x8xf32>) -> tensor<8x4x4xf32>
    %12 = stablehlo.slice %arg0 [0:8, 0:4, 4:8] : (tensor<8x4x8xf32>) -> tensor<8x4x4xf32>
    %13 = stablehlo.negate %12 : tensor<8x4x4xf32>
    %14 = stablehlo.concatenate %13, %11, dim = 2 : (tensor<8x4x4xf32>, tensor<8x4x4xf32>) -> tensor<8x4x8xf32>
    %15 = stablehlo.multiply %14, %10 : tensor<8x4x8xf32>
    %16 = stablehlo.multiply %arg0, %8 : tensor<8x4x8xf32>
    %17 = stablehlo.add %16, %15 : tensor<8x4x8xf32>
    return %17 : tensor<8x4x8xf32>
  }
  func.func private @mlxla_attention_8x8x8xf32_64x4x8xf32_64x4x8xf32_8xi32_i32_363a2fb82e77f626(%arg0: tensor<8x8x8xf32> {mlxla.name = "arg0"}, %arg1: tensor<64x4x8xf32> {mlxla.name = "arg1"}, %arg2: tensor<64x4x8xf32> {mlxla.name = "arg2"}, %arg3: tensor<8xi32> {mlxla.name = "arg3"}, %arg4: tensor<i32> {mlxla.name = "arg4"}) -> (tensor<8x8x8xf32>) {
    %0 = stablehlo.reshape %arg0 : (tensor<8x8x8xf32>) -> tensor<8x4x2x8xf32>
    %1 = stablehlo.dot_general %0, %arg1, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<8x4x2x8xf32>, tensor<64x4x8xf32>) -> tensor<4x8x2x64xf32>
    %2 = stablehlo.constant dense<0.35355338> : tensor<4x8x2x64xf32>
    %3 = stablehlo.multiply %1, %2 : tensor<4x8x2x64xf32>
    %4 = stablehlo.broadcast_in_dim %arg4, dims = [] : (tensor<i32>) -> tensor<8xi32>
    %5 = stablehlo.constant dense<1> : tensor<8xi32>
    %6 = stablehlo.add %arg3, %5 : tensor<8xi32>
    %7 = stablehlo.minimum %6, %4 : tensor<8xi32>
    %8 = stablehlo.broadcast_in_dim %7, dims = [1] : (tensor<8xi32>) -> tensor<4x8x2x64xi32>
    %9 = stablehlo.iota dim = 3 : tensor<4x8x2x64xi32>
    %10 = stablehlo.compare LT, %9, %8 : (tensor<4x8x2x64xi32>, tensor<4x8x2x64xi32>) -> tensor<4x8x2x64xi1>
    %11 = stablehlo.constant dense<-3.4028235e+38> : tensor<4x8x2x64xf32>
    %12 = stablehlo.select %10, %3, %11 : tensor<4x8x2x64xi1>, tensor<4x8x2x64xf32>
    %13 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %14 = stablehlo.reduce(%12 init: %13) applies stablehlo.maximum across dimensions = [3] : (tensor<4x8x2x64xf32>, tensor<f32>) -> tensor<4x8x2xf32>
    %15 = stablehlo.broadcast_in_dim %14, dims = [0, 1, 2] : (tensor<4x8x2xf32>) -> tensor<4x8x2x64xf32>
    %16 = stablehlo.subtract %12, %15 : tensor<4x8x2x64xf32>
    %17 = stablehlo.exponential %16 : tensor<4x8x2x64xf32>
    %18 = stablehlo.constant dense<0.0> : tensor<f32>
    %19 = stablehlo.reduce(%17 init: %18) applies stablehlo.add across dimensions = [3] : (tensor<4x8x2x64xf32>, tensor<f32>) -> tensor<4x8x2xf32>
    %20 = stablehlo.broadcast_in_dim %19, dims = [0, 1, 2] : (tensor<4x8x2xf32>) -> tensor<4x8x2x64xf32>
    %21 = stablehlo.divide %17, %20 : tensor<4x8x2x64xf32>
    %22 = stablehlo.dot_general %21, %arg2, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<4x8x2x64xf32>, tensor<64x4x8xf32>) -> tensor<4x8x2x8xf32>
    %23 = stablehlo.transpose %22, dims = [1, 0, 2, 3] : (tensor<4x8x2x8xf32>) -> tensor<8x4x2x8xf32>
    %24 = stablehlo.reshape %23 : (tensor<8x4x2x8xf32>) -> tensor<8x8x8xf32>
    return %24 : tensor<8x8x8xf32>
  }
  func.func private @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f(%arg0: tensor<1x64xf32> {mlxla.name = "arg0"}, %arg1: tensor<64xf32> {mlxla.name = "arg1"}) -> (tensor<1x64xf32>) {
    %0 = stablehlo.constant dense<0.0> : tensor<f32>
    %1 = stablehlo.multiply %arg0, %arg0 : tensor<1x64xf32>
    %2 = stablehlo.reduce(%1 init: %0) applies stablehlo.add across dimensions = [1] : (tensor<1x64xf32>, tensor<f32>) -> tensor<1xf32>
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
  func.func private @mlxla_argmax_1x512xf32_cbf29ce484222325(%arg0: tensor<1x512xf32> {mlxla.name = "arg0"}) -> (tensor<1xi32>) {
    %0 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %1 = stablehlo.reduce(%arg0 init: %0) applies stablehlo.maximum across dimensions = [1] : (tensor<1x512xf32>, tensor<f32>) -> tensor<1xf32>
    %2 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<1xf32>) -> tensor<1x512xf32>
    %3 = stablehlo.compare EQ, %arg0, %2 : (tensor<1x512xf32>, tensor<1x512xf32>) -> tensor<1x512xi1>
    %4 = stablehlo.constant dense<512> : tensor<1x512xi32>
    %5 = stablehlo.iota dim = 1 : tensor<1x512xi32>
    %6 = stablehlo.select %3, %5, %4 : tensor<1x512xi1>, tensor<1x512xi32>
    %7 = stablehlo.constant dense<512> : tensor<i32>
    %8 = stablehlo.reduce(%6 init: %7) applies stablehlo.minimum across dimensions = [1] : (tensor<1x512xi32>, tensor<i32>) -> tensor<1xi32>
    return %8 : tensor<1xi32>
  }
}
