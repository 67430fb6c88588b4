module @mlxla {
  func.func @main(%arg0: tensor<8xi32> {mlxla.name = "tokens"}, %arg1: tensor<i32> {mlxla.name = "start"}, %arg2: tensor<i32> {mlxla.name = "n_valid"}, %arg3: tensor<5x1x64x4x8xf32> {mlxla.name = "k_cache", tf.aliasing_output = 1 : i32}, %arg4: tensor<5x1x64x4x8xf32> {mlxla.name = "v_cache", tf.aliasing_output = 2 : i32}, %arg5: tensor<512x64xf16> {mlxla.name = "model.embed_tokens.weight"}, %arg6: tensor<64xf32> {mlxla.name = "model.layers.0.input_layernorm.weight"}, %arg7: tensor<64x64xf16> {mlxla.name = "model.layers.0.self_attn.q_proj.weight"}, %arg8: tensor<32x64xf16> {mlxla.name = "model.layers.0.self_attn.k_proj.weight"}, %arg9: tensor<32x64xf16> {mlxla.name = "model.layers.0.self_attn.v_proj.weight"}, %arg10: tensor<64x64xf16> {mlxla.name = "model.layers.0.self_attn.o_proj.weight"}, %arg11: tensor<64xf32> {mlxla.name = "model.layers.0.post_attention_layernorm.weight"}, %arg12: tensor<172x64xf16> {mlxla.name = "model.layers.0.mlp.gate_proj.weight"}, %arg13: tensor<172x64xf16> {mlxla.name = "model.layers.0.mlp.up_proj.weight"}, %arg14: tensor<64x172xf16> {mlxla.name = "model.layers.0.mlp.down_proj.weight"}, %arg15: tensor<64xf32> {mlxla.name = "model.layers.1.input_layernorm.weight"}, %arg16: tensor<64x64xf16> {mlxla.name = "model.layers.1.self_attn.q_proj.weight"}, %arg17: tensor<32x64xf16> {mlxla.name = "model.layers.1.self_attn.k_proj.weight"}, %arg18: tensor<32x64xf16> {mlxla.name = "model.layers.1.self_attn.v_proj.weight"}, %arg19: tensor<64x64xf16> {mlxla.name = "model.layers.1.self_attn.o_proj.weight"}, %arg20: tensor<64xf32> {mlxla.name = "model.layers.1.post_attention_layernorm.weight"}, %arg21: tensor<172x64xf16> {mlxla.name = "model.layers.1.mlp.gate_proj.weight"}, %arg22: tensor<172x64xf16> {mlxla.name = "model.layers.1.mlp.up_proj.weight"}, %arg23: tensor<64x172xf16> {mlxla.name = "model.layers.1.mlp.down_proj.weight"}, %arg24: tensor<64xf32> {mlxla.name = "model.layers.2.input_layernorm.weight"}, %arg25: tensor<64x64xf16> {mlxla.name = "model.layers.2.self_attn.q_proj.weight"}, %arg26: tensor<32x64xf16> {mlxla.name = "model.layers.2.self_attn.k_proj.weight"}, %arg27: tensor<32x64xf16> {mlxla.name = "model.layers.2.self_attn.v_proj.weight"}, %arg28: tensor<64x64xf16> {mlxla.name = "model.layers.2.self_attn.o_proj.weight"}, %arg29: tensor<64xf32> {mlxla.name = "model.layers.2.post_attention_layernorm.weight"}, %arg30: tensor<172x64xf16> {mlxla.name = "model.layers.2.mlp.gate_proj.weight"}, %arg31: tensor<172x64xf16> {mlxla.name = "model.layers.2.mlp.up_proj.weight"}, %arg32: tensor<64x172xf16> {mlxla.name = "model.layers.2.mlp.down_proj.weight"}, %arg33: tensor<64xf32> {mlxla.name = "model.layers.3.input_layernorm.weight"}, %arg34: tensor<64x64xf16> {mlxla.name = "model.layers.3.self_attn.q_proj.weight"}, %arg35: tensor<32x64xf16> {mlxla.name = "model.layers.3.self_attn.k_proj.weight"}, %arg36: tensor<32x64xf16> {mlxla.name = "model.layers.3.self_attn.v_proj.weight"}, %arg37: tensor<64x64xf16> {mlxla.name = "model.layers.3.self_attn.o_proj.weight"}, %arg38: tensor<64xf32> {mlxla.name = "model.layers.3.post_attention_layernorm.weight"}, %arg39: tensor<172x64xf16> {mlxla.name = "model.layers.3.mlp.gate_proj.weight"}, %arg40: tensor<172x64xf16> {mlxla.name = "model.layers.3.mlp.up_proj.weight"}, %arg41: tensor<64x172xf16> {mlxla.name = "model.layers.3.mlp.down_proj.weight"}, %arg42: tensor<64xf32> {mlxla.name = "model.layers.4.input_layernorm.weight"}, %arg43: tensor<64x64xf16> {mlxla.name = "model.layers.4.self_attn.q_proj.weight"}, %arg44: tensor<32x64xf16> {mlxla.name = "model.layers.4.self_attn.k_proj.weight"}, %arg45: tensor<32x64xf16> {mlxla.name = "model.layers.4.self_attn.v_proj.weight"}, %arg46: tensor<64x64xf16> {mlxla.name = "model.layers.4.self_attn.o_proj.weight"}, %arg47: tensor<64xf32> {mlxla.name = "model.layers.4.post_attention_layernorm.weight"}, %arg48: tensor<172x64xf16> {mlxla.name = "model.layers.4.mlp.gate_proj.weight"}, %arg49: tensor<172x64xf16> {mlxla.name = "model.layers.4.mlp.up_proj.weight"}, %arg50: tensor<64x172xf16> {mlxla.name = "model.layers.4.mlp.down_proj.weight"}, %arg51: tensor<64xf32> {mlxla.name = "model.norm.weight"}) -> (tensor<1xi32> {mlxla.name = "next_tokens"}, tensor<5x1x64x4x8xf32> {mlxla.name = "k_cache"}, tensor<5x1x64x4x8xf32> {mlxla.name = "v_cache"}) {
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<8xi32>
    %1 = stablehlo.iota dim = 0 : tensor<8xi32>
    %2 = stablehlo.add %0, %1 : tensor<8xi32>
    %3 = stablehlo.constant dense<-1> : tensor<i32>
    %4 = stablehlo.add %arg2, %3 : tensor<i32>
    %5 = stablehlo.add %arg1, %arg2 : tensor<i32>
    %6 = stablehlo.reshape %arg0 : (tensor<8xi32>) -> tensor<8x1xi32>
    %7 = "stablehlo.gather"(%arg5, %6) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>} : (tensor<512x64xf16>, tensor<8x1xi32>) -> tensor<8x64xf16>
    %8 = stablehlo.convert %7 : (tensor<8x64xf16>) -> tensor<8x64xf32>
    %9 = stablehlo.convert %8 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %10 = stablehlo.convert %9 : (tensor<8x64xbf16>) -> tensor<8x64xf32>
    %11 = stablehlo.composite "mlxla.rms_norm" %10, %arg6 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %12 = stablehlo.convert %11 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %13 = stablehlo.convert %arg7 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %14 = stablehlo.convert %13 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %15 = stablehlo.dot_general %12, %14, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<64x64xbf16>) -> tensor<8x64xf32>
    %16 = stablehlo.reshape %15 : (tensor<8x64xf32>) -> tensor<8x8x8xf32>
    %17 = stablehlo.composite "mlxla.rope" %16, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x8x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x8x8xf32>, tensor<8xi32>) -> tensor<8x8x8xf32>
    %18 = stablehlo.convert %11 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %19 = stablehlo.convert %arg8 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %20 = stablehlo.convert %19 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %21 = stablehlo.dot_general %18, %20, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<32x64xbf16>) -> tensor<8x32xf32>
    %22 = stablehlo.reshape %21 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %23 = stablehlo.composite "mlxla.rope" %22, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x4x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x4x8xf32>, tensor<8xi32>) -> tensor<8x4x8xf32>
    %24 = stablehlo.convert %11 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %25 = stablehlo.convert %arg9 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %26 = stablehlo.convert %25 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %27 = stablehlo.dot_general %24, %26, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<32x64xbf16>) -> tensor<8x32xf32>
    %28 = stablehlo.reshape %27 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %29 = stablehlo.constant dense<0> : tensor<i32>
    %30 = stablehlo.constant dense<0> : tensor<i32>
    %31 = stablehlo.constant dense<0> : tensor<i32>
    %32 = stablehlo.reshape %23 : (tensor<8x4x8xf32>) -> tensor<1x1x8x4x8xf32>
    %33 = stablehlo.dynamic_update_slice %arg3, %32, %29, %31, %arg1, %30, %30 : (tensor<5x1x64x4x8xf32>, tensor<1x1x8x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %34 = stablehlo.reshape %28 : (tensor<8x4x8xf32>) -> tensor<1x1x8x4x8xf32>
    %35 = stablehlo.dynamic_update_slice %arg4, %34, %29, %31, %arg1, %30, %30 : (tensor<5x1x64x4x8xf32>, tensor<1x1x8x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %36 = stablehlo.slice %33 [0:1, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %37 = stablehlo.reshape %36 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %38 = stablehlo.slice %35 [0:1, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %39 = stablehlo.reshape %38 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %40 = stablehlo.composite "mlxla.attention" %17, %37, %39, %2, %5 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_8x8x8xf32_64x4x8xf32_64x4x8xf32_8xi32_i32_363a2fb82e77f626} : (tensor<8x8x8xf32>, tensor<64x4x8xf32>, tensor<64x4x8xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x8x8xf32>
    %41 = stablehlo.reshape %40 : (tensor<8x8x8xf32>) -> tensor<8x64xf32>
    %42 = stablehlo.convert %41 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %43 = stablehlo.convert %arg10 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %44 = stablehlo.convert %43 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %45 = stablehlo.dot_general %42, %44, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<64x64xbf16>) -> tensor<8x64xf32>
    %46 = stablehlo.add %10, %45 : tensor<8x64xf32>
    %47 = stablehlo.composite "mlxla.rms_norm" %46, %arg11 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %48 = stablehlo.convert %47 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %49 = stablehlo.convert %arg12 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %50 = stablehlo.convert %49 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %51 = stablehlo.dot_general %48, %50, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<172x64xbf16>) -> tensor<8x172xf32>
    %52 = stablehlo.logistic %51 : tensor<8x172xf32>
    %53 = stablehlo.multiply %51, %52 : tensor<8x172xf32>
    %54 = stablehlo.convert %47 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %55 = stablehlo.convert %arg13 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %56 = stablehlo.convert %55 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %57 = stablehlo.dot_general %54, %56, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<172x64xbf16>) -> tensor<8x172xf32>
    %58 = stablehlo.multiply %53, %57 : tensor<8x172xf32>
    %59 = stablehlo.convert %58 : (tensor<8x172xf32>) -> tensor<8x172xbf16>
    %60 = stablehlo.convert %arg14 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %61 = stablehlo.convert %60 : (tensor<64x172xf32>) -> tensor<64x172xbf16>
    %62 = stablehlo.dot_general %59, %61, contracting_dims = [1] x [1] : (tensor<8x172xbf16>, tensor<64x172xbf16>) -> tensor<8x64xf32>
    %63 = stablehlo.add %46, %62 : tensor<8x64xf32>
    %64 = stablehlo.composite "mlxla.rms_norm" %63, %arg15 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %65 = stablehlo.convert %64 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %66 = stablehlo.convert %arg16 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %67 = stablehlo.convert %66 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %68 = stablehlo.dot_general %65, %67, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<64x64xbf16>) -> tensor<8x64xf32>
    %69 = stablehlo.reshape %68 : (tensor<8x64xf32>) -> tensor<8x8x8xf32>
    %70 = stablehlo.composite "mlxla.rope" %69, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x8x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x8x8xf32>, tensor<8xi32>) -> tensor<8x8x8xf32>
    %71 = stablehlo.convert %64 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %72 = stablehlo.convert %arg17 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %73 = stablehlo.convert %72 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %74 = stablehlo.dot_general %71, %73, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<32x64xbf16>) -> tensor<8x32xf32>
    %75 = stablehlo.reshape %74 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %76 = stablehlo.composite "mlxla.rope" %75, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x4x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x4x8xf32>, tensor<8xi32>) -> tensor<8x4x8xf32>
    %77 = stablehlo.convert %64 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %78 = stablehlo.convert %arg18 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %79 = stablehlo.convert %78 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %80 = stablehlo.dot_general %77, %79, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<32x64xbf16>) -> tensor<8x32xf32>
    %81 = stablehlo.reshape %80 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %82 = stablehlo.constant dense<1> : tensor<i32>
    %83 = stablehlo.constant dense<0> : tensor<i32>
    %84 = stablehlo.constant dense<0> : tensor<i32>
    %85 = stablehlo.reshape %76 : (tensor<8x4x8xf32>) -> tensor<1x1x8x4x8xf32>
    %86 = stablehlo.dynamic_update_slice %33, %85, %82, %84, %arg1, %83, %83 : (tensor<5x1x64x4x8xf32>, tensor<1x1x8x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %87 = stablehlo.reshape %81 : (tensor<8x4x8xf32>) -> tensor<1x1x8x4x8xf32>
    %88 = stablehlo.dynamic_update_slice %35, %87, %82, %84, %arg1, %83, %83 : (tensor<5x1x64x4x8xf32>, tensor<1x1x8x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %89 = stablehlo.slice %86 [1:2, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %90 = stablehlo.reshape %89 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %91 = stablehlo.slice %88 [1:2, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %92 = stablehlo.reshape %91 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %93 = stablehlo.composite "mlxla.attention" %70, %90, %92, %2, %5 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_8x8x8xf32_64x4x8xf32_64x4x8xf32_8xi32_i32_363a2fb82e77f626} : (tensor<8x8x8xf32>, tensor<64x4x8xf32>, tensor<64x4x8xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x8x8xf32>
    %94 = stablehlo.reshape %93 : (tensor<8x8x8xf32>) -> tensor<8x64xf32>
    %95 = stablehlo.convert %94 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %96 = stablehlo.convert %arg19 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %97 = stablehlo.convert %96 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %98 = stablehlo.dot_general %95, %97, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<64x64xbf16>) -> tensor<8x64xf32>
    %99 = stablehlo.add %63, %98 : tensor<8x64xf32>
    %100 = stablehlo.composite "mlxla.rms_norm" %99, %arg20 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %101 = stablehlo.convert %100 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %102 = stablehlo.convert %arg21 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %103 = stablehlo.convert %102 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %104 = stablehlo.dot_general %101, %103, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<172x64xbf16>) -> tensor<8x172xf32>
    %105 = stablehlo.logistic %104 : tensor<8x172xf32>
    %106 = stablehlo.multiply %104, %105 : tensor<8x172xf32>
    %107 = stablehlo.convert %100 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %108 = stablehlo.convert %arg22 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %109 = stablehlo.convert %108 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %110 = stablehlo.dot_general %107, %109, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<172x64xbf16>) -> tensor<8x172xf32>
    %111 = stablehlo.multiply %106, %110 : tensor<8x172xf32>
    %112 = stablehlo.convert %111 : (tensor<8x172xf32>) -> tensor<8x172xbf16>
    %113 = stablehlo.convert %arg23 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %114 = stablehlo.convert %113 : (tensor<64x172xf32>) -> tensor<64x172xbf16>
    %115 = stablehlo.dot_general %112, %114, contracting_dims = [1] x [1] : (tensor<8x172xbf16>, tensor<64x172xbf16>) -> tensor<8x64xf32>
    %116 = stablehlo.add %99, %115 : tensor<8x64xf32>
    %117 = stablehlo.composite "mlxla.rms_norm" %116, %arg24 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %118 = stablehlo.convert %117 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %119 = stablehlo.convert %arg25 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %120 = stablehlo.convert %119 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %121 = stablehlo.dot_general %118, %120, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<64x64xbf16>) -> tensor<8x64xf32>
    %122 = stablehlo.reshape %121 : (tensor<8x64xf32>) -> tensor<8x8x8xf32>
    %123 = stablehlo.composite "mlxla.rope" %122, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x8x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x8x8xf32>, tensor<8xi32>) -> tensor<8x8x8xf32>
    %124 = stablehlo.convert %117 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %125 = stablehlo.convert %arg26 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %126 = stablehlo.convert %125 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %127 = stablehlo.dot_general %124, %126, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<32x64xbf16>) -> tensor<8x32xf32>
    %128 = stablehlo.reshape %127 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %129 = stablehlo.composite "mlxla.rope" %128, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x4x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x4x8xf32>, tensor<8xi32>) -> tensor<8x4x8xf32>
    %130 = stablehlo.convert %117 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %131 = stablehlo.convert %arg27 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %132 = stablehlo.convert %131 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %133 = stablehlo.dot_general %130, %132, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<32x64xbf16>) -> tensor<8x32xf32>
    %134 = stablehlo.reshape %133 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %135 = stablehlo.constant dense<2> : tensor<i32>
    %136 = stablehlo.constant dense<0> : tensor<i32>
    %137 = stablehlo.constant dense<0> : tensor<i32>
    %138 = stablehlo.reshape %129 : (tensor<8x4x8xf32>) -> tensor<1x1x8x4x8xf32>
    %139 = stablehlo.dynamic_update_slice %86, %138, %135, %137, %arg1, %136, %136 : (tensor<5x1x64x4x8xf32>, tensor<1x1x8x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %140 = stablehlo.reshape %134 : (tensor<8x4x8xf32>) -> tensor<1x1x8x4x8xf32>
    %141 = stablehlo.dynamic_update_slice %88, %140, %135, %137, %arg1, %136, %136 : (tensor<5x1x64x4x8xf32>, tensor<1x1x8x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %142 = stablehlo.slice %139 [2:3, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %143 = stablehlo.reshape %142 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %144 = stablehlo.slice %141 [2:3, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %145 = stablehlo.reshape %144 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %146 = stablehlo.composite "mlxla.attention" %123, %143, %145, %2, %5 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_8x8x8xf32_64x4x8xf32_64x4x8xf32_8xi32_i32_363a2fb82e77f626} : (tensor<8x8x8xf32>, tensor<64x4x8xf32>, tensor<64x4x8xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x8x8xf32>
    %147 = stablehlo.reshape %146 : (tensor<8x8x8xf32>) -> tensor<8x64xf32>
    %148 = stablehlo.convert %147 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %149 = stablehlo.convert %arg28 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %150 = stablehlo.convert %149 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %151 = stablehlo.dot_general %148, %150, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<64x64xbf16>) -> tensor<8x64xf32>
    %152 = stablehlo.add %116, %151 : tensor<8x64xf32>
    %153 = stablehlo.composite "mlxla.rms_norm" %152, %arg29 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %154 = stablehlo.convert %153 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %155 = stablehlo.convert %arg30 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %156 = stablehlo.convert %155 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %157 = stablehlo.dot_general %154, %156, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<172x64xbf16>) -> tensor<8x172xf32>
    %158 = stablehlo.logistic %157 : tensor<8x172xf32>
    %159 = stablehlo.multiply %157, %158 : tensor<8x172xf32>
    %160 = stablehlo.convert %153 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %161 = stablehlo.convert %arg31 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %162 = stablehlo.convert %161 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %163 = stablehlo.dot_general %160, %162, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<172x64xbf16>) -> tensor<8x172xf32>
    %164 = stablehlo.multiply %159, %163 : tensor<8x172xf32>
    %165 = stablehlo.convert %164 : (tensor<8x172xf32>) -> tensor<8x172xbf16>
    %166 = stablehlo.convert %arg32 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %167 = stablehlo.convert %166 : (tensor<64x172xf32>) -> tensor<64x172xbf16>
    %168 = stablehlo.dot_general %165, %167, contracting_dims = [1] x [1] : (tensor<8x172xbf16>, tensor<64x172xbf16>) -> tensor<8x64xf32>
    %169 = stablehlo.add %152, %168 : tensor<8x64xf32>
    %170 = stablehlo.composite "mlxla.rms_norm" %169, %arg33 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %171 = stablehlo.convert %170 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %172 = stablehlo.convert %arg34 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %173 = stablehlo.convert %172 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %174 = stablehlo.dot_general %171, %173, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<64x64xbf16>) -> tensor<8x64xf32>
    %175 = stablehlo.reshape %174 : (tensor<8x64xf32>) -> tensor<8x8x8xf32>
    %176 = stablehlo.composite "mlxla.rope" %175, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x8x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x8x8xf32>, tensor<8xi32>) -> tensor<8x8x8xf32>
    %177 = stablehlo.convert %170 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %178 = stablehlo.convert %arg35 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %179 = stablehlo.convert %178 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %180 = stablehlo.dot_general %177, %179, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<32x64xbf16>) -> tensor<8x32xf32>
    %181 = stablehlo.reshape %180 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %182 = stablehlo.composite "mlxla.rope" %181, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x4x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x4x8xf32>, tensor<8xi32>) -> tensor<8x4x8xf32>
    %183 = stablehlo.convert %170 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %184 = stablehlo.convert %arg36 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %185 = stablehlo.convert %184 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %186 = stablehlo.dot_general %183, %185, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<32x64xbf16>) -> tensor<8x32xf32>
    %187 = stablehlo.reshape %186 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %188 = stablehlo.constant dense<3> : tensor<i32>
    %189 = stablehlo.constant dense<0> : tensor<i32>
    %190 = stablehlo.constant dense<0> : tensor<i32>
    %191 = stablehlo.reshape %182 : (tensor<8x4x8xf32>) -> tensor<1x1x8x4x8xf32>
    %192 = stablehlo.dynamic_update_slice %139, %191, %188, %190, %arg1, %189, %189 : (tensor<5x1x64x4x8xf32>, tensor<1x1x8x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %193 = stablehlo.reshape %187 : (tensor<8x4x8xf32>) -> tensor<1x1x8x4x8xf32>
    %194 = stablehlo.dynamic_update_slice %141, %193, %188, %190, %arg1, %189, %189 : (tensor<5x1x64x4x8xf32>, tensor<1x1x8x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %195 = stablehlo.slice %192 [3:4, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %196 = stablehlo.reshape %195 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %197 = stablehlo.slice %194 [3:4, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %198 = stablehlo.reshape %197 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %199 = stablehlo.composite "mlxla.attention" %176, %196, %198, %2, %5 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_8x8x8xf32_64x4x8xf32_64x4x8xf32_8xi32_i32_363a2fb82e77f626} : (tensor<8x8x8xf32>, tensor<64x4x8xf32>, tensor<64x4x8xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x8x8xf32>
    %200 = stablehlo.reshape %199 : (tensor<8x8x8xf32>) -> tensor<8x64xf32>
    %201 = stablehlo.convert %200 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %202 = stablehlo.convert %arg37 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %203 = stablehlo.convert %202 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %204 = stablehlo.dot_general %201, %203, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<64x64xbf16>) -> tensor<8x64xf32>
    %205 = stablehlo.add %169, %204 : tensor<8x64xf32>
    %206 = stablehlo.composite "mlxla.rms_norm" %205, %arg38 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %207 = stablehlo.convert %206 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %208 = stablehlo.convert %arg39 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %209 = stablehlo.convert %208 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %210 = stablehlo.dot_general %207, %209, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<172x64xbf16>) -> tensor<8x172xf32>
    %211 = stablehlo.logistic %210 : tensor<8x172xf32>
    %212 = stablehlo.multiply %210, %211 : tensor<8x172xf32>
    %213 = stablehlo.convert %206 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %214 = stablehlo.convert %arg40 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %215 = stablehlo.convert %214 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %216 = stablehlo.dot_general %213, %215, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<172x64xbf16>) -> tensor<8x172xf32>
    %217 = stablehlo.multiply %212, %216 : tensor<8x172xf32>
    %218 = stablehlo.convert %217 : (tensor<8x172xf32>) -> tensor<8x172xbf16>
    %219 = stablehlo.convert %arg41 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %220 = stablehlo.convert %219 : (tensor<64x172xf32>) -> tensor<64x172xbf16>
    %221 = stablehlo.dot_general %218, %220, contracting_dims = [1] x [1] : (tensor<8x172xbf16>, tensor<64x172xbf16>) -> tensor<8x64xf32>
    %222 = stablehlo.add %205, %221 : tensor<8x64xf32>
    %223 = stablehlo.composite "mlxla.rms_norm" %222, %arg42 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %224 = stablehlo.convert %223 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %225 = stablehlo.convert %arg43 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %226 = stablehlo.convert %225 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %227 = stablehlo.dot_general %224, %226, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<64x64xbf16>) -> tensor<8x64xf32>
    %228 = stablehlo.reshape %227 : (tensor<8x64xf32>) -> tensor<8x8x8xf32>
    %229 = stablehlo.composite "mlxla.rope" %228, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x8x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x8x8xf32>, tensor<8xi32>) -> tensor<8x8x8xf32>
    %230 = stablehlo.convert %223 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %231 = stablehlo.convert %arg44 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %232 = stablehlo.convert %231 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %233 = stablehlo.dot_general %230, %232, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<32x64xbf16>) -> tensor<8x32xf32>
    %234 = stablehlo.reshape %233 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %235 = stablehlo.composite "mlxla.rope" %234, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x4x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x4x8xf32>, tensor<8xi32>) -> tensor<8x4x8xf32>
    %236 = stablehlo.convert %223 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %237 = stablehlo.convert %arg45 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %238 = stablehlo.convert %237 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %239 = stablehlo.dot_general %236, %238, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<32x64xbf16>) -> tensor<8x32xf32>
    %240 = stablehlo.reshape %239 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %241 = stablehlo.constant dense<4> : tensor<i32>
    %242 = stablehlo.constant dense<0> : tensor<i32>
    %243 = stablehlo.constant dense<0> : tensor<i32>
    %244 = stablehlo.reshape %235 : (tensor<8x4x8xf32>) -> tensor<1x1x8x4x8xf32>
    %245 = stablehlo.dynamic_update_slice %192, %244, %241, %243, %arg1, %242, %242 : (tensor<5x1x64x4x8xf32>, tensor<1x1x8x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %246 = stablehlo.reshape %240 : (tensor<8x4x8xf32>) -> tensor<1x1x8x4x8xf32>
    %247 = stablehlo.dynamic_update_slice %194, %246, %241, %243, %arg1, %242, %242 : (tensor<5x1x64x4x8xf32>, tensor<1x1x8x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %248 = stablehlo.slice %245 [4:5, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %249 = stablehlo.reshape %248 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %250 = stablehlo.slice %247 [4:5, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %251 = stablehlo.reshape %250 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %252 = stablehlo.composite "mlxla.attention" %229, %249, %251, %2, %5 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_8x8x8xf32_64x4x8xf32_64x4x8xf32_8xi32_i32_363a2fb82e77f626} : (tensor<8x8x8xf32>, tensor<64x4x8xf32>, tensor<64x4x8xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x8x8xf32>
    %253 = stablehlo.reshape %252 : (tensor<8x8x8xf32>) -> tensor<8x64xf32>
    %254 = stablehlo.convert %253 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %255 = stablehlo.convert %arg46 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %256 = stablehlo.convert %255 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %257 = stablehlo.dot_general %254, %256, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<64x64xbf16>) -> tensor<8x64xf32>
    %258 = stablehlo.add %222, %257 : tensor<8x64xf32>
    %259 = stablehlo.composite "mlxla.rms_norm" %258, %arg47 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %260 = stablehlo.convert %259 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %261 = stablehlo.convert %arg48 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %262 = stablehlo.convert %261 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %263 = stablehlo.dot_general %260, %262, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<172x64xbf16>) -> tensor<8x172xf32>
    %264 = stablehlo.logistic %263 : tensor<8x172xf32>
    %265 = stablehlo.multiply %263, %264 : tensor<8x172xf32>
    %266 = stablehlo.convert %259 : (tensor<8x64xf32>) -> tensor<8x64xbf16>
    %267 = stablehlo.convert %arg49 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %268 = stablehlo.convert %267 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %269 = stablehlo.dot_general %266, %268, contracting_dims = [1] x [1] : (tensor<8x64xbf16>, tensor<172x64xbf16>) -> tensor<8x172xf32>
    %270 = stablehlo.multiply %265, %269 : tensor<8x172xf32>
    %271 = stablehlo.convert %270 : (tensor<8x172xf32>) -> tensor<8x172xbf16>
    %272 = stablehlo.convert %arg50 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %273 = stablehlo.convert %272 : (tensor<64x172xf32>) -> tensor<64x172xbf16>
    %274 = stablehlo.dot_general %271, %273, contracting_dims = [1] x [1] : (tensor<8x172xbf16>, tensor<64x172xbf16>) -> tensor<8x64xf32>
    %275 = stablehlo.add %258, %274 : tensor<8x64xf32>
    %276 = stablehlo.constant dense<0> : tensor<i32>
    %277 = stablehlo.dynamic_slice %275, %4, %276, sizes = [1, 64] : (tensor<8x64xf32>, tensor<i32>, tensor<i32>) -> tensor<1x64xf32>
    %278 = stablehlo.composite "mlxla.rms_norm" %277, %arg51 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %279 = stablehlo.convert %278 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %280 = stablehlo.convert %arg5 : (tensor<512x64xf16>) -> tensor<512x64xf32>
    %281 = stablehlo.convert %280 : (tensor<512x64xf32>) -> tensor<512x64xbf16>
    %282 = stablehlo.dot_general %279, %281, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<512x64xbf16>) -> tensor<1x512xf32>
    %283 = stablehlo.composite "mlxla.argmax" %282 {decomposition = @mlxla_argmax_1x512xf32_cbf29ce484222325} : (tensor<1x512xf32>) -> tensor<1xi32>
    return %283, %245, %247 : tensor<1xi32>, tensor<5x1x64x4x8xf32>, tensor<5x1x64x4x8xf32>
  }
  func.func private @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f(%arg0: tensor<8x64xf32> {mlxla.name = "arg0"}, %arg1: tensor<64xf32> {mlxla.name = "arg1"}) -> (tensor<8x64xf32>) {
    %0 = stablehlo.multiply %arg0, %arg0 : tensor<8x64xf32>
    %1 = stablehlo.constant dense<0.0> : tensor<f32>
    %2 = stablehlo.reduce(%0 init: %1) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
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
    %0 = stablehlo.convert %arg1 : (tensor<8xi32>) -> tensor<8xf32>
    %1 = stablehlo.broadcast_in_dim %0, dims = [0] : (tensor<8xf32>) -> tensor<8x4xf32>
    %2 = stablehlo.constant dense<[1.0, 0.1, 0.01, 0.001]> : tensor<4xf32>
    %3 = stablehlo.broadcast_in_dim %2, dims = [1] : (tensor<4xf32>) -> tensor<8x4xf32>
    %4 = stablehlo.multiply %1, %3 : tensor<8x4xf32>
    %5 = stablehlo.cosine %4 : tensor<8x4xf32>
    %6 = stablehlo.sine %4 : tensor<8x4xf32>
    %7 = stablehlo.concatenate %5, %5, dim = 1 : (tensor<8x4xf32>, tensor<8x4xf32>) -> tensor<8x8xf32>
    %8 = stablehlo.concatenate %6, %6, dim = 1 : (tensor<8x4xf32>, tensor<8x4xf32>) -> tensor<8x8xf32>
    %9 = stablehlo.broadcast_in_dim %7, dims = [0, 2] : (tensor<8x8xf32>) -> tensor<8x8x8xf32>
    %10 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<8x8xf32>) -> tensor<8x8x8xf32>
    %11 = stablehlo.slice %arg0 [0:8, 0:8, 0:4] : (tensor<8x8x8xf32>) -> tensor<8x8x4xf32>
    %12 = stablehlo.slice %arg0 [0:8, 0:8, 4:8] : (tensor<8x8x8xf32>) -> tensor<8x8x4xf32>
    %13 = stablehlo.negate %12 : tensor<8x8x4xf32>
    %14 = stablehlo.concatenate %13, %11, dim = 2 : (tensor<8x8x4xf32>, tensor<8x8x4xf32>) -> tensor<8x8x8xf32>
    %15 = stablehlo.multiply %arg0, %9 : tensor<8x8x8xf32>
    %16 = stablehlo.multiply %14, %10 : tensor<8x8x8xf32>
    %17 = stablehlo.add %15, %16 : tensor<8x8x8xf32>
    return %17 : tensor<8x8x8xf32>
  }
  func.func private @mlxla_rope_8x4x8xf32_8xi32_e799d9b71a401c74(%arg0: tensor<8x4x8xf32> {mlxla.name = "arg0"}, %arg1: tensor<8xi32> {mlxla.name = "arg1"}) -> (tensor<8x4x8xf32>) {
    %0 = stablehlo.convert %arg1 : (tensor<8xi32>) -> tensor<8xf32>
    %1 = stablehlo.broadcast_in_dim %0, dims = [0] : (tensor<8xf32>) -> tensor<8x4xf32>
    %2 = stablehlo.constant dense<[1.0, 0.1, 0.01, 0.001]> : tensor<4xf32>
    %3 = stablehlo.broadcast_in_dim %2, dims = [1] : (tensor<4xf32>) -> tensor<8x4xf32>
    %4 = stablehlo.multiply %1, %3 : tensor<8x4xf32>
    %5 = stablehlo.cosine %4 : tensor<8x4xf32>
    %6 = stablehlo.sine %4 : tensor<8x4xf32>
    %7 = stablehlo.concatenate %5, %5, dim = 1 : (tensor<8x4xf32>, tensor<8x4xf32>) -> tensor<8x8xf32>
    %8 = stablehlo.concatenate %6, %6, dim = 1 : (tensor<8x4xf32>, tensor<8x4xf32>) -> tensor<8x8xf32>
    %9 = stablehlo.broadcast_in_dim %7, dims = [0, 2] : (tensor<8x8xf32>) -> tensor<8x4x8xf32>
    %10 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<8x8xf32>) -> tensor<8x4x8xf32>
    %11 = stablehlo.slice %arg0 [0:8, 0:4, 0:4] : (tensor<8x4x8xf32>) -> tensor<8x4x4xf32>
    %12 = stablehlo.slice %arg0 [0:8, 0:4, 4:8] : (tensor<8x4x8xf32>) -> tensor<8x4x4xf32>
    %13 = stablehlo.negate %12 : tensor<8x4x4xf32>
    %14 = stablehlo.concatenate %13, %11, dim = 2 : (tensor<8x4x4xf32>, tensor<8x4x4xf32>) -> tensor<8x4x8xf32>
    %15 = stablehlo.multiply %arg0, %9 : tensor<8x4x8xf32>
    %16 = stablehlo.multiply %14, %10 : tensor<8x4x8xf32>
    %17 = stablehlo.add %15, %16 : tensor<8x4x8xf32>
    return %17 : tensor<8x4x8xf32>
  }
  func.func private @mlxla_attention_8x8x8xf32_64x4x8xf32_64x4x8xf32_8xi32_i32_363a2fb82e77f626(%arg0: tensor<8x8x8xf32> {mlxla.name = "arg0"}, %arg1: tensor<64x4x8xf32> {mlxla.name = "arg1"}, %arg2: tensor<64x4x8xf32> {mlxla.name = "arg2"}, %arg3: tensor<8xi32> {mlxla.name = "arg3"}, %arg4: tensor<i32> {mlxla.name = "arg4"}) -> (tensor<8x8x8xf32>) {
    %0 = stablehlo.reshape %arg0 : (tensor<8x8x8xf32>) -> tensor<8x4x2x8xf32>
    %1 = stablehlo.dot_general %0, %arg1, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<8x4x2x8xf32>, tensor<64x4x8xf32>) -> tensor<4x8x2x64xf32>
    %2 = stablehlo.constant dense<0.35355338> : tensor<4x8x2x64xf32>
    %3 = stablehlo.multiply %1, %2 : tensor<4x8x2x64xf32>
    %4 = stablehlo.constant dense<1> : tensor<8xi32>
    %5 = stablehlo.add %arg3, %4 : tensor<8xi32>
    %6 = stablehlo.broadcast_in_dim %arg4, dims = [] : (tensor<i32>) -> tensor<8xi32>
    %7 = stablehlo.minimum %5, %6 : tensor<8xi32>
    %8 = stablehlo.iota dim = 3 : tensor<4x8x2x64xi32>
    %9 = stablehlo.broadcast_in_dim %7, dims = [1] : (tensor<8xi32>) -> tensor<4x8x2x64xi32>
    %10 = stablehlo.compare LT, %8, %9 : (tensor<4x8x2x64xi32>, tensor<4x8x2x64xi32>) -> tensor<4x8x2x64xi1>
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
