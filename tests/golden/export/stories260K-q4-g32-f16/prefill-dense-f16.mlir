module @mlxla {
  func.func @main(%arg0: tensor<8xi32> {mlxla.name = "tokens"}, %arg1: tensor<i32> {mlxla.name = "start"}, %arg2: tensor<i32> {mlxla.name = "n_valid"}, %arg3: tensor<5x1x64x4x8xf16> {mlxla.name = "k_cache", tf.aliasing_output = 1 : i32}, %arg4: tensor<5x1x64x4x8xf16> {mlxla.name = "v_cache", tf.aliasing_output = 2 : i32}, %arg5: tensor<512x64xf32> {mlxla.name = "model.embed_tokens.weight"}, %arg6: tensor<64xf32> {mlxla.name = "model.layers.0.input_layernorm.weight"}, %arg7: tensor<64x64xf32> {mlxla.name = "model.layers.0.self_attn.q_proj.weight"}, %arg8: tensor<32x64xf32> {mlxla.name = "model.layers.0.self_attn.k_proj.weight"}, %arg9: tensor<32x64xf32> {mlxla.name = "model.layers.0.self_attn.v_proj.weight"}, %arg10: tensor<64x64xf32> {mlxla.name = "model.layers.0.self_attn.o_proj.weight"}, %arg11: tensor<64xf32> {mlxla.name = "model.layers.0.post_attention_layernorm.weight"}, %arg12: tensor<172x64xf32> {mlxla.name = "model.layers.0.mlp.gate_proj.weight"}, %arg13: tensor<172x64xf32> {mlxla.name = "model.layers.0.mlp.up_proj.weight"}, %arg14: tensor<64x172xf32> {mlxla.name = "model.layers.0.mlp.down_proj.weight"}, %arg15: tensor<64xf32> {mlxla.name = "model.layers.1.input_layernorm.weight"}, %arg16: tensor<64x64xf32> {mlxla.name = "model.layers.1.self_attn.q_proj.weight"}, %arg17: tensor<32x64xf32> {mlxla.name = "model.layers.1.self_attn.k_proj.weight"}, %arg18: tensor<32x64xf32> {mlxla.name = "model.layers.1.self_attn.v_proj.weight"}, %arg19: tensor<64x64xf32> {mlxla.name = "model.layers.1.self_attn.o_proj.weight"}, %arg20: tensor<64xf32> {mlxla.name = "model.layers.1.post_attention_layernorm.weight"}, %arg21: tensor<172x64xf32> {mlxla.name = "model.layers.1.mlp.gate_proj.weight"}, %arg22: tensor<172x64xf32> {mlxla.name = "model.layers.1.mlp.up_proj.weight"}, %arg23: tensor<64x172xf32> {mlxla.name = "model.layers.1.mlp.down_proj.weight"}, %arg24: tensor<64xf32> {mlxla.name = "model.layers.2.input_layernorm.weight"}, %arg25: tensor<64x64xf32> {mlxla.name = "model.layers.2.self_attn.q_proj.weight"}, %arg26: tensor<32x64xf32> {mlxla.name = "model.layers.2.self_attn.k_proj.weight"}, %arg27: tensor<32x64xf32> {mlxla.name = "model.layers.2.self_attn.v_proj.weight"}, %arg28: tensor<64x64xf32> {mlxla.name = "model.layers.2.self_attn.o_proj.weight"}, %arg29: tensor<64xf32> {mlxla.name = "model.layers.2.post_attention_layernorm.weight"}, %arg30: tensor<172x64xf32> {mlxla.name = "model.layers.2.mlp.gate_proj.weight"}, %arg31: tensor<172x64xf32> {mlxla.name = "model.layers.2.mlp.up_proj.weight"}, %arg32: tensor<64x172xf32> {mlxla.name = "model.layers.2.mlp.down_proj.weight"}, %arg33: tensor<64xf32> {mlxla.name = "model.layers.3.input_layernorm.weight"}, %arg34: tensor<64x64xf32> {mlxla.name = "model.layers.3.self_attn.q_proj.weight"}, %arg35: tensor<32x64xf32> {mlxla.name = "model.layers.3.self_attn.k_proj.weight"}, %arg36: tensor<32x64xf32> {mlxla.name = "model.layers.3.self_attn.v_proj.weight"}, %arg37: tensor<64x64xf32> {mlxla.name = "model.layers.3.self_attn.o_proj.weight"}, %arg38: tensor<64xf32> {mlxla.name = "model.layers.3.post_attention_layernorm.weight"}, %arg39: tensor<172x64xf32> {mlxla.name = "model.layers.3.mlp.gate_proj.weight"}, %arg40: tensor<172x64xf32> {mlxla.name = "model.layers.3.mlp.up_proj.weight"}, %arg41: tensor<64x172xf32> {mlxla.name = "model.layers.3.mlp.down_proj.weight"}, %arg42: tensor<64xf32> {mlxla.name = "model.layers.4.input_layernorm.weight"}, %arg43: tensor<64x64xf32> {mlxla.name = "model.layers.4.self_attn.q_proj.weight"}, %arg44: tensor<32x64xf32> {mlxla.name = "model.layers.4.self_attn.k_proj.weight"}, %arg45: tensor<32x64xf32> {mlxla.name = "model.layers.4.self_attn.v_proj.weight"}, %arg46: tensor<64x64xf32> {mlxla.name = "model.layers.4.self_attn.o_proj.weight"}, %arg47: tensor<64xf32> {mlxla.name = "model.layers.4.post_attention_layernorm.weight"}, %arg48: tensor<172x64xf32> {mlxla.name = "model.layers.4.mlp.gate_proj.weight"}, %arg49: tensor<172x64xf32> {mlxla.name = "model.layers.4.mlp.up_proj.weight"}, %arg50: tensor<64x172xf32> {mlxla.name = "model.layers.4.mlp.down_proj.weight"}, %arg51: tensor<64xf32> {mlxla.name = "model.norm.weight"}) -> (tensor<1xi32> {mlxla.name = "next_tokens"}, tensor<5x1x64x4x8xf16> {mlxla.name = "k_cache"}, tensor<5x1x64x4x8xf16> {mlxla.name = "v_cache"}) {
    %0 = stablehlo.iota dim = 0 : tensor<8xi32>
    %1 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<8xi32>
    %2 = stablehlo.add %1, %0 : tensor<8xi32>
    %3 = stablehlo.constant dense<-1> : tensor<i32>
    %4 = stablehlo.add %arg2, %3 : tensor<i32>
    %5 = stablehlo.add %arg1, %arg2 : tensor<i32>
    %6 = stablehlo.reshape %arg0 : (tensor<8xi32>) -> tensor<8x1xi32>
    %7 = "stablehlo.gather"(%arg5, %6) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>} : (tensor<512x64xf32>, tensor<8x1xi32>) -> tensor<8x64xf32>
    %8 = stablehlo.convert %7 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %9 = stablehlo.convert %8 : (tensor<8x64xf16>) -> tensor<8x64xf32>
    %10 = stablehlo.composite "mlxla.rms_norm" %9, %arg6 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %11 = stablehlo.convert %arg7 : (tensor<64x64xf32>) -> tensor<64x64xf16>
    %12 = stablehlo.convert %10 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %13 = stablehlo.dot_general %12, %11, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<64x64xf16>) -> tensor<8x64xf32>
    %14 = stablehlo.reshape %13 : (tensor<8x64xf32>) -> tensor<8x8x8xf32>
    %15 = stablehlo.composite "mlxla.rope" %14, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x8x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x8x8xf32>, tensor<8xi32>) -> tensor<8x8x8xf32>
    %16 = stablehlo.convert %arg8 : (tensor<32x64xf32>) -> tensor<32x64xf16>
    %17 = stablehlo.convert %10 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %18 = stablehlo.dot_general %17, %16, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<32x64xf16>) -> tensor<8x32xf32>
    %19 = stablehlo.reshape %18 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %20 = stablehlo.composite "mlxla.rope" %19, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x4x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x4x8xf32>, tensor<8xi32>) -> tensor<8x4x8xf32>
    %21 = stablehlo.convert %arg9 : (tensor<32x64xf32>) -> tensor<32x64xf16>
    %22 = stablehlo.convert %10 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %23 = stablehlo.dot_general %22, %21, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<32x64xf16>) -> tensor<8x32xf32>
    %24 = stablehlo.reshape %23 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %25 = stablehlo.convert %20 : (tensor<8x4x8xf32>) -> tensor<8x4x8xf16>
    %26 = stablehlo.convert %24 : (tensor<8x4x8xf32>) -> tensor<8x4x8xf16>
    %27 = stablehlo.constant dense<0> : tensor<i32>
    %28 = stablehlo.constant dense<0> : tensor<i32>
    %29 = stablehlo.constant dense<0> : tensor<i32>
    %30 = stablehlo.reshape %25 : (tensor<8x4x8xf16>) -> tensor<1x1x8x4x8xf16>
    %31 = stablehlo.dynamic_update_slice %arg3, %30, %27, %29, %arg1, %28, %28 : (tensor<5x1x64x4x8xf16>, tensor<1x1x8x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %32 = stablehlo.reshape %26 : (tensor<8x4x8xf16>) -> tensor<1x1x8x4x8xf16>
    %33 = stablehlo.dynamic_update_slice %arg4, %32, %27, %29, %arg1, %28, %28 : (tensor<5x1x64x4x8xf16>, tensor<1x1x8x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %34 = stablehlo.slice %33 [0:1, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %35 = stablehlo.reshape %34 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %36 = stablehlo.slice %31 [0:1, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %37 = stablehlo.reshape %36 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %38 = stablehlo.composite "mlxla.attention" %15, %37, %35, %2, %5 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_8x8x8xf32_64x4x8xf16_64x4x8xf16_8xi32_i32_363a2fb82e77f626} : (tensor<8x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x8x8xf32>
    %39 = stablehlo.reshape %38 : (tensor<8x8x8xf32>) -> tensor<8x64xf32>
    %40 = stablehlo.convert %arg10 : (tensor<64x64xf32>) -> tensor<64x64xf16>
    %41 = stablehlo.convert %39 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %42 = stablehlo.dot_general %41, %40, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<64x64xf16>) -> tensor<8x64xf32>
    %43 = stablehlo.add %9, %42 : tensor<8x64xf32>
    %44 = stablehlo.composite "mlxla.rms_norm" %43, %arg11 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %45 = stablehlo.convert %arg12 : (tensor<172x64xf32>) -> tensor<172x64xf16>
    %46 = stablehlo.convert %44 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %47 = stablehlo.dot_general %46, %45, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<172x64xf16>) -> tensor<8x172xf32>
    %48 = stablehlo.convert %arg13 : (tensor<172x64xf32>) -> tensor<172x64xf16>
    %49 = stablehlo.convert %44 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %50 = stablehlo.dot_general %49, %48, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<172x64xf16>) -> tensor<8x172xf32>
    %51 = stablehlo.logistic %47 : tensor<8x172xf32>
    %52 = stablehlo.multiply %47, %51 : tensor<8x172xf32>
    %53 = stablehlo.multiply %52, %50 : tensor<8x172xf32>
    %54 = stablehlo.convert %arg14 : (tensor<64x172xf32>) -> tensor<64x172xf16>
    %55 = stablehlo.convert %53 : (tensor<8x172xf32>) -> tensor<8x172xf16>
    %56 = stablehlo.dot_general %55, %54, contracting_dims = [1] x [1] : (tensor<8x172xf16>, tensor<64x172xf16>) -> tensor<8x64xf32>
    %57 = stablehlo.add %43, %56 : tensor<8x64xf32>
    %58 = stablehlo.composite "mlxla.rms_norm" %57, %arg15 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %59 = stablehlo.convert %arg16 : (tensor<64x64xf32>) -> tensor<64x64xf16>
    %60 = stablehlo.convert %58 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %61 = stablehlo.dot_general %60, %59, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<64x64xf16>) -> tensor<8x64xf32>
    %62 = stablehlo.reshape %61 : (tensor<8x64xf32>) -> tensor<8x8x8xf32>
    %63 = stablehlo.composite "mlxla.rope" %62, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x8x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x8x8xf32>, tensor<8xi32>) -> tensor<8x8x8xf32>
    %64 = stablehlo.convert %arg17 : (tensor<32x64xf32>) -> tensor<32x64xf16>
    %65 = stablehlo.convert %58 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %66 = stablehlo.dot_general %65, %64, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<32x64xf16>) -> tensor<8x32xf32>
    %67 = stablehlo.reshape %66 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %68 = stablehlo.composite "mlxla.rope" %67, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x4x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x4x8xf32>, tensor<8xi32>) -> tensor<8x4x8xf32>
    %69 = stablehlo.convert %arg18 : (tensor<32x64xf32>) -> tensor<32x64xf16>
    %70 = stablehlo.convert %58 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %71 = stablehlo.dot_general %70, %69, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<32x64xf16>) -> tensor<8x32xf32>
    %72 = stablehlo.reshape %71 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %73 = stablehlo.convert %68 : (tensor<8x4x8xf32>) -> tensor<8x4x8xf16>
    %74 = stablehlo.convert %72 : (tensor<8x4x8xf32>) -> tensor<8x4x8xf16>
    %75 = stablehlo.constant dense<1> : tensor<i32>
    %76 = stablehlo.constant dense<0> : tensor<i32>
    %77 = stablehlo.constant dense<0> : tensor<i32>
    %78 = stablehlo.reshape %73 : (tensor<8x4x8xf16>) -> tensor<1x1x8x4x8xf16>
    %79 = stablehlo.dynamic_update_slice %31, %78, %75, %77, %arg1, %76, %76 : (tensor<5x1x64x4x8xf16>, tensor<1x1x8x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %80 = stablehlo.reshape %74 : (tensor<8x4x8xf16>) -> tensor<1x1x8x4x8xf16>
    %81 = stablehlo.dynamic_update_slice %33, %80, %75, %77, %arg1, %76, %76 : (tensor<5x1x64x4x8xf16>, tensor<1x1x8x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %82 = stablehlo.slice %81 [1:2, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %83 = stablehlo.reshape %82 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %84 = stablehlo.slice %79 [1:2, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %85 = stablehlo.reshape %84 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %86 = stablehlo.composite "mlxla.attention" %63, %85, %83, %2, %5 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_8x8x8xf32_64x4x8xf16_64x4x8xf16_8xi32_i32_363a2fb82e77f626} : (tensor<8x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x8x8xf32>
    %87 = stablehlo.reshape %86 : (tensor<8x8x8xf32>) -> tensor<8x64xf32>
    %88 = stablehlo.convert %arg19 : (tensor<64x64xf32>) -> tensor<64x64xf16>
    %89 = stablehlo.convert %87 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %90 = stablehlo.dot_general %89, %88, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<64x64xf16>) -> tensor<8x64xf32>
    %91 = stablehlo.add %57, %90 : tensor<8x64xf32>
    %92 = stablehlo.composite "mlxla.rms_norm" %91, %arg20 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %93 = stablehlo.convert %arg21 : (tensor<172x64xf32>) -> tensor<172x64xf16>
    %94 = stablehlo.convert %92 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %95 = stablehlo.dot_general %94, %93, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<172x64xf16>) -> tensor<8x172xf32>
    %96 = stablehlo.convert %arg22 : (tensor<172x64xf32>) -> tensor<172x64xf16>
    %97 = stablehlo.convert %92 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %98 = stablehlo.dot_general %97, %96, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<172x64xf16>) -> tensor<8x172xf32>
    %99 = stablehlo.logistic %95 : tensor<8x172xf32>
    %100 = stablehlo.multiply %95, %99 : tensor<8x172xf32>
    %101 = stablehlo.multiply %100, %98 : tensor<8x172xf32>
    %102 = stablehlo.convert %arg23 : (tensor<64x172xf32>) -> tensor<64x172xf16>
    %103 = stablehlo.convert %101 : (tensor<8x172xf32>) -> tensor<8x172xf16>
    %104 = stablehlo.dot_general %103, %102, contracting_dims = [1] x [1] : (tensor<8x172xf16>, tensor<64x172xf16>) -> tensor<8x64xf32>
    %105 = stablehlo.add %91, %104 : tensor<8x64xf32>
    %106 = stablehlo.composite "mlxla.rms_norm" %105, %arg24 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %107 = stablehlo.convert %arg25 : (tensor<64x64xf32>) -> tensor<64x64xf16>
    %108 = stablehlo.convert %106 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %109 = stablehlo.dot_general %108, %107, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<64x64xf16>) -> tensor<8x64xf32>
    %110 = stablehlo.reshape %109 : (tensor<8x64xf32>) -> tensor<8x8x8xf32>
    %111 = stablehlo.composite "mlxla.rope" %110, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x8x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x8x8xf32>, tensor<8xi32>) -> tensor<8x8x8xf32>
    %112 = stablehlo.convert %arg26 : (tensor<32x64xf32>) -> tensor<32x64xf16>
    %113 = stablehlo.convert %106 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %114 = stablehlo.dot_general %113, %112, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<32x64xf16>) -> tensor<8x32xf32>
    %115 = stablehlo.reshape %114 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %116 = stablehlo.composite "mlxla.rope" %115, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x4x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x4x8xf32>, tensor<8xi32>) -> tensor<8x4x8xf32>
    %117 = stablehlo.convert %arg27 : (tensor<32x64xf32>) -> tensor<32x64xf16>
    %118 = stablehlo.convert %106 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %119 = stablehlo.dot_general %118, %117, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<32x64xf16>) -> tensor<8x32xf32>
    %120 = stablehlo.reshape %119 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %121 = stablehlo.convert %116 : (tensor<8x4x8xf32>) -> tensor<8x4x8xf16>
    %122 = stablehlo.convert %120 : (tensor<8x4x8xf32>) -> tensor<8x4x8xf16>
    %123 = stablehlo.constant dense<2> : tensor<i32>
    %124 = stablehlo.constant dense<0> : tensor<i32>
    %125 = stablehlo.constant dense<0> : tensor<i32>
    %126 = stablehlo.reshape %121 : (tensor<8x4x8xf16>) -> tensor<1x1x8x4x8xf16>
    %127 = stablehlo.dynamic_update_slice %79, %126, %123, %125, %arg1, %124, %124 : (tensor<5x1x64x4x8xf16>, tensor<1x1x8x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %128 = stablehlo.reshape %122 : (tensor<8x4x8xf16>) -> tensor<1x1x8x4x8xf16>
    %129 = stablehlo.dynamic_update_slice %81, %128, %123, %125, %arg1, %124, %124 : (tensor<5x1x64x4x8xf16>, tensor<1x1x8x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %130 = stablehlo.slice %129 [2:3, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %131 = stablehlo.reshape %130 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %132 = stablehlo.slice %127 [2:3, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %133 = stablehlo.reshape %132 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %134 = stablehlo.composite "mlxla.attention" %111, %133, %131, %2, %5 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_8x8x8xf32_64x4x8xf16_64x4x8xf16_8xi32_i32_363a2fb82e77f626} : (tensor<8x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x8x8xf32>
    %135 = stablehlo.reshape %134 : (tensor<8x8x8xf32>) -> tensor<8x64xf32>
    %136 = stablehlo.convert %arg28 : (tensor<64x64xf32>) -> tensor<64x64xf16>
    %137 = stablehlo.convert %135 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %138 = stablehlo.dot_general %137, %136, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<64x64xf16>) -> tensor<8x64xf32>
    %139 = stablehlo.add %105, %138 : tensor<8x64xf32>
    %140 = stablehlo.composite "mlxla.rms_norm" %139, %arg29 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %141 = stablehlo.convert %arg30 : (tensor<172x64xf32>) -> tensor<172x64xf16>
    %142 = stablehlo.convert %140 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %143 = stablehlo.dot_general %142, %141, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<172x64xf16>) -> tensor<8x172xf32>
    %144 = stablehlo.convert %arg31 : (tensor<172x64xf32>) -> tensor<172x64xf16>
    %145 = stablehlo.convert %140 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %146 = stablehlo.dot_general %145, %144, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<172x64xf16>) -> tensor<8x172xf32>
    %147 = stablehlo.logistic %143 : tensor<8x172xf32>
    %148 = stablehlo.multiply %143, %147 : tensor<8x172xf32>
    %149 = stablehlo.multiply %148, %146 : tensor<8x172xf32>
    %150 = stablehlo.convert %arg32 : (tensor<64x172xf32>) -> tensor<64x172xf16>
    %151 = stablehlo.convert %149 : (tensor<8x172xf32>) -> tensor<8x172xf16>
    %152 = stablehlo.dot_general %151, %150, contracting_dims = [1] x [1] : (tensor<8x172xf16>, tensor<64x172xf16>) -> tensor<8x64xf32>
    %153 = stablehlo.add %139, %152 : tensor<8x64xf32>
    %154 = stablehlo.composite "mlxla.rms_norm" %153, %arg33 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %155 = stablehlo.convert %arg34 : (tensor<64x64xf32>) -> tensor<64x64xf16>
    %156 = stablehlo.convert %154 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %157 = stablehlo.dot_general %156, %155, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<64x64xf16>) -> tensor<8x64xf32>
    %158 = stablehlo.reshape %157 : (tensor<8x64xf32>) -> tensor<8x8x8xf32>
    %159 = stablehlo.composite "mlxla.rope" %158, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x8x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x8x8xf32>, tensor<8xi32>) -> tensor<8x8x8xf32>
    %160 = stablehlo.convert %arg35 : (tensor<32x64xf32>) -> tensor<32x64xf16>
    %161 = stablehlo.convert %154 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %162 = stablehlo.dot_general %161, %160, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<32x64xf16>) -> tensor<8x32xf32>
    %163 = stablehlo.reshape %162 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %164 = stablehlo.composite "mlxla.rope" %163, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x4x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x4x8xf32>, tensor<8xi32>) -> tensor<8x4x8xf32>
    %165 = stablehlo.convert %arg36 : (tensor<32x64xf32>) -> tensor<32x64xf16>
    %166 = stablehlo.convert %154 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %167 = stablehlo.dot_general %166, %165, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<32x64xf16>) -> tensor<8x32xf32>
    %168 = stablehlo.reshape %167 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %169 = stablehlo.convert %164 : (tensor<8x4x8xf32>) -> tensor<8x4x8xf16>
    %170 = stablehlo.convert %168 : (tensor<8x4x8xf32>) -> tensor<8x4x8xf16>
    %171 = stablehlo.constant dense<3> : tensor<i32>
    %172 = stablehlo.constant dense<0> : tensor<i32>
    %173 = stablehlo.constant dense<0> : tensor<i32>
    %174 = stablehlo.reshape %169 : (tensor<8x4x8xf16>) -> tensor<1x1x8x4x8xf16>
    %175 = stablehlo.dynamic_update_slice %127, %174, %171, %173, %arg1, %172, %172 : (tensor<5x1x64x4x8xf16>, tensor<1x1x8x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %176 = stablehlo.reshape %170 : (tensor<8x4x8xf16>) -> tensor<1x1x8x4x8xf16>
    %177 = stablehlo.dynamic_update_slice %129, %176, %171, %173, %arg1, %172, %172 : (tensor<5x1x64x4x8xf16>, tensor<1x1x8x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %178 = stablehlo.slice %177 [3:4, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %179 = stablehlo.reshape %178 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %180 = stablehlo.slice %175 [3:4, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %181 = stablehlo.reshape %180 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %182 = stablehlo.composite "mlxla.attention" %159, %181, %179, %2, %5 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_8x8x8xf32_64x4x8xf16_64x4x8xf16_8xi32_i32_363a2fb82e77f626} : (tensor<8x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x8x8xf32>
    %183 = stablehlo.reshape %182 : (tensor<8x8x8xf32>) -> tensor<8x64xf32>
    %184 = stablehlo.convert %arg37 : (tensor<64x64xf32>) -> tensor<64x64xf16>
    %185 = stablehlo.convert %183 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %186 = stablehlo.dot_general %185, %184, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<64x64xf16>) -> tensor<8x64xf32>
    %187 = stablehlo.add %153, %186 : tensor<8x64xf32>
    %188 = stablehlo.composite "mlxla.rms_norm" %187, %arg38 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %189 = stablehlo.convert %arg39 : (tensor<172x64xf32>) -> tensor<172x64xf16>
    %190 = stablehlo.convert %188 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %191 = stablehlo.dot_general %190, %189, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<172x64xf16>) -> tensor<8x172xf32>
    %192 = stablehlo.convert %arg40 : (tensor<172x64xf32>) -> tensor<172x64xf16>
    %193 = stablehlo.convert %188 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %194 = stablehlo.dot_general %193, %192, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<172x64xf16>) -> tensor<8x172xf32>
    %195 = stablehlo.logistic %191 : tensor<8x172xf32>
    %196 = stablehlo.multiply %191, %195 : tensor<8x172xf32>
    %197 = stablehlo.multiply %196, %194 : tensor<8x172xf32>
    %198 = stablehlo.convert %arg41 : (tensor<64x172xf32>) -> tensor<64x172xf16>
    %199 = stablehlo.convert %197 : (tensor<8x172xf32>) -> tensor<8x172xf16>
    %200 = stablehlo.dot_general %199, %198, contracting_dims = [1] x [1] : (tensor<8x172xf16>, tensor<64x172xf16>) -> tensor<8x64xf32>
    %201 = stablehlo.add %187, %200 : tensor<8x64xf32>
    %202 = stablehlo.composite "mlxla.rms_norm" %201, %arg42 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %203 = stablehlo.convert %arg43 : (tensor<64x64xf32>) -> tensor<64x64xf16>
    %204 = stablehlo.convert %202 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %205 = stablehlo.dot_general %204, %203, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<64x64xf16>) -> tensor<8x64xf32>
    %206 = stablehlo.reshape %205 : (tensor<8x64xf32>) -> tensor<8x8x8xf32>
    %207 = stablehlo.composite "mlxla.rope" %206, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x8x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x8x8xf32>, tensor<8xi32>) -> tensor<8x8x8xf32>
    %208 = stablehlo.convert %arg44 : (tensor<32x64xf32>) -> tensor<32x64xf16>
    %209 = stablehlo.convert %202 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %210 = stablehlo.dot_general %209, %208, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<32x64xf16>) -> tensor<8x32xf32>
    %211 = stablehlo.reshape %210 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %212 = stablehlo.composite "mlxla.rope" %211, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x4x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x4x8xf32>, tensor<8xi32>) -> tensor<8x4x8xf32>
    %213 = stablehlo.convert %arg45 : (tensor<32x64xf32>) -> tensor<32x64xf16>
    %214 = stablehlo.convert %202 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %215 = stablehlo.dot_general %214, %213, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<32x64xf16>) -> tensor<8x32xf32>
    %216 = stablehlo.reshape %215 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %217 = stablehlo.convert %212 : (tensor<8x4x8xf32>) -> tensor<8x4x8xf16>
    %218 = stablehlo.convert %216 : (tensor<8x4x8xf32>) -> tensor<8x4x8xf16>
    %219 = stablehlo.constant dense<4> : tensor<i32>
    %220 = stablehlo.constant dense<0> : tensor<i32>
    %221 = stablehlo.constant dense<0> : tensor<i32>
    %222 = stablehlo.reshape %217 : (tensor<8x4x8xf16>) -> tensor<1x1x8x4x8xf16>
    %223 = stablehlo.dynamic_update_slice %175, %222, %219, %221, %arg1, %220, %220 : (tensor<5x1x64x4x8xf16>, tensor<1x1x8x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %224 = stablehlo.reshape %218 : (tensor<8x4x8xf16>) -> tensor<1x1x8x4x8xf16>
    %225 = stablehlo.dynamic_update_slice %177, %224, %219, %221, %arg1, %220, %220 : (tensor<5x1x64x4x8xf16>, tensor<1x1x8x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %226 = stablehlo.slice %225 [4:5, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %227 = stablehlo.reshape %226 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %228 = stablehlo.slice %223 [4:5, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %229 = stablehlo.reshape %228 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %230 = stablehlo.composite "mlxla.attention" %207, %229, %227, %2, %5 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_8x8x8xf32_64x4x8xf16_64x4x8xf16_8xi32_i32_363a2fb82e77f626} : (tensor<8x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x8x8xf32>
    %231 = stablehlo.reshape %230 : (tensor<8x8x8xf32>) -> tensor<8x64xf32>
    %232 = stablehlo.convert %arg46 : (tensor<64x64xf32>) -> tensor<64x64xf16>
    %233 = stablehlo.convert %231 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %234 = stablehlo.dot_general %233, %232, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<64x64xf16>) -> tensor<8x64xf32>
    %235 = stablehlo.add %201, %234 : tensor<8x64xf32>
    %236 = stablehlo.composite "mlxla.rms_norm" %235, %arg47 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %237 = stablehlo.convert %arg48 : (tensor<172x64xf32>) -> tensor<172x64xf16>
    %238 = stablehlo.convert %236 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %239 = stablehlo.dot_general %238, %237, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<172x64xf16>) -> tensor<8x172xf32>
    %240 = stablehlo.convert %arg49 : (tensor<172x64xf32>) -> tensor<172x64xf16>
    %241 = stablehlo.convert %236 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %242 = stablehlo.dot_general %241, %240, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<172x64xf16>) -> tensor<8x172xf32>
    %243 = stablehlo.logistic %239 : tensor<8x172xf32>
    %244 = stablehlo.multiply %239, %243 : tensor<8x172xf32>
    %245 = stablehlo.multiply %244, %242 : tensor<8x172xf32>
    %246 = stablehlo.convert %arg50 : (tensor<64x172xf32>) -> tensor<64x172xf16>
    %247 = stablehlo.convert %245 : (tensor<8x172xf32>) -> tensor<8x172xf16>
    %248 = stablehlo.dot_general %247, %246, contracting_dims = [1] x [1] : (tensor<8x172xf16>, tensor<64x172xf16>) -> tensor<8x64xf32>
    %249 = stablehlo.add %235, %248 : tensor<8x64xf32>
    %250 = stablehlo.constant dense<0> : tensor<i32>
    %251 = stablehlo.dynamic_slice %249, %4, %250, sizes = [1, 64] : (tensor<8x64xf32>, tensor<i32>, tensor<i32>) -> tensor<1x64xf32>
    %252 = stablehlo.composite "mlxla.rms_norm" %251, %arg51 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %253 = stablehlo.convert %arg5 : (tensor<512x64xf32>) -> tensor<512x64xf16>
    %254 = stablehlo.convert %252 : (tensor<1x64xf32>) -> tensor<1x64xf16>
    %255 = stablehlo.dot_general %254, %253, contracting_dims = [1] x [1] : (tensor<1x64xf16>, tensor<512x64xf16>) -> tensor<1x512xf32>
    %256 = stablehlo.composite "mlxla.argmax" %255 {decomposition = @mlxla_argmax_1x512xf32_cbf29ce484222325} : (tensor<1x512xf32>) -> tensor<1xi32>
    return %256, %223, %225 : tensor<1xi32>, tensor<5x1x64x4x8xf16>, tensor<5x1x64x4x8xf16>
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
