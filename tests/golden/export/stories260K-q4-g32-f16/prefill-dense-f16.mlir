module @mlxla {
  func.func @main(%arg0: tensor<8xi32> {mlxla.name = "tokens"}, %arg1: tensor<i32> {mlxla.name = "start"}, %arg2: tensor<i32> {mlxla.name = "n_valid"}, %arg3: tensor<5x1x64x4x8xf32> {mlxla.name = "k_cache", tf.aliasing_output = 1 : i32}, %arg4: tensor<5x1x64x4x8xf32> {mlxla.name = "v_cache", tf.aliasing_output = 2 : i32}, %arg5: tensor<512x64xf32> {mlxla.name = "model.embed_tokens.weight"}, %arg6: tensor<64xf32> {mlxla.name = "model.layers.0.input_layernorm.weight"}, %arg7: tensor<64x64xf32> {mlxla.name = "model.layers.0.self_attn.q_proj.weight"}, %arg8: tensor<32x64xf32> {mlxla.name = "model.layers.0.self_attn.k_proj.weight"}, %arg9: tensor<32x64xf32> {mlxla.name = "model.layers.0.self_attn.v_proj.weight"}, %arg10: tensor<64x64xf32> {mlxla.name = "model.layers.0.self_attn.o_proj.weight"}, %arg11: tensor<64xf32> {mlxla.name = "model.layers.0.post_attention_layernorm.weight"}, %arg12: tensor<172x64xf32> {mlxla.name = "model.layers.0.mlp.gate_proj.weight"}, %arg13: tensor<172x64xf32> {mlxla.name = "model.layers.0.mlp.up_proj.weight"}, %arg14: tensor<64x172xf32> {mlxla.name = "model.layers.0.mlp.down_proj.weight"}, %arg15: tensor<64xf32> {mlxla.name = "model.layers.1.input_layernorm.weight"}, %arg16: tensor<64x64xf32> {mlxla.name = "model.layers.1.self_attn.q_proj.weight"}, %arg17: tensor<32x64xf32> {mlxla.name = "model.layers.1.self_attn.k_proj.weight"}, %arg18: tensor<32x64xf32> {mlxla.name = "model.layers.1.self_attn.v_proj.weight"}, %arg19: tensor<64x64xf32> {mlxla.name = "model.layers.1.self_attn.o_proj.weight"}, %arg20: tensor<64xf32> {mlxla.name = "model.layers.1.post_attention_layernorm.weight"}, %arg21: tensor<172x64xf32> {mlxla.name = "model.layers.1.mlp.gate_proj.weight"}, %arg22: tensor<172x64xf32> {mlxla.name = "model.layers.1.mlp.up_proj.weight"}, %arg23: tensor<64x172xf32> {mlxla.name = "model.layers.1.mlp.down_proj.weight"}, %arg24: tensor<64xf32> {mlxla.name = "model.layers.2.input_layernorm.weight"}, %arg25: tensor<64x64xf32> {mlxla.name = "model.layers.2.self_attn.q_proj.weight"}, %arg26: tensor<32x64xf32> {mlxla.name = "model.layers.2.self_attn.k_proj.weight"}, %arg27: tensor<32x64xf32> {mlxla.name = "model.layers.2.self_attn.v_proj.weight"}, %arg28: tensor<64x64xf32> {mlxla.name = "model.layers.2.self_attn.o_proj.weight"}, %arg29: tensor<64xf32> {mlxla.name = "model.layers.2.post_attention_layernorm.weight"}, %arg30: tensor<172x64xf32> {mlxla.name = "model.layers.2.mlp.gate_proj.weight"}, %arg31: tensor<172x64xf32> {mlxla.name = "model.layers.2.mlp.up_proj.weight"}, %arg32: tensor<64x172xf32> {mlxla.name = "model.layers.2.mlp.down_proj.weight"}, %arg33: tensor<64xf32> {mlxla.name = "model.layers.3.input_layernorm.weight"}, %arg34: tensor<64x64xf32> {mlxla.name = "model.layers.3.self_attn.q_proj.weight"}, %arg35: tensor<32x64xf32> {mlxla.name = "model.layers.3.self_attn.k_proj.weight"}, %arg36: tensor<32x64xf32> {mlxla.name = "model.layers.3.self_attn.v_proj.weight"}, %arg37: tensor<64x64xf32> {mlxla.name = "model.layers.3.self_attn.o_proj.weight"}, %arg38: tensor<64xf32> {mlxla.name = "model.layers.3.post_attention_layernorm.weight"}, %arg39: tensor<172x64xf32> {mlxla.name = "model.layers.3.mlp.gate_proj.weight"}, %arg40: tensor<172x64xf32> {mlxla.name = "model.layers.3.mlp.up_proj.weight"}, %arg41: tensor<64x172xf32> {mlxla.name = "model.layers.3.mlp.down_proj.weight"}, %arg42: tensor<64xf32> {mlxla.name = "model.layers.4.input_layernorm.weight"}, %arg43: tensor<64x64xf32> {mlxla.name = "model.layers.4.self_attn.q_proj.weight"}, %arg44: tensor<32x64xf32> {mlxla.name = "model.layers.4.self_attn.k_proj.weight"}, %arg45: tensor<32x64xf32> {mlxla.name = "model.layers.4.self_attn.v_proj.weight"}, %arg46: tensor<64x64xf32> {mlxla.name = "model.layers.4.self_attn.o_proj.weight"}, %arg47: tensor<64xf32> {mlxla.name = "model.layers.4.post_attention_layernorm.weight"}, %arg48: tensor<172x64xf32> {mlxla.name = "model.layers.4.mlp.gate_proj.weight"}, %arg49: tensor<172x64xf32> {mlxla.name = "model.layers.4.mlp.up_proj.weight"}, %arg50: tensor<64x172xf32> {mlxla.name = "model.layers.4.mlp.down_proj.weight"}, %arg51: tensor<64xf32> {mlxla.name = "model.norm.weight"}) -> (tensor<1xi32> {mlxla.name = "next_tokens"}, tensor<5x1x64x4x8xf32> {mlxla.name = "k_cache"}, tensor<5x1x64x4x8xf32> {mlxla.name = "v_cache"}) {
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<8xi32>
    %1 = stablehlo.iota dim = 0 : tensor<8xi32>
    %2 = stablehlo.add %0, %1 : tensor<8xi32>
    %3 = stablehlo.constant dense<-1> : tensor<i32>
    %4 = stablehlo.add %arg2, %3 : tensor<i32>
    %5 = stablehlo.add %arg1, %arg2 : tensor<i32>
    %6 = stablehlo.reshape %arg0 : (tensor<8xi32>) -> tensor<8x1xi32>
    %7 = "stablehlo.gather"(%arg5, %6) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>} : (tensor<512x64xf32>, tensor<8x1xi32>) -> tensor<8x64xf32>
    %8 = stablehlo.convert %7 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %9 = stablehlo.convert %8 : (tensor<8x64xf16>) -> tensor<8x64xf32>
    %10 = stablehlo.composite "mlxla.rms_norm" %9, %arg6 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %11 = stablehlo.convert %10 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %12 = stablehlo.convert %arg7 : (tensor<64x64xf32>) -> tensor<64x64xf16>
    %13 = stablehlo.dot_general %11, %12, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<64x64xf16>) -> tensor<8x64xf32>
    %14 = stablehlo.reshape %13 : (tensor<8x64xf32>) -> tensor<8x8x8xf32>
    %15 = stablehlo.composite "mlxla.rope" %14, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x8x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x8x8xf32>, tensor<8xi32>) -> tensor<8x8x8xf32>
    %16 = stablehlo.convert %10 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %17 = stablehlo.convert %arg8 : (tensor<32x64xf32>) -> tensor<32x64xf16>
    %18 = stablehlo.dot_general %16, %17, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<32x64xf16>) -> tensor<8x32xf32>
    %19 = stablehlo.reshape %18 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %20 = stablehlo.composite "mlxla.rope" %19, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x4x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x4x8xf32>, tensor<8xi32>) -> tensor<8x4x8xf32>
    %21 = stablehlo.convert %10 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %22 = stablehlo.convert %arg9 : (tensor<32x64xf32>) -> tensor<32x64xf16>
    %23 = stablehlo.dot_general %21, %22, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<32x64xf16>) -> tensor<8x32xf32>
    %24 = stablehlo.reshape %23 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %25 = stablehlo.constant dense<0> : tensor<i32>
    %26 = stablehlo.constant dense<0> : tensor<i32>
    %27 = stablehlo.constant dense<0> : tensor<i32>
    %28 = stablehlo.reshape %20 : (tensor<8x4x8xf32>) -> tensor<1x1x8x4x8xf32>
    %29 = stablehlo.dynamic_update_slice %arg3, %28, %25, %27, %arg1, %26, %26 : (tensor<5x1x64x4x8xf32>, tensor<1x1x8x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %30 = stablehlo.reshape %24 : (tensor<8x4x8xf32>) -> tensor<1x1x8x4x8xf32>
    %31 = stablehlo.dynamic_update_slice %arg4, %30, %25, %27, %arg1, %26, %26 : (tensor<5x1x64x4x8xf32>, tensor<1x1x8x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %32 = stablehlo.slice %29 [0:1, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %33 = stablehlo.reshape %32 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %34 = stablehlo.slice %31 [0:1, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %35 = stablehlo.reshape %34 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %36 = stablehlo.composite "mlxla.attention" %15, %33, %35, %2, %5 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_8x8x8xf32_64x4x8xf32_64x4x8xf32_8xi32_i32_363a2fb82e77f626} : (tensor<8x8x8xf32>, tensor<64x4x8xf32>, tensor<64x4x8xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x8x8xf32>
    %37 = stablehlo.reshape %36 : (tensor<8x8x8xf32>) -> tensor<8x64xf32>
    %38 = stablehlo.convert %37 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %39 = stablehlo.convert %arg10 : (tensor<64x64xf32>) -> tensor<64x64xf16>
    %40 = stablehlo.dot_general %38, %39, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<64x64xf16>) -> tensor<8x64xf32>
    %41 = stablehlo.add %9, %40 : tensor<8x64xf32>
    %42 = stablehlo.composite "mlxla.rms_norm" %41, %arg11 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %43 = stablehlo.convert %42 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %44 = stablehlo.convert %arg12 : (tensor<172x64xf32>) -> tensor<172x64xf16>
    %45 = stablehlo.dot_general %43, %44, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<172x64xf16>) -> tensor<8x172xf32>
    %46 = stablehlo.logistic %45 : tensor<8x172xf32>
    %47 = stablehlo.multiply %45, %46 : tensor<8x172xf32>
    %48 = stablehlo.convert %42 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %49 = stablehlo.convert %arg13 : (tensor<172x64xf32>) -> tensor<172x64xf16>
    %50 = stablehlo.dot_general %48, %49, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<172x64xf16>) -> tensor<8x172xf32>
    %51 = stablehlo.multiply %47, %50 : tensor<8x172xf32>
    %52 = stablehlo.convert %51 : (tensor<8x172xf32>) -> tensor<8x172xf16>
    %53 = stablehlo.convert %arg14 : (tensor<64x172xf32>) -> tensor<64x172xf16>
    %54 = stablehlo.dot_general %52, %53, contracting_dims = [1] x [1] : (tensor<8x172xf16>, tensor<64x172xf16>) -> tensor<8x64xf32>
    %55 = stablehlo.add %41, %54 : tensor<8x64xf32>
    %56 = stablehlo.composite "mlxla.rms_norm" %55, %arg15 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %57 = stablehlo.convert %56 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %58 = stablehlo.convert %arg16 : (tensor<64x64xf32>) -> tensor<64x64xf16>
    %59 = stablehlo.dot_general %57, %58, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<64x64xf16>) -> tensor<8x64xf32>
    %60 = stablehlo.reshape %59 : (tensor<8x64xf32>) -> tensor<8x8x8xf32>
    %61 = stablehlo.composite "mlxla.rope" %60, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x8x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x8x8xf32>, tensor<8xi32>) -> tensor<8x8x8xf32>
    %62 = stablehlo.convert %56 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %63 = stablehlo.convert %arg17 : (tensor<32x64xf32>) -> tensor<32x64xf16>
    %64 = stablehlo.dot_general %62, %63, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<32x64xf16>) -> tensor<8x32xf32>
    %65 = stablehlo.reshape %64 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %66 = stablehlo.composite "mlxla.rope" %65, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x4x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x4x8xf32>, tensor<8xi32>) -> tensor<8x4x8xf32>
    %67 = stablehlo.convert %56 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %68 = stablehlo.convert %arg18 : (tensor<32x64xf32>) -> tensor<32x64xf16>
    %69 = stablehlo.dot_general %67, %68, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<32x64xf16>) -> tensor<8x32xf32>
    %70 = stablehlo.reshape %69 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %71 = stablehlo.constant dense<1> : tensor<i32>
    %72 = stablehlo.constant dense<0> : tensor<i32>
    %73 = stablehlo.constant dense<0> : tensor<i32>
    %74 = stablehlo.reshape %66 : (tensor<8x4x8xf32>) -> tensor<1x1x8x4x8xf32>
    %75 = stablehlo.dynamic_update_slice %29, %74, %71, %73, %arg1, %72, %72 : (tensor<5x1x64x4x8xf32>, tensor<1x1x8x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %76 = stablehlo.reshape %70 : (tensor<8x4x8xf32>) -> tensor<1x1x8x4x8xf32>
    %77 = stablehlo.dynamic_update_slice %31, %76, %71, %73, %arg1, %72, %72 : (tensor<5x1x64x4x8xf32>, tensor<1x1x8x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %78 = stablehlo.slice %75 [1:2, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %79 = stablehlo.reshape %78 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %80 = stablehlo.slice %77 [1:2, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %81 = stablehlo.reshape %80 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %82 = stablehlo.composite "mlxla.attention" %61, %79, %81, %2, %5 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_8x8x8xf32_64x4x8xf32_64x4x8xf32_8xi32_i32_363a2fb82e77f626} : (tensor<8x8x8xf32>, tensor<64x4x8xf32>, tensor<64x4x8xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x8x8xf32>
    %83 = stablehlo.reshape %82 : (tensor<8x8x8xf32>) -> tensor<8x64xf32>
    %84 = stablehlo.convert %83 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %85 = stablehlo.convert %arg19 : (tensor<64x64xf32>) -> tensor<64x64xf16>
    %86 = stablehlo.dot_general %84, %85, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<64x64xf16>) -> tensor<8x64xf32>
    %87 = stablehlo.add %55, %86 : tensor<8x64xf32>
    %88 = stablehlo.composite "mlxla.rms_norm" %87, %arg20 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %89 = stablehlo.convert %88 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %90 = stablehlo.convert %arg21 : (tensor<172x64xf32>) -> tensor<172x64xf16>
    %91 = stablehlo.dot_general %89, %90, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<172x64xf16>) -> tensor<8x172xf32>
    %92 = stablehlo.logistic %91 : tensor<8x172xf32>
    %93 = stablehlo.multiply %91, %92 : tensor<8x172xf32>
    %94 = stablehlo.convert %88 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %95 = stablehlo.convert %arg22 : (tensor<172x64xf32>) -> tensor<172x64xf16>
    %96 = stablehlo.dot_general %94, %95, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<172x64xf16>) -> tensor<8x172xf32>
    %97 = stablehlo.multiply %93, %96 : tensor<8x172xf32>
    %98 = stablehlo.convert %97 : (tensor<8x172xf32>) -> tensor<8x172xf16>
    %99 = stablehlo.convert %arg23 : (tensor<64x172xf32>) -> tensor<64x172xf16>
    %100 = stablehlo.dot_general %98, %99, contracting_dims = [1] x [1] : (tensor<8x172xf16>, tensor<64x172xf16>) -> tensor<8x64xf32>
    %101 = stablehlo.add %87, %100 : tensor<8x64xf32>
    %102 = stablehlo.composite "mlxla.rms_norm" %101, %arg24 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %103 = stablehlo.convert %102 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %104 = stablehlo.convert %arg25 : (tensor<64x64xf32>) -> tensor<64x64xf16>
    %105 = stablehlo.dot_general %103, %104, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<64x64xf16>) -> tensor<8x64xf32>
    %106 = stablehlo.reshape %105 : (tensor<8x64xf32>) -> tensor<8x8x8xf32>
    %107 = stablehlo.composite "mlxla.rope" %106, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x8x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x8x8xf32>, tensor<8xi32>) -> tensor<8x8x8xf32>
    %108 = stablehlo.convert %102 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %109 = stablehlo.convert %arg26 : (tensor<32x64xf32>) -> tensor<32x64xf16>
    %110 = stablehlo.dot_general %108, %109, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<32x64xf16>) -> tensor<8x32xf32>
    %111 = stablehlo.reshape %110 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %112 = stablehlo.composite "mlxla.rope" %111, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x4x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x4x8xf32>, tensor<8xi32>) -> tensor<8x4x8xf32>
    %113 = stablehlo.convert %102 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %114 = stablehlo.convert %arg27 : (tensor<32x64xf32>) -> tensor<32x64xf16>
    %115 = stablehlo.dot_general %113, %114, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<32x64xf16>) -> tensor<8x32xf32>
    %116 = stablehlo.reshape %115 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %117 = stablehlo.constant dense<2> : tensor<i32>
    %118 = stablehlo.constant dense<0> : tensor<i32>
    %119 = stablehlo.constant dense<0> : tensor<i32>
    %120 = stablehlo.reshape %112 : (tensor<8x4x8xf32>) -> tensor<1x1x8x4x8xf32>
    %121 = stablehlo.dynamic_update_slice %75, %120, %117, %119, %arg1, %118, %118 : (tensor<5x1x64x4x8xf32>, tensor<1x1x8x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %122 = stablehlo.reshape %116 : (tensor<8x4x8xf32>) -> tensor<1x1x8x4x8xf32>
    %123 = stablehlo.dynamic_update_slice %77, %122, %117, %119, %arg1, %118, %118 : (tensor<5x1x64x4x8xf32>, tensor<1x1x8x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %124 = stablehlo.slice %121 [2:3, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %125 = stablehlo.reshape %124 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %126 = stablehlo.slice %123 [2:3, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %127 = stablehlo.reshape %126 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %128 = stablehlo.composite "mlxla.attention" %107, %125, %127, %2, %5 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_8x8x8xf32_64x4x8xf32_64x4x8xf32_8xi32_i32_363a2fb82e77f626} : (tensor<8x8x8xf32>, tensor<64x4x8xf32>, tensor<64x4x8xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x8x8xf32>
    %129 = stablehlo.reshape %128 : (tensor<8x8x8xf32>) -> tensor<8x64xf32>
    %130 = stablehlo.convert %129 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %131 = stablehlo.convert %arg28 : (tensor<64x64xf32>) -> tensor<64x64xf16>
    %132 = stablehlo.dot_general %130, %131, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<64x64xf16>) -> tensor<8x64xf32>
    %133 = stablehlo.add %101, %132 : tensor<8x64xf32>
    %134 = stablehlo.composite "mlxla.rms_norm" %133, %arg29 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %135 = stablehlo.convert %134 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %136 = stablehlo.convert %arg30 : (tensor<172x64xf32>) -> tensor<172x64xf16>
    %137 = stablehlo.dot_general %135, %136, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<172x64xf16>) -> tensor<8x172xf32>
    %138 = stablehlo.logistic %137 : tensor<8x172xf32>
    %139 = stablehlo.multiply %137, %138 : tensor<8x172xf32>
    %140 = stablehlo.convert %134 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %141 = stablehlo.convert %arg31 : (tensor<172x64xf32>) -> tensor<172x64xf16>
    %142 = stablehlo.dot_general %140, %141, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<172x64xf16>) -> tensor<8x172xf32>
    %143 = stablehlo.multiply %139, %142 : tensor<8x172xf32>
    %144 = stablehlo.convert %143 : (tensor<8x172xf32>) -> tensor<8x172xf16>
    %145 = stablehlo.convert %arg32 : (tensor<64x172xf32>) -> tensor<64x172xf16>
    %146 = stablehlo.dot_general %144, %145, contracting_dims = [1] x [1] : (tensor<8x172xf16>, tensor<64x172xf16>) -> tensor<8x64xf32>
    %147 = stablehlo.add %133, %146 : tensor<8x64xf32>
    %148 = stablehlo.composite "mlxla.rms_norm" %147, %arg33 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %149 = stablehlo.convert %148 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %150 = stablehlo.convert %arg34 : (tensor<64x64xf32>) -> tensor<64x64xf16>
    %151 = stablehlo.dot_general %149, %150, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<64x64xf16>) -> tensor<8x64xf32>
    %152 = stablehlo.reshape %151 : (tensor<8x64xf32>) -> tensor<8x8x8xf32>
    %153 = stablehlo.composite "mlxla.rope" %152, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x8x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x8x8xf32>, tensor<8xi32>) -> tensor<8x8x8xf32>
    %154 = stablehlo.convert %148 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %155 = stablehlo.convert %arg35 : (tensor<32x64xf32>) -> tensor<32x64xf16>
    %156 = stablehlo.dot_general %154, %155, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<32x64xf16>) -> tensor<8x32xf32>
    %157 = stablehlo.reshape %156 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %158 = stablehlo.composite "mlxla.rope" %157, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x4x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x4x8xf32>, tensor<8xi32>) -> tensor<8x4x8xf32>
    %159 = stablehlo.convert %148 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %160 = stablehlo.convert %arg36 : (tensor<32x64xf32>) -> tensor<32x64xf16>
    %161 = stablehlo.dot_general %159, %160, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<32x64xf16>) -> tensor<8x32xf32>
    %162 = stablehlo.reshape %161 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %163 = stablehlo.constant dense<3> : tensor<i32>
    %164 = stablehlo.constant dense<0> : tensor<i32>
    %165 = stablehlo.constant dense<0> : tensor<i32>
    %166 = stablehlo.reshape %158 : (tensor<8x4x8xf32>) -> tensor<1x1x8x4x8xf32>
    %167 = stablehlo.dynamic_update_slice %121, %166, %163, %165, %arg1, %164, %164 : (tensor<5x1x64x4x8xf32>, tensor<1x1x8x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %168 = stablehlo.reshape %162 : (tensor<8x4x8xf32>) -> tensor<1x1x8x4x8xf32>
    %169 = stablehlo.dynamic_update_slice %123, %168, %163, %165, %arg1, %164, %164 : (tensor<5x1x64x4x8xf32>, tensor<1x1x8x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %170 = stablehlo.slice %167 [3:4, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %171 = stablehlo.reshape %170 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %172 = stablehlo.slice %169 [3:4, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %173 = stablehlo.reshape %172 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %174 = stablehlo.composite "mlxla.attention" %153, %171, %173, %2, %5 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_8x8x8xf32_64x4x8xf32_64x4x8xf32_8xi32_i32_363a2fb82e77f626} : (tensor<8x8x8xf32>, tensor<64x4x8xf32>, tensor<64x4x8xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x8x8xf32>
    %175 = stablehlo.reshape %174 : (tensor<8x8x8xf32>) -> tensor<8x64xf32>
    %176 = stablehlo.convert %175 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %177 = stablehlo.convert %arg37 : (tensor<64x64xf32>) -> tensor<64x64xf16>
    %178 = stablehlo.dot_general %176, %177, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<64x64xf16>) -> tensor<8x64xf32>
    %179 = stablehlo.add %147, %178 : tensor<8x64xf32>
    %180 = stablehlo.composite "mlxla.rms_norm" %179, %arg38 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %181 = stablehlo.convert %180 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %182 = stablehlo.convert %arg39 : (tensor<172x64xf32>) -> tensor<172x64xf16>
    %183 = stablehlo.dot_general %181, %182, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<172x64xf16>) -> tensor<8x172xf32>
    %184 = stablehlo.logistic %183 : tensor<8x172xf32>
    %185 = stablehlo.multiply %183, %184 : tensor<8x172xf32>
    %186 = stablehlo.convert %180 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %187 = stablehlo.convert %arg40 : (tensor<172x64xf32>) -> tensor<172x64xf16>
    %188 = stablehlo.dot_general %186, %187, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<172x64xf16>) -> tensor<8x172xf32>
    %189 = stablehlo.multiply %185, %188 : tensor<8x172xf32>
    %190 = stablehlo.convert %189 : (tensor<8x172xf32>) -> tensor<8x172xf16>
    %191 = stablehlo.convert %arg41 : (tensor<64x172xf32>) -> tensor<64x172xf16>
    %192 = stablehlo.dot_general %190, %191, contracting_dims = [1] x [1] : (tensor<8x172xf16>, tensor<64x172xf16>) -> tensor<8x64xf32>
    %193 = stablehlo.add %179, %192 : tensor<8x64xf32>
    %194 = stablehlo.composite "mlxla.rms_norm" %193, %arg42 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %195 = stablehlo.convert %194 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %196 = stablehlo.convert %arg43 : (tensor<64x64xf32>) -> tensor<64x64xf16>
    %197 = stablehlo.dot_general %195, %196, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<64x64xf16>) -> tensor<8x64xf32>
    %198 = stablehlo.reshape %197 : (tensor<8x64xf32>) -> tensor<8x8x8xf32>
    %199 = stablehlo.composite "mlxla.rope" %198, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x8x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x8x8xf32>, tensor<8xi32>) -> tensor<8x8x8xf32>
    %200 = stablehlo.convert %194 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %201 = stablehlo.convert %arg44 : (tensor<32x64xf32>) -> tensor<32x64xf16>
    %202 = stablehlo.dot_general %200, %201, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<32x64xf16>) -> tensor<8x32xf32>
    %203 = stablehlo.reshape %202 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %204 = stablehlo.composite "mlxla.rope" %203, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x4x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x4x8xf32>, tensor<8xi32>) -> tensor<8x4x8xf32>
    %205 = stablehlo.convert %194 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %206 = stablehlo.convert %arg45 : (tensor<32x64xf32>) -> tensor<32x64xf16>
    %207 = stablehlo.dot_general %205, %206, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<32x64xf16>) -> tensor<8x32xf32>
    %208 = stablehlo.reshape %207 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %209 = stablehlo.constant dense<4> : tensor<i32>
    %210 = stablehlo.constant dense<0> : tensor<i32>
    %211 = stablehlo.constant dense<0> : tensor<i32>
    %212 = stablehlo.reshape %204 : (tensor<8x4x8xf32>) -> tensor<1x1x8x4x8xf32>
    %213 = stablehlo.dynamic_update_slice %167, %212, %209, %211, %arg1, %210, %210 : (tensor<5x1x64x4x8xf32>, tensor<1x1x8x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %214 = stablehlo.reshape %208 : (tensor<8x4x8xf32>) -> tensor<1x1x8x4x8xf32>
    %215 = stablehlo.dynamic_update_slice %169, %214, %209, %211, %arg1, %210, %210 : (tensor<5x1x64x4x8xf32>, tensor<1x1x8x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %216 = stablehlo.slice %213 [4:5, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %217 = stablehlo.reshape %216 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %218 = stablehlo.slice %215 [4:5, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %219 = stablehlo.reshape %218 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %220 = stablehlo.composite "mlxla.attention" %199, %217, %219, %2, %5 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_8x8x8xf32_64x4x8xf32_64x4x8xf32_8xi32_i32_363a2fb82e77f626} : (tensor<8x8x8xf32>, tensor<64x4x8xf32>, tensor<64x4x8xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x8x8xf32>
    %221 = stablehlo.reshape %220 : (tensor<8x8x8xf32>) -> tensor<8x64xf32>
    %222 = stablehlo.convert %221 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %223 = stablehlo.convert %arg46 : (tensor<64x64xf32>) -> tensor<64x64xf16>
    %224 = stablehlo.dot_general %222, %223, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<64x64xf16>) -> tensor<8x64xf32>
    %225 = stablehlo.add %193, %224 : tensor<8x64xf32>
    %226 = stablehlo.composite "mlxla.rms_norm" %225, %arg47 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %227 = stablehlo.convert %226 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %228 = stablehlo.convert %arg48 : (tensor<172x64xf32>) -> tensor<172x64xf16>
    %229 = stablehlo.dot_general %227, %228, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<172x64xf16>) -> tensor<8x172xf32>
    %230 = stablehlo.logistic %229 : tensor<8x172xf32>
    %231 = stablehlo.multiply %229, %230 : tensor<8x172xf32>
    %232 = stablehlo.convert %226 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %233 = stablehlo.convert %arg49 : (tensor<172x64xf32>) -> tensor<172x64xf16>
    %234 = stablehlo.dot_general %232, %233, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<172x64xf16>) -> tensor<8x172xf32>
    %235 = stablehlo.multiply %231, %234 : tensor<8x172xf32>
    %236 = stablehlo.convert %235 : (tensor<8x172xf32>) -> tensor<8x172xf16>
    %237 = stablehlo.convert %arg50 : (tensor<64x172xf32>) -> tensor<64x172xf16>
    %238 = stablehlo.dot_general %236, %237, contracting_dims = [1] x [1] : (tensor<8x172xf16>, tensor<64x172xf16>) -> tensor<8x64xf32>
    %239 = stablehlo.add %225, %238 : tensor<8x64xf32>
    %240 = stablehlo.constant dense<0> : tensor<i32>
    %241 = stablehlo.dynamic_slice %239, %4, %240, sizes = [1, 64] : (tensor<8x64xf32>, tensor<i32>, tensor<i32>) -> tensor<1x64xf32>
    %242 = stablehlo.composite "mlxla.rms_norm" %241, %arg51 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %243 = stablehlo.convert %242 : (tensor<1x64xf32>) -> tensor<1x64xf16>
    %244 = stablehlo.convert %arg5 : (tensor<512x64xf32>) -> tensor<512x64xf16>
    %245 = stablehlo.dot_general %243, %244, contracting_dims = [1] x [1] : (tensor<1x64xf16>, tensor<512x64xf16>) -> tensor<1x512xf32>
    %246 = stablehlo.composite "mlxla.argmax" %245 {decomposition = @mlxla_argmax_1x512xf32_cbf29ce484222325} : (tensor<1x512xf32>) -> tensor<1xi32>
    return %246, %213, %215 : tensor<1xi32>, tensor<5x1x64x4x8xf32>, tensor<5x1x64x4x8xf32>
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
