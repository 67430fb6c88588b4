module @mlxla {
  func.func @main(%arg0: tensor<8xi32> {mlxla.name = "tokens"}, %arg1: tensor<i32> {mlxla.name = "start"}, %arg2: tensor<i32> {mlxla.name = "n_valid"}, %arg3: tensor<5x1x64x4x8xf16> {mlxla.name = "k_cache", tf.aliasing_output = 1 : i32}, %arg4: tensor<5x1x64x4x8xf16> {mlxla.name = "v_cache", tf.aliasing_output = 2 : i32}, %arg5: tensor<512x64xf16> {mlxla.name = "model.embed_tokens.weight"}, %arg6: tensor<64xf32> {mlxla.name = "model.layers.0.input_layernorm.weight"}, %arg7: tensor<64x64xf16> {mlxla.name = "model.layers.0.self_attn.q_proj.weight"}, %arg8: tensor<32x64xf16> {mlxla.name = "model.layers.0.self_attn.k_proj.weight"}, %arg9: tensor<32x64xf16> {mlxla.name = "model.layers.0.self_attn.v_proj.weight"}, %arg10: tensor<64x64xf16> {mlxla.name = "model.layers.0.self_attn.o_proj.weight"}, %arg11: tensor<64xf32> {mlxla.name = "model.layers.0.post_attention_layernorm.weight"}, %arg12: tensor<172x64xf16> {mlxla.name = "model.layers.0.mlp.gate_proj.weight"}, %arg13: tensor<172x64xf16> {mlxla.name = "model.layers.0.mlp.up_proj.weight"}, %arg14: tensor<64x172xf16> {mlxla.name = "model.layers.0.mlp.down_proj.weight"}, %arg15: tensor<64xf32> {mlxla.name = "model.layers.1.input_layernorm.weight"}, %arg16: tensor<64x64xf16> {mlxla.name = "model.layers.1.self_attn.q_proj.weight"}, %arg17: tensor<32x64xf16> {mlxla.name = "model.layers.1.self_attn.k_proj.weight"}, %arg18: tensor<32x64xf16> {mlxla.name = "model.layers.1.self_attn.v_proj.weight"}, %arg19: tensor<64x64xf16> {mlxla.name = "model.layers.1.self_attn.o_proj.weight"}, %arg20: tensor<64xf32> {mlxla.name = "model.layers.1.post_attention_layernorm.weight"}, %arg21: tensor<172x64xf16> {mlxla.name = "model.layers.1.mlp.gate_proj.weight"}, %arg22: tensor<172x64xf16> {mlxla.name = "model.layers.1.mlp.up_proj.weight"}, %arg23: tensor<64x172xf16> {mlxla.name = "model.layers.1.mlp.down_proj.weight"}, %arg24: tensor<64xf32> {mlxla.name = "model.layers.2.input_layernorm.weight"}, %arg25: tensor<64x64xf16> {mlxla.name = "model.layers.2.self_attn.q_proj.weight"}, %arg26: tensor<32x64xf16> {mlxla.name = "model.layers.2.self_attn.k_proj.weight"}, %arg27: tensor<32x64xf16> {mlxla.name = "model.layers.2.self_attn.v_proj.weight"}, %arg28: tensor<64x64xf16> {mlxla.name = "model.layers.2.self_attn.o_proj.weight"}, %arg29: tensor<64xf32> {mlxla.name = "model.layers.2.post_attention_layernorm.weight"}, %arg30: tensor<172x64xf16> {mlxla.name = "model.layers.2.mlp.gate_proj.weight"}, %arg31: tensor<172x64xf16> {mlxla.name = "model.layers.2.mlp.up_proj.weight"}, %arg32: tensor<64x172xf16> {mlxla.name = "model.layers.2.mlp.down_proj.weight"}, %arg33: tensor<64xf32> {mlxla.name = "model.layers.3.input_layernorm.weight"}, %arg34: tensor<64x64xf16> {mlxla.name = "model.layers.3.self_attn.q_proj.weight"}, %arg35: tensor<32x64xf16> {mlxla.name = "model.layers.3.self_attn.k_proj.weight"}, %arg36: tensor<32x64xf16> {mlxla.name = "model.layers.3.self_attn.v_proj.weight"}, %arg37: tensor<64x64xf16> {mlxla.name = "model.layers.3.self_attn.o_proj.weight"}, %arg38: tensor<64xf32> {mlxla.name = "model.layers.3.post_attention_layernorm.weight"}, %arg39: tensor<172x64xf16> {mlxla.name = "model.layers.3.mlp.gate_proj.weight"}, %arg40: tensor<172x64xf16> {mlxla.name = "model.layers.3.mlp.up_proj.weight"}, %arg41: tensor<64x172xf16> {mlxla.name = "model.layers.3.mlp.down_proj.weight"}, %arg42: tensor<64xf32> {mlxla.name = "model.layers.4.input_layernorm.weight"}, %arg43: tensor<64x64xf16> {mlxla.name = "model.layers.4.self_attn.q_proj.weight"}, %arg44: tensor<32x64xf16> {mlxla.name = "model.layers.4.self_attn.k_proj.weight"}, %arg45: tensor<32x64xf16> {mlxla.name = "model.layers.4.self_attn.v_proj.weight"}, %arg46: tensor<64x64xf16> {mlxla.name = "model.layers.4.self_attn.o_proj.weight"}, %arg47: tensor<64xf32> {mlxla.name = "model.layers.4.post_attention_layernorm.weight"}, %arg48: tensor<172x64xf16> {mlxla.name = "model.layers.4.mlp.gate_proj.weight"}, %arg49: tensor<172x64xf16> {mlxla.name = "model.layers.4.mlp.up_proj.weight"}, %arg50: tensor<64x172xf16> {mlxla.name = "model.layers.4.mlp.down_proj.weight"}, %arg51: tensor<64xf32> {mlxla.name = "model.norm.weight"}) -> (tensor<1xi32> {mlxla.name = "next_tokens"}, tensor<5x1x64x4x8xf16> {mlxla.name = "k_cache"}, tensor<5x1x64x4x8xf16> {mlxla.name = "v_cache"}) {
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
    %29 = stablehlo.convert %23 : (tensor<8x4x8xf32>) -> tensor<8x4x8xf16>
    %30 = stablehlo.convert %28 : (tensor<8x4x8xf32>) -> tensor<8x4x8xf16>
    %31 = stablehlo.constant dense<0> : tensor<i32>
    %32 = stablehlo.constant dense<0> : tensor<i32>
    %33 = stablehlo.constant dense<0> : tensor<i32>
    %34 = stablehlo.reshape %29 : (tensor<8x4x8xf16>) -> tensor<1x1x8x4x8xf16>
    %35 = stablehlo.dynamic_update_slice %arg3, %34, %31, %33, %arg1, %32, %32 : (tensor<5x1x64x4x8xf16>, tensor<1x1x8x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %36 = stablehlo.reshape %30 : (tensor<8x4x8xf16>) -> tensor<1x1x8x4x8xf16>
    %37 = stablehlo.dynamic_update_slice %arg4, %36, %31, %33, %arg1, %32, %32 : (tensor<5x1x64x4x8xf16>, tensor<1x1x8x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %38 = stablehlo.slice %37 [0:1, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %39 = stablehlo.reshape %38 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %40 = stablehlo.slice %35 [0:1, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %41 = stablehlo.reshape %40 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %42 = stablehlo.composite "mlxla.attention" %17, %41, %39, %2, %5 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_8x8x8xf32_64x4x8xf16_64x4x8xf16_8xi32_i32_363a2fb82e77f626} : (tensor<8x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x8x8xf32>
    %43 = stablehlo.reshape %42 : (tensor<8x8x8xf32>) -> tensor<8x64xf32>
    %44 = stablehlo.convert %arg10 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %45 = stablehlo.convert %44 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %46 = stablehlo.convert %43 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %47 = stablehlo.dot_general %46, %45, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<64x64xbf16>) -> tensor<8x64xf32>
    %48 = stablehlo.add %10, %47 : tensor<8x64xf32>
    %49 = stablehlo.composite "mlxla.rms_norm" %48, %arg11 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %50 = stablehlo.convert %arg12 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %51 = stablehlo.convert %50 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %52 = stablehlo.convert %49 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %53 = stablehlo.dot_general %52, %51, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<172x64xbf16>) -> tensor<8x172xf32>
    %54 = stablehlo.convert %arg13 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %55 = stablehlo.convert %54 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %56 = stablehlo.convert %49 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %57 = stablehlo.dot_general %56, %55, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<172x64xbf16>) -> tensor<8x172xf32>
    %58 = stablehlo.logistic %53 : tensor<8x172xf32>
    %59 = stablehlo.multiply %53, %58 : tensor<8x172xf32>
    %60 = stablehlo.multiply %59, %57 : tensor<8x172xf32>
    %61 = stablehlo.convert %arg14 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %62 = stablehlo.convert %61 : (tensor<64x172xf32>) -> tensor<64x172xbf16>
    %63 = stablehlo.convert %60 : (tensor<8x172xf32>) -> tensor<8x172xbf16>
    %64 = stablehlo.dot_general %63, %62, contracting_dims = [1] x [1] : (tensor<8x172xbf16>, tensor<64x172xbf16>) -> tensor<8x64xf32>
    %65 = stablehlo.add %48, %64 : tensor<8x64xf32>
    %66 = stablehlo.composite "mlxla.rms_norm" %65, %arg15 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %67 = stablehlo.convert %arg16 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %68 = stablehlo.convert %67 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %69 = stablehlo.convert %66 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %70 = stablehlo.dot_general %69, %68, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<64x64xbf16>) -> tensor<8x64xf32>
    %71 = stablehlo.reshape %70 : (tensor<8x64xf32>) -> tensor<8x8x8xf32>
    %72 = stablehlo.composite "mlxla.rope" %71, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x8x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x8x8xf32>, tensor<8xi32>) -> tensor<8x8x8xf32>
    %73 = stablehlo.convert %arg17 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %74 = stablehlo.convert %73 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %75 = stablehlo.convert %66 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %76 = stablehlo.dot_general %75, %74, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<32x64xbf16>) -> tensor<8x32xf32>
    %77 = stablehlo.reshape %76 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %78 = stablehlo.composite "mlxla.rope" %77, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x4x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x4x8xf32>, tensor<8xi32>) -> tensor<8x4x8xf32>
    %79 = stablehlo.convert %arg18 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %80 = stablehlo.convert %79 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %81 = stablehlo.convert %66 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %82 = stablehlo.dot_general %81, %80, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<32x64xbf16>) -> tensor<8x32xf32>
    %83 = stablehlo.reshape %82 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %84 = stablehlo.convert %78 : (tensor<8x4x8xf32>) -> tensor<8x4x8xf16>
    %85 = stablehlo.convert %83 : (tensor<8x4x8xf32>) -> tensor<8x4x8xf16>
    %86 = stablehlo.constant dense<1> : tensor<i32>
    %87 = stablehlo.constant dense<0> : tensor<i32>
    %88 = stablehlo.constant dense<0> : tensor<i32>
    %89 = stablehlo.reshape %84 : (tensor<8x4x8xf16>) -> tensor<1x1x8x4x8xf16>
    %90 = stablehlo.dynamic_update_slice %35, %89, %86, %88, %arg1, %87, %87 : (tensor<5x1x64x4x8xf16>, tensor<1x1x8x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %91 = stablehlo.reshape %85 : (tensor<8x4x8xf16>) -> tensor<1x1x8x4x8xf16>
    %92 = stablehlo.dynamic_update_slice %37, %91, %86, %88, %arg1, %87, %87 : (tensor<5x1x64x4x8xf16>, tensor<1x1x8x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %93 = stablehlo.slice %92 [1:2, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %94 = stablehlo.reshape %93 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %95 = stablehlo.slice %90 [1:2, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %96 = stablehlo.reshape %95 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %97 = stablehlo.composite "mlxla.attention" %72, %96, %94, %2, %5 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_8x8x8xf32_64x4x8xf16_64x4x8xf16_8xi32_i32_363a2fb82e77f626} : (tensor<8x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x8x8xf32>
    %98 = stablehlo.reshape %97 : (tensor<8x8x8xf32>) -> tensor<8x64xf32>
    %99 = stablehlo.convert %arg19 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %100 = stablehlo.convert %99 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %101 = stablehlo.convert %98 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %102 = stablehlo.dot_general %101, %100, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<64x64xbf16>) -> tensor<8x64xf32>
    %103 = stablehlo.add %65, %102 : tensor<8x64xf32>
    %104 = stablehlo.composite "mlxla.rms_norm" %103, %arg20 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %105 = stablehlo.convert %arg21 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %106 = stablehlo.convert %105 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %107 = stablehlo.convert %104 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %108 = stablehlo.dot_general %107, %106, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<172x64xbf16>) -> tensor<8x172xf32>
    %109 = stablehlo.convert %arg22 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %110 = stablehlo.convert %109 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %111 = stablehlo.convert %104 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %112 = stablehlo.dot_general %111, %110, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<172x64xbf16>) -> tensor<8x172xf32>
    %113 = stablehlo.logistic %108 : tensor<8x172xf32>
    %114 = stablehlo.multiply %108, %113 : tensor<8x172xf32>
    %115 = stablehlo.multiply %114, %112 : tensor<8x172xf32>
    %116 = stablehlo.convert %arg23 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %117 = stablehlo.convert %116 : (tensor<64x172xf32>) -> tensor<64x172xbf16>
    %118 = stablehlo.convert %115 : (tensor<8x172xf32>) -> tensor<8x172xbf16>
    %119 = stablehlo.dot_general %118, %117, contracting_dims = [1] x [1] : (tensor<8x172xbf16>, tensor<64x172xbf16>) -> tensor<8x64xf32>
    %120 = stablehlo.add %103, %119 : tensor<8x64xf32>
    %121 = stablehlo.composite "mlxla.rms_norm" %120, %arg24 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %122 = stablehlo.convert %arg25 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %123 = stablehlo.convert %122 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %124 = stablehlo.convert %121 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %125 = stablehlo.dot_general %124, %123, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<64x64xbf16>) -> tensor<8x64xf32>
    %126 = stablehlo.reshape %125 : (tensor<8x64xf32>) -> tensor<8x8x8xf32>
    %127 = stablehlo.composite "mlxla.rope" %126, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x8x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x8x8xf32>, tensor<8xi32>) -> tensor<8x8x8xf32>
    %128 = stablehlo.convert %arg26 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %129 = stablehlo.convert %128 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %130 = stablehlo.convert %121 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %131 = stablehlo.dot_general %130, %129, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<32x64xbf16>) -> tensor<8x32xf32>
    %132 = stablehlo.reshape %131 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %133 = stablehlo.composite "mlxla.rope" %132, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x4x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x4x8xf32>, tensor<8xi32>) -> tensor<8x4x8xf32>
    %134 = stablehlo.convert %arg27 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %135 = stablehlo.convert %134 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %136 = stablehlo.convert %121 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %137 = stablehlo.dot_general %136, %135, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<32x64xbf16>) -> tensor<8x32xf32>
    %138 = stablehlo.reshape %137 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %139 = stablehlo.convert %133 : (tensor<8x4x8xf32>) -> tensor<8x4x8xf16>
    %140 = stablehlo.convert %138 : (tensor<8x4x8xf32>) -> tensor<8x4x8xf16>
    %141 = stablehlo.constant dense<2> : tensor<i32>
    %142 = stablehlo.constant dense<0> : tensor<i32>
    %143 = stablehlo.constant dense<0> : tensor<i32>
    %144 = stablehlo.reshape %139 : (tensor<8x4x8xf16>) -> tensor<1x1x8x4x8xf16>
    %145 = stablehlo.dynamic_update_slice %90, %144, %141, %143, %arg1, %142, %142 : (tensor<5x1x64x4x8xf16>, tensor<1x1x8x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %146 = stablehlo.reshape %140 : (tensor<8x4x8xf16>) -> tensor<1x1x8x4x8xf16>
    %147 = stablehlo.dynamic_update_slice %92, %146, %141, %143, %arg1, %142, %142 : (tensor<5x1x64x4x8xf16>, tensor<1x1x8x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %148 = stablehlo.slice %147 [2:3, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %149 = stablehlo.reshape %148 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %150 = stablehlo.slice %145 [2:3, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %151 = stablehlo.reshape %150 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %152 = stablehlo.composite "mlxla.attention" %127, %151, %149, %2, %5 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_8x8x8xf32_64x4x8xf16_64x4x8xf16_8xi32_i32_363a2fb82e77f626} : (tensor<8x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x8x8xf32>
    %153 = stablehlo.reshape %152 : (tensor<8x8x8xf32>) -> tensor<8x64xf32>
    %154 = stablehlo.convert %arg28 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %155 = stablehlo.convert %154 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %156 = stablehlo.convert %153 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %157 = stablehlo.dot_general %156, %155, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<64x64xbf16>) -> tensor<8x64xf32>
    %158 = stablehlo.add %120, %157 : tensor<8x64xf32>
    %159 = stablehlo.composite "mlxla.rms_norm" %158, %arg29 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %160 = stablehlo.convert %arg30 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %161 = stablehlo.convert %160 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %162 = stablehlo.convert %159 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %163 = stablehlo.dot_general %162, %161, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<172x64xbf16>) -> tensor<8x172xf32>
    %164 = stablehlo.convert %arg31 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %165 = stablehlo.convert %164 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %166 = stablehlo.convert %159 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %167 = stablehlo.dot_general %166, %165, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<172x64xbf16>) -> tensor<8x172xf32>
    %168 = stablehlo.logistic %163 : tensor<8x172xf32>
    %169 = stablehlo.multiply %163, %168 : tensor<8x172xf32>
    %170 = stablehlo.multiply %169, %167 : tensor<8x172xf32>
    %171 = stablehlo.convert %arg32 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %172 = stablehlo.convert %171 : (tensor<64x172xf32>) -> tensor<64x172xbf16>
    %173 = stablehlo.convert %170 : (tensor<8x172xf32>) -> tensor<8x172xbf16>
    %174 = stablehlo.dot_general %173, %172, contracting_dims = [1] x [1] : (tensor<8x172xbf16>, tensor<64x172xbf16>) -> tensor<8x64xf32>
    %175 = stablehlo.add %158, %174 : tensor<8x64xf32>
    %176 = stablehlo.composite "mlxla.rms_norm" %175, %arg33 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %177 = stablehlo.convert %arg34 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %178 = stablehlo.convert %177 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %179 = stablehlo.convert %176 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %180 = stablehlo.dot_general %179, %178, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<64x64xbf16>) -> tensor<8x64xf32>
    %181 = stablehlo.reshape %180 : (tensor<8x64xf32>) -> tensor<8x8x8xf32>
    %182 = stablehlo.composite "mlxla.rope" %181, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x8x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x8x8xf32>, tensor<8xi32>) -> tensor<8x8x8xf32>
    %183 = stablehlo.convert %arg35 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %184 = stablehlo.convert %183 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %185 = stablehlo.convert %176 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %186 = stablehlo.dot_general %185, %184, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<32x64xbf16>) -> tensor<8x32xf32>
    %187 = stablehlo.reshape %186 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %188 = stablehlo.composite "mlxla.rope" %187, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x4x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x4x8xf32>, tensor<8xi32>) -> tensor<8x4x8xf32>
    %189 = stablehlo.convert %arg36 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %190 = stablehlo.convert %189 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %191 = stablehlo.convert %176 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %192 = stablehlo.dot_general %191, %190, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<32x64xbf16>) -> tensor<8x32xf32>
    %193 = stablehlo.reshape %192 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %194 = stablehlo.convert %188 : (tensor<8x4x8xf32>) -> tensor<8x4x8xf16>
    %195 = stablehlo.convert %193 : (tensor<8x4x8xf32>) -> tensor<8x4x8xf16>
    %196 = stablehlo.constant dense<3> : tensor<i32>
    %197 = stablehlo.constant dense<0> : tensor<i32>
    %198 = stablehlo.constant dense<0> : tensor<i32>
    %199 = stablehlo.reshape %194 : (tensor<8x4x8xf16>) -> tensor<1x1x8x4x8xf16>
    %200 = stablehlo.dynamic_update_slice %145, %199, %196, %198, %arg1, %197, %197 : (tensor<5x1x64x4x8xf16>, tensor<1x1x8x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %201 = stablehlo.reshape %195 : (tensor<8x4x8xf16>) -> tensor<1x1x8x4x8xf16>
    %202 = stablehlo.dynamic_update_slice %147, %201, %196, %198, %arg1, %197, %197 : (tensor<5x1x64x4x8xf16>, tensor<1x1x8x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %203 = stablehlo.slice %202 [3:4, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %204 = stablehlo.reshape %203 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %205 = stablehlo.slice %200 [3:4, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %206 = stablehlo.reshape %205 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %207 = stablehlo.composite "mlxla.attention" %182, %206, %204, %2, %5 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_8x8x8xf32_64x4x8xf16_64x4x8xf16_8xi32_i32_363a2fb82e77f626} : (tensor<8x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x8x8xf32>
    %208 = stablehlo.reshape %207 : (tensor<8x8x8xf32>) -> tensor<8x64xf32>
    %209 = stablehlo.convert %arg37 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %210 = stablehlo.convert %209 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %211 = stablehlo.convert %208 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %212 = stablehlo.dot_general %211, %210, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<64x64xbf16>) -> tensor<8x64xf32>
    %213 = stablehlo.add %175, %212 : tensor<8x64xf32>
    %214 = stablehlo.composite "mlxla.rms_norm" %213, %arg38 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %215 = stablehlo.convert %arg39 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %216 = stablehlo.convert %215 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %217 = stablehlo.convert %214 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %218 = stablehlo.dot_general %217, %216, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<172x64xbf16>) -> tensor<8x172xf32>
    %219 = stablehlo.convert %arg40 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %220 = stablehlo.convert %219 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %221 = stablehlo.convert %214 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %222 = stablehlo.dot_general %221, %220, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<172x64xbf16>) -> tensor<8x172xf32>
    %223 = stablehlo.logistic %218 : tensor<8x172xf32>
    %224 = stablehlo.multiply %218, %223 : tensor<8x172xf32>
    %225 = stablehlo.multiply %224, %222 : tensor<8x172xf32>
    %226 = stablehlo.convert %arg41 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %227 = stablehlo.convert %226 : (tensor<64x172xf32>) -> tensor<64x172xbf16>
    %228 = stablehlo.convert %225 : (tensor<8x172xf32>) -> tensor<8x172xbf16>
    %229 = stablehlo.dot_general %228, %227, contracting_dims = [1] x [1] : (tensor<8x172xbf16>, tensor<64x172xbf16>) -> tensor<8x64xf32>
    %230 = stablehlo.add %213, %229 : tensor<8x64xf32>
    %231 = stablehlo.composite "mlxla.rms_norm" %230, %arg42 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %232 = stablehlo.convert %arg43 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %233 = stablehlo.convert %232 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %234 = stablehlo.convert %231 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %235 = stablehlo.dot_general %234, %233, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<64x64xbf16>) -> tensor<8x64xf32>
    %236 = stablehlo.reshape %235 : (tensor<8x64xf32>) -> tensor<8x8x8xf32>
    %237 = stablehlo.composite "mlxla.rope" %236, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x8x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x8x8xf32>, tensor<8xi32>) -> tensor<8x8x8xf32>
    %238 = stablehlo.convert %arg44 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %239 = stablehlo.convert %238 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %240 = stablehlo.convert %231 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %241 = stablehlo.dot_general %240, %239, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<32x64xbf16>) -> tensor<8x32xf32>
    %242 = stablehlo.reshape %241 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %243 = stablehlo.composite "mlxla.rope" %242, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x4x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x4x8xf32>, tensor<8xi32>) -> tensor<8x4x8xf32>
    %244 = stablehlo.convert %arg45 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %245 = stablehlo.convert %244 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %246 = stablehlo.convert %231 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %247 = stablehlo.dot_general %246, %245, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<32x64xbf16>) -> tensor<8x32xf32>
    %248 = stablehlo.reshape %247 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %249 = stablehlo.convert %243 : (tensor<8x4x8xf32>) -> tensor<8x4x8xf16>
    %250 = stablehlo.convert %248 : (tensor<8x4x8xf32>) -> tensor<8x4x8xf16>
    %251 = stablehlo.constant dense<4> : tensor<i32>
    %252 = stablehlo.constant dense<0> : tensor<i32>
    %253 = stablehlo.constant dense<0> : tensor<i32>
    %254 = stablehlo.reshape %249 : (tensor<8x4x8xf16>) -> tensor<1x1x8x4x8xf16>
    %255 = stablehlo.dynamic_update_slice %200, %254, %251, %253, %arg1, %252, %252 : (tensor<5x1x64x4x8xf16>, tensor<1x1x8x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %256 = stablehlo.reshape %250 : (tensor<8x4x8xf16>) -> tensor<1x1x8x4x8xf16>
    %257 = stablehlo.dynamic_update_slice %202, %256, %251, %253, %arg1, %252, %252 : (tensor<5x1x64x4x8xf16>, tensor<1x1x8x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %258 = stablehlo.slice %257 [4:5, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %259 = stablehlo.reshape %258 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %260 = stablehlo.slice %255 [4:5, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %261 = stablehlo.reshape %260 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %262 = stablehlo.composite "mlxla.attention" %237, %261, %259, %2, %5 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_8x8x8xf32_64x4x8xf16_64x4x8xf16_8xi32_i32_363a2fb82e77f626} : (tensor<8x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x8x8xf32>
    %263 = stablehlo.reshape %262 : (tensor<8x8x8xf32>) -> tensor<8x64xf32>
    %264 = stablehlo.convert %arg46 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %265 = stablehlo.convert %264 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %266 = stablehlo.convert %263 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %267 = stablehlo.dot_general %266, %265, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<64x64xbf16>) -> tensor<8x64xf32>
    %268 = stablehlo.add %230, %267 : tensor<8x64xf32>
    %269 = stablehlo.composite "mlxla.rms_norm" %268, %arg47 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %270 = stablehlo.convert %arg48 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %271 = stablehlo.convert %270 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %272 = stablehlo.convert %269 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %273 = stablehlo.dot_general %272, %271, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<172x64xbf16>) -> tensor<8x172xf32>
    %274 = stablehlo.convert %arg49 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %275 = stablehlo.convert %274 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %276 = stablehlo.convert %269 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %277 = stablehlo.dot_general %276, %275, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<172x64xbf16>) -> tensor<8x172xf32>
    %278 = stablehlo.logistic %273 : tensor<8x172xf32>
    %279 = stablehlo.multiply %273, %278 : tensor<8x172xf32>
    %280 = stablehlo.multiply %279, %277 : tensor<8x172xf32>
    %281 = stablehlo.convert %arg50 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %282 = stablehlo.convert %281 : (tensor<64x172xf32>) -> tensor<64x172xbf16>
    %283 = stablehlo.convert %280 : (tensor<8x172xf32>) -> tensor<8x172xbf16>
    %284 = stablehlo.dot_general %283, %282, contracting_dims = [1] x [1] : (tensor<8x172xbf16>, tensor<64x172xbf16>) -> tensor<8x64xf32>
    %285 = stablehlo.add %268, %284 : tensor<8x64xf32>
    %286 = stablehlo.constant dense<0> : tensor<i32>
    %287 = stablehlo.dynamic_slice %285, %4, %286, sizes = [1, 64] : (tensor<8x64xf32>, tensor<i32>, tensor<i32>) -> tensor<1x64xf32>
    %288 = stablehlo.composite "mlxla.rms_norm" %287, %arg51 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %289 = stablehlo.convert %arg5 : (tensor<512x64xf16>) -> tensor<512x64xf32>
    %290 = stablehlo.convert %289 : (tensor<512x64xf32>) -> tensor<512x64xbf16>
    %291 = stablehlo.convert %288 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %292 = stablehlo.dot_general %291, %290, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<512x64xbf16>) -> tensor<1x512xf32>
    %293 = stablehlo.composite "mlxla.argmax" %292 {decomposition = @mlxla_argmax_1x512xf32_cbf29ce484222325} : (tensor<1x512xf32>) -> tensor<1xi32>
    return %293, %255, %257 : tensor<1xi32>, tensor<5x1x64x4x8xf16>, tensor<5x1x64x4x8xf16>
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
  func.func private @mlxla_attention_8x8x8xf32_64x4x8xf16_64x4x8xf16_8xi32_i32_363a2fb82e77f626(%arg0: tensor<8x8x8xf32> {mlxla.name = "arg0"}, %arg1: tensor<64x4x8xf16> {mlxla.name = "arg1"}, %arg2: tensor<64x4x8xf16> {mlxla.name = "arg2"}, %arg3: tensor<8xi32> {mlxla.name = "arg3"}, %arg4: tensor<i32> {mlxla.name = "arg4"}) -> (tensor<8x8x8xf32>) {
    %0 = stablehlo.reshape %arg0 : (tensor<8x8x8xf32>) -> tensor<8x4x2x8xf32>
    %1 = stablehlo.convert %arg1 : (tensor<64x4x8xf16>) -> tensor<64x4x8xf32>
    %2 = stablehlo.convert %arg2 : (tensor<64x4x8xf16>) -> tensor<64x4x8xf32>
    %3 = stablehlo.dot_general %0, %1, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<8x4x2x8xf32>, tensor<64x4x8xf32>) -> tensor<4x8x2x64xf32>
    %4 = stablehlo.constant dense<0.35355338> : tensor<4x8x2x64xf32>
    %5 = stablehlo.multiply %3, %4 : tensor<4x8x2x64xf32>
    %6 = stablehlo.broadcast_in_dim %arg4, dims = [] : (tensor<i32>) -> tensor<8xi32>
    %7 = stablehlo.constant dense<1> : tensor<8xi32>
    %8 = stablehlo.add %arg3, %7 : tensor<8xi32>
    %9 = stablehlo.minimum %8, %6 : tensor<8xi32>
    %10 = stablehlo.broadcast_in_dim %9, dims = [1] : (tensor<8xi32>) -> tensor<4x8x2x64xi32>
    %11 = stablehlo.iota dim = 3 : tensor<4x8x2x64xi32>
    %12 = stablehlo.compare LT, %11, %10 : (tensor<4x8x2x64xi32>, tensor<4x8x2x64xi32>) -> tensor<4x8x2x64xi1>
    %13 = stablehlo.constant dense<-3.4028235e+38> : tensor<4x8x2x64xf32>
    %14 = stablehlo.select %12, %5, %13 : tensor<4x8x2x64xi1>, tensor<4x8x2x64xf32>
    %15 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %16 = stablehlo.reduce(%14 init: %15) applies stablehlo.maximum across dimensions = [3] : (tensor<4x8x2x64xf32>, tensor<f32>) -> tensor<4x8x2xf32>
    %17 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 2] : (tensor<4x8x2xf32>) -> tensor<4x8x2x64xf32>
    %18 = stablehlo.subtract %14, %17 : tensor<4x8x2x64xf32>
    %19 = stablehlo.exponential %18 : tensor<4x8x2x64xf32>
    %20 = stablehlo.constant dense<0.0> : tensor<f32>
    %21 = stablehlo.reduce(%19 init: %20) applies stablehlo.add across dimensions = [3] : (tensor<4x8x2x64xf32>, tensor<f32>) -> tensor<4x8x2xf32>
    %22 = stablehlo.broadcast_in_dim %21, dims = [0, 1, 2] : (tensor<4x8x2xf32>) -> tensor<4x8x2x64xf32>
    %23 = stablehlo.divide %19, %22 : tensor<4x8x2x64xf32>
    %24 = stablehlo.dot_general %23, %2, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<4x8x2x64xf32>, tensor<64x4x8xf32>) -> tensor<4x8x2x8xf32>
    %25 = stablehlo.transpose %24, dims = [1, 0, 2, 3] : (tensor<4x8x2x8xf32>) -> tensor<8x4x2x8xf32>
    %26 = stablehlo.reshape %25 : (tensor<8x4x2x8xf32>) -> tensor<8x8x8xf32>
    return %26 : tensor<8x8x8xf32>
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
