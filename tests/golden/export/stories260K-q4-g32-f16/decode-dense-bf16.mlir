module @mlxla {
  func.func @main(%arg0: tensor<1xi32> {mlxla.name = "tokens"}, %arg1: tensor<i32> {mlxla.name = "position"}, %arg2: tensor<5x1x64x4x8xf16> {mlxla.name = "k_cache", tf.aliasing_output = 1 : i32}, %arg3: tensor<5x1x64x4x8xf16> {mlxla.name = "v_cache", tf.aliasing_output = 2 : i32}, %arg4: tensor<512x64xf32> {mlxla.name = "model.embed_tokens.weight"}, %arg5: tensor<64xf32> {mlxla.name = "model.layers.0.input_layernorm.weight"}, %arg6: tensor<64x64xf32> {mlxla.name = "model.layers.0.self_attn.q_proj.weight"}, %arg7: tensor<32x64xf32> {mlxla.name = "model.layers.0.self_attn.k_proj.weight"}, %arg8: tensor<32x64xf32> {mlxla.name = "model.layers.0.self_attn.v_proj.weight"}, %arg9: tensor<64x64xf32> {mlxla.name = "model.layers.0.self_attn.o_proj.weight"}, %arg10: tensor<64xf32> {mlxla.name = "model.layers.0.post_attention_layernorm.weight"}, %arg11: tensor<172x64xf32> {mlxla.name = "model.layers.0.mlp.gate_proj.weight"}, %arg12: tensor<172x64xf32> {mlxla.name = "model.layers.0.mlp.up_proj.weight"}, %arg13: tensor<64x172xf32> {mlxla.name = "model.layers.0.mlp.down_proj.weight"}, %arg14: tensor<64xf32> {mlxla.name = "model.layers.1.input_layernorm.weight"}, %arg15: tensor<64x64xf32> {mlxla.name = "model.layers.1.self_attn.q_proj.weight"}, %arg16: tensor<32x64xf32> {mlxla.name = "model.layers.1.self_attn.k_proj.weight"}, %arg17: tensor<32x64xf32> {mlxla.name = "model.layers.1.self_attn.v_proj.weight"}, %arg18: tensor<64x64xf32> {mlxla.name = "model.layers.1.self_attn.o_proj.weight"}, %arg19: tensor<64xf32> {mlxla.name = "model.layers.1.post_attention_layernorm.weight"}, %arg20: tensor<172x64xf32> {mlxla.name = "model.layers.1.mlp.gate_proj.weight"}, %arg21: tensor<172x64xf32> {mlxla.name = "model.layers.1.mlp.up_proj.weight"}, %arg22: tensor<64x172xf32> {mlxla.name = "model.layers.1.mlp.down_proj.weight"}, %arg23: tensor<64xf32> {mlxla.name = "model.layers.2.input_layernorm.weight"}, %arg24: tensor<64x64xf32> {mlxla.name = "model.layers.2.self_attn.q_proj.weight"}, %arg25: tensor<32x64xf32> {mlxla.name = "model.layers.2.self_attn.k_proj.weight"}, %arg26: tensor<32x64xf32> {mlxla.name = "model.layers.2.self_attn.v_proj.weight"}, %arg27: tensor<64x64xf32> {mlxla.name = "model.layers.2.self_attn.o_proj.weight"}, %arg28: tensor<64xf32> {mlxla.name = "model.layers.2.post_attention_layernorm.weight"}, %arg29: tensor<172x64xf32> {mlxla.name = "model.layers.2.mlp.gate_proj.weight"}, %arg30: tensor<172x64xf32> {mlxla.name = "model.layers.2.mlp.up_proj.weight"}, %arg31: tensor<64x172xf32> {mlxla.name = "model.layers.2.mlp.down_proj.weight"}, %arg32: tensor<64xf32> {mlxla.name = "model.layers.3.input_layernorm.weight"}, %arg33: tensor<64x64xf32> {mlxla.name = "model.layers.3.self_attn.q_proj.weight"}, %arg34: tensor<32x64xf32> {mlxla.name = "model.layers.3.self_attn.k_proj.weight"}, %arg35: tensor<32x64xf32> {mlxla.name = "model.layers.3.self_attn.v_proj.weight"}, %arg36: tensor<64x64xf32> {mlxla.name = "model.layers.3.self_attn.o_proj.weight"}, %arg37: tensor<64xf32> {mlxla.name = "model.layers.3.post_attention_layernorm.weight"}, %arg38: tensor<172x64xf32> {mlxla.name = "model.layers.3.mlp.gate_proj.weight"}, %arg39: tensor<172x64xf32> {mlxla.name = "model.layers.3.mlp.up_proj.weight"}, %arg40: tensor<64x172xf32> {mlxla.name = "model.layers.3.mlp.down_proj.weight"}, %arg41: tensor<64xf32> {mlxla.name = "model.layers.4.input_layernorm.weight"}, %arg42: tensor<64x64xf32> {mlxla.name = "model.layers.4.self_attn.q_proj.weight"}, %arg43: tensor<32x64xf32> {mlxla.name = "model.layers.4.self_attn.k_proj.weight"}, %arg44: tensor<32x64xf32> {mlxla.name = "model.layers.4.self_attn.v_proj.weight"}, %arg45: tensor<64x64xf32> {mlxla.name = "model.layers.4.self_attn.o_proj.weight"}, %arg46: tensor<64xf32> {mlxla.name = "model.layers.4.post_attention_layernorm.weight"}, %arg47: tensor<172x64xf32> {mlxla.name = "model.layers.4.mlp.gate_proj.weight"}, %arg48: tensor<172x64xf32> {mlxla.name = "model.layers.4.mlp.up_proj.weight"}, %arg49: tensor<64x172xf32> {mlxla.name = "model.layers.4.mlp.down_proj.weight"}, %arg50: tensor<64xf32> {mlxla.name = "model.norm.weight"}) -> (tensor<1xi32> {mlxla.name = "next_tokens"}, tensor<5x1x64x4x8xf16> {mlxla.name = "k_cache"}, tensor<5x1x64x4x8xf16> {mlxla.name = "v_cache"}) {
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %1 = stablehlo.constant dense<1> : tensor<i32>
    %2 = stablehlo.add %arg1, %1 : tensor<i32>
    %3 = stablehlo.reshape %arg0 : (tensor<1xi32>) -> tensor<1x1xi32>
    %4 = "stablehlo.gather"(%arg4, %3) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>} : (tensor<512x64xf32>, tensor<1x1xi32>) -> tensor<1x64xf32>
    %5 = stablehlo.convert %4 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %6 = stablehlo.convert %5 : (tensor<1x64xbf16>) -> tensor<1x64xf32>
    %7 = stablehlo.composite "mlxla.rms_norm" %6, %arg5 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %8 = stablehlo.convert %arg6 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %9 = stablehlo.convert %7 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %10 = stablehlo.dot_general %9, %8, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<64x64xbf16>) -> tensor<1x64xf32>
    %11 = stablehlo.reshape %10 : (tensor<1x64xf32>) -> tensor<1x8x8xf32>
    %12 = stablehlo.composite "mlxla.rope" %11, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x8x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x8x8xf32>, tensor<1xi32>) -> tensor<1x8x8xf32>
    %13 = stablehlo.convert %arg7 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %14 = stablehlo.convert %7 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %15 = stablehlo.dot_general %14, %13, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<32x64xbf16>) -> tensor<1x32xf32>
    %16 = stablehlo.reshape %15 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %17 = stablehlo.composite "mlxla.rope" %16, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x8xf32>, tensor<1xi32>) -> tensor<1x4x8xf32>
    %18 = stablehlo.convert %arg8 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %19 = stablehlo.convert %7 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %20 = stablehlo.dot_general %19, %18, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<32x64xbf16>) -> tensor<1x32xf32>
    %21 = stablehlo.reshape %20 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %22 = stablehlo.convert %17 : (tensor<1x4x8xf32>) -> tensor<1x4x8xf16>
    %23 = stablehlo.convert %21 : (tensor<1x4x8xf32>) -> tensor<1x4x8xf16>
    %24 = stablehlo.constant dense<0> : tensor<i32>
    %25 = stablehlo.constant dense<0> : tensor<i32>
    %26 = stablehlo.constant dense<0> : tensor<i32>
    %27 = stablehlo.reshape %22 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %28 = stablehlo.dynamic_update_slice %arg2, %27, %24, %26, %arg1, %25, %25 : (tensor<5x1x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %29 = stablehlo.reshape %23 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %30 = stablehlo.dynamic_update_slice %arg3, %29, %24, %26, %arg1, %25, %25 : (tensor<5x1x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %31 = stablehlo.slice %30 [0:1, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %32 = stablehlo.reshape %31 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %33 = stablehlo.slice %28 [0:1, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %34 = stablehlo.reshape %33 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %35 = stablehlo.composite "mlxla.attention" %12, %34, %32, %0, %2 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf16_64x4x8xf16_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %36 = stablehlo.reshape %35 : (tensor<1x8x8xf32>) -> tensor<1x64xf32>
    %37 = stablehlo.convert %arg9 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %38 = stablehlo.convert %36 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %39 = stablehlo.dot_general %38, %37, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<64x64xbf16>) -> tensor<1x64xf32>
    %40 = stablehlo.add %6, %39 : tensor<1x64xf32>
    %41 = stablehlo.composite "mlxla.rms_norm" %40, %arg10 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %42 = stablehlo.convert %arg11 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %43 = stablehlo.convert %41 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %44 = stablehlo.dot_general %43, %42, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<172x64xbf16>) -> tensor<1x172xf32>
    %45 = stablehlo.convert %arg12 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %46 = stablehlo.convert %41 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %47 = stablehlo.dot_general %46, %45, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<172x64xbf16>) -> tensor<1x172xf32>
    %48 = stablehlo.logistic %44 : tensor<1x172xf32>
    %49 = stablehlo.multiply %44, %48 : tensor<1x172xf32>
    %50 = stablehlo.multiply %49, %47 : tensor<1x172xf32>
    %51 = stablehlo.convert %arg13 : (tensor<64x172xf32>) -> tensor<64x172xbf16>
    %52 = stablehlo.convert %50 : (tensor<1x172xf32>) -> tensor<1x172xbf16>
    %53 = stablehlo.dot_general %52, %51, contracting_dims = [1] x [1] : (tensor<1x172xbf16>, tensor<64x172xbf16>) -> tensor<1x64xf32>
    %54 = stablehlo.add %40, %53 : tensor<1x64xf32>
    %55 = stablehlo.composite "mlxla.rms_norm" %54, %arg14 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %56 = stablehlo.convert %arg15 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %57 = stablehlo.convert %55 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %58 = stablehlo.dot_general %57, %56, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<64x64xbf16>) -> tensor<1x64xf32>
    %59 = stablehlo.reshape %58 : (tensor<1x64xf32>) -> tensor<1x8x8xf32>
    %60 = stablehlo.composite "mlxla.rope" %59, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x8x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x8x8xf32>, tensor<1xi32>) -> tensor<1x8x8xf32>
    %61 = stablehlo.convert %arg16 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %62 = stablehlo.convert %55 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %63 = stablehlo.dot_general %62, %61, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<32x64xbf16>) -> tensor<1x32xf32>
    %64 = stablehlo.reshape %63 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %65 = stablehlo.composite "mlxla.rope" %64, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x8xf32>, tensor<1xi32>) -> tensor<1x4x8xf32>
    %66 = stablehlo.convert %arg17 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %67 = stablehlo.convert %55 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %68 = stablehlo.dot_general %67, %66, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<32x64xbf16>) -> tensor<1x32xf32>
    %69 = stablehlo.reshape %68 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %70 = stablehlo.convert %65 : (tensor<1x4x8xf32>) -> tensor<1x4x8xf16>
    %71 = stablehlo.convert %69 : (tensor<1x4x8xf32>) -> tensor<1x4x8xf16>
    %72 = stablehlo.constant dense<1> : tensor<i32>
    %73 = stablehlo.constant dense<0> : tensor<i32>
    %74 = stablehlo.constant dense<0> : tensor<i32>
    %75 = stablehlo.reshape %70 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %76 = stablehlo.dynamic_update_slice %28, %75, %72, %74, %arg1, %73, %73 : (tensor<5x1x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %77 = stablehlo.reshape %71 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %78 = stablehlo.dynamic_update_slice %30, %77, %72, %74, %arg1, %73, %73 : (tensor<5x1x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %79 = stablehlo.slice %78 [1:2, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %80 = stablehlo.reshape %79 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %81 = stablehlo.slice %76 [1:2, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %82 = stablehlo.reshape %81 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %83 = stablehlo.composite "mlxla.attention" %60, %82, %80, %0, %2 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf16_64x4x8xf16_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %84 = stablehlo.reshape %83 : (tensor<1x8x8xf32>) -> tensor<1x64xf32>
    %85 = stablehlo.convert %arg18 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %86 = stablehlo.convert %84 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %87 = stablehlo.dot_general %86, %85, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<64x64xbf16>) -> tensor<1x64xf32>
    %88 = stablehlo.add %54, %87 : tensor<1x64xf32>
    %89 = stablehlo.composite "mlxla.rms_norm" %88, %arg19 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %90 = stablehlo.convert %arg20 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %91 = stablehlo.convert %89 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %92 = stablehlo.dot_general %91, %90, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<172x64xbf16>) -> tensor<1x172xf32>
    %93 = stablehlo.convert %arg21 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %94 = stablehlo.convert %89 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %95 = stablehlo.dot_general %94, %93, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<172x64xbf16>) -> tensor<1x172xf32>
    %96 = stablehlo.logistic %92 : tensor<1x172xf32>
    %97 = stablehlo.multiply %92, %96 : tensor<1x172xf32>
    %98 = stablehlo.multiply %97, %95 : tensor<1x172xf32>
    %99 = stablehlo.convert %arg22 : (tensor<64x172xf32>) -> tensor<64x172xbf16>
    %100 = stablehlo.convert %98 : (tensor<1x172xf32>) -> tensor<1x172xbf16>
    %101 = stablehlo.dot_general %100, %99, contracting_dims = [1] x [1] : (tensor<1x172xbf16>, tensor<64x172xbf16>) -> tensor<1x64xf32>
    %102 = stablehlo.add %88, %101 : tensor<1x64xf32>
    %103 = stablehlo.composite "mlxla.rms_norm" %102, %arg23 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %104 = stablehlo.convert %arg24 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %105 = stablehlo.convert %103 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %106 = stablehlo.dot_general %105, %104, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<64x64xbf16>) -> tensor<1x64xf32>
    %107 = stablehlo.reshape %106 : (tensor<1x64xf32>) -> tensor<1x8x8xf32>
    %108 = stablehlo.composite "mlxla.rope" %107, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x8x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x8x8xf32>, tensor<1xi32>) -> tensor<1x8x8xf32>
    %109 = stablehlo.convert %arg25 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %110 = stablehlo.convert %103 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %111 = stablehlo.dot_general %110, %109, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<32x64xbf16>) -> tensor<1x32xf32>
    %112 = stablehlo.reshape %111 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %113 = stablehlo.composite "mlxla.rope" %112, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x8xf32>, tensor<1xi32>) -> tensor<1x4x8xf32>
    %114 = stablehlo.convert %arg26 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %115 = stablehlo.convert %103 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %116 = stablehlo.dot_general %115, %114, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<32x64xbf16>) -> tensor<1x32xf32>
    %117 = stablehlo.reshape %116 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %118 = stablehlo.convert %113 : (tensor<1x4x8xf32>) -> tensor<1x4x8xf16>
    %119 = stablehlo.convert %117 : (tensor<1x4x8xf32>) -> tensor<1x4x8xf16>
    %120 = stablehlo.constant dense<2> : tensor<i32>
    %121 = stablehlo.constant dense<0> : tensor<i32>
    %122 = stablehlo.constant dense<0> : tensor<i32>
    %123 = stablehlo.reshape %118 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %124 = stablehlo.dynamic_update_slice %76, %123, %120, %122, %arg1, %121, %121 : (tensor<5x1x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %125 = stablehlo.reshape %119 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %126 = stablehlo.dynamic_update_slice %78, %125, %120, %122, %arg1, %121, %121 : (tensor<5x1x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %127 = stablehlo.slice %126 [2:3, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %128 = stablehlo.reshape %127 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %129 = stablehlo.slice %124 [2:3, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %130 = stablehlo.reshape %129 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %131 = stablehlo.composite "mlxla.attention" %108, %130, %128, %0, %2 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf16_64x4x8xf16_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %132 = stablehlo.reshape %131 : (tensor<1x8x8xf32>) -> tensor<1x64xf32>
    %133 = stablehlo.convert %arg27 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %134 = stablehlo.convert %132 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %135 = stablehlo.dot_general %134, %133, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<64x64xbf16>) -> tensor<1x64xf32>
    %136 = stablehlo.add %102, %135 : tensor<1x64xf32>
    %137 = stablehlo.composite "mlxla.rms_norm" %136, %arg28 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %138 = stablehlo.convert %arg29 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %139 = stablehlo.convert %137 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %140 = stablehlo.dot_general %139, %138, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<172x64xbf16>) -> tensor<1x172xf32>
    %141 = stablehlo.convert %arg30 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %142 = stablehlo.convert %137 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %143 = stablehlo.dot_general %142, %141, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<172x64xbf16>) -> tensor<1x172xf32>
    %144 = stablehlo.logistic %140 : tensor<1x172xf32>
    %145 = stablehlo.multiply %140, %144 : tensor<1x172xf32>
    %146 = stablehlo.multiply %145, %143 : tensor<1x172xf32>
    %147 = stablehlo.convert %arg31 : (tensor<64x172xf32>) -> tensor<64x172xbf16>
    %148 = stablehlo.convert %146 : (tensor<1x172xf32>) -> tensor<1x172xbf16>
    %149 = stablehlo.dot_general %148, %147, contracting_dims = [1] x [1] : (tensor<1x172xbf16>, tensor<64x172xbf16>) -> tensor<1x64xf32>
    %150 = stablehlo.add %136, %149 : tensor<1x64xf32>
    %151 = stablehlo.composite "mlxla.rms_norm" %150, %arg32 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %152 = stablehlo.convert %arg33 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %153 = stablehlo.convert %151 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %154 = stablehlo.dot_general %153, %152, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<64x64xbf16>) -> tensor<1x64xf32>
    %155 = stablehlo.reshape %154 : (tensor<1x64xf32>) -> tensor<1x8x8xf32>
    %156 = stablehlo.composite "mlxla.rope" %155, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x8x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x8x8xf32>, tensor<1xi32>) -> tensor<1x8x8xf32>
    %157 = stablehlo.convert %arg34 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %158 = stablehlo.convert %151 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %159 = stablehlo.dot_general %158, %157, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<32x64xbf16>) -> tensor<1x32xf32>
    %160 = stablehlo.reshape %159 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %161 = stablehlo.composite "mlxla.rope" %160, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x8xf32>, tensor<1xi32>) -> tensor<1x4x8xf32>
    %162 = stablehlo.convert %arg35 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %163 = stablehlo.convert %151 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %164 = stablehlo.dot_general %163, %162, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<32x64xbf16>) -> tensor<1x32xf32>
    %165 = stablehlo.reshape %164 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %166 = stablehlo.convert %161 : (tensor<1x4x8xf32>) -> tensor<1x4x8xf16>
    %167 = stablehlo.convert %165 : (tensor<1x4x8xf32>) -> tensor<1x4x8xf16>
    %168 = stablehlo.constant dense<3> : tensor<i32>
    %169 = stablehlo.constant dense<0> : tensor<i32>
    %170 = stablehlo.constant dense<0> : tensor<i32>
    %171 = stablehlo.reshape %166 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %172 = stablehlo.dynamic_update_slice %124, %171, %168, %170, %arg1, %169, %169 : (tensor<5x1x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %173 = stablehlo.reshape %167 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %174 = stablehlo.dynamic_update_slice %126, %173, %168, %170, %arg1, %169, %169 : (tensor<5x1x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %175 = stablehlo.slice %174 [3:4, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %176 = stablehlo.reshape %175 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %177 = stablehlo.slice %172 [3:4, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %178 = stablehlo.reshape %177 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %179 = stablehlo.composite "mlxla.attention" %156, %178, %176, %0, %2 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf16_64x4x8xf16_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %180 = stablehlo.reshape %179 : (tensor<1x8x8xf32>) -> tensor<1x64xf32>
    %181 = stablehlo.convert %arg36 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %182 = stablehlo.convert %180 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %183 = stablehlo.dot_general %182, %181, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<64x64xbf16>) -> tensor<1x64xf32>
    %184 = stablehlo.add %150, %183 : tensor<1x64xf32>
    %185 = stablehlo.composite "mlxla.rms_norm" %184, %arg37 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %186 = stablehlo.convert %arg38 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %187 = stablehlo.convert %185 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %188 = stablehlo.dot_general %187, %186, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<172x64xbf16>) -> tensor<1x172xf32>
    %189 = stablehlo.convert %arg39 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %190 = stablehlo.convert %185 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %191 = stablehlo.dot_general %190, %189, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<172x64xbf16>) -> tensor<1x172xf32>
    %192 = stablehlo.logistic %188 : tensor<1x172xf32>
    %193 = stablehlo.multiply %188, %192 : tensor<1x172xf32>
    %194 = stablehlo.multiply %193, %191 : tensor<1x172xf32>
    %195 = stablehlo.convert %arg40 : (tensor<64x172xf32>) -> tensor<64x172xbf16>
    %196 = stablehlo.convert %194 : (tensor<1x172xf32>) -> tensor<1x172xbf16>
    %197 = stablehlo.dot_general %196, %195, contracting_dims = [1] x [1] : (tensor<1x172xbf16>, tensor<64x172xbf16>) -> tensor<1x64xf32>
    %198 = stablehlo.add %184, %197 : tensor<1x64xf32>
    %199 = stablehlo.composite "mlxla.rms_norm" %198, %arg41 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %200 = stablehlo.convert %arg42 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %201 = stablehlo.convert %199 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %202 = stablehlo.dot_general %201, %200, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<64x64xbf16>) -> tensor<1x64xf32>
    %203 = stablehlo.reshape %202 : (tensor<1x64xf32>) -> tensor<1x8x8xf32>
    %204 = stablehlo.composite "mlxla.rope" %203, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x8x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x8x8xf32>, tensor<1xi32>) -> tensor<1x8x8xf32>
    %205 = stablehlo.convert %arg43 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %206 = stablehlo.convert %199 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %207 = stablehlo.dot_general %206, %205, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<32x64xbf16>) -> tensor<1x32xf32>
    %208 = stablehlo.reshape %207 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %209 = stablehlo.composite "mlxla.rope" %208, %0 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_1x4x8xf32_1xi32_e799d9b71a401c74} : (tensor<1x4x8xf32>, tensor<1xi32>) -> tensor<1x4x8xf32>
    %210 = stablehlo.convert %arg44 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %211 = stablehlo.convert %199 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %212 = stablehlo.dot_general %211, %210, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<32x64xbf16>) -> tensor<1x32xf32>
    %213 = stablehlo.reshape %212 : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
    %214 = stablehlo.convert %209 : (tensor<1x4x8xf32>) -> tensor<1x4x8xf16>
    %215 = stablehlo.convert %213 : (tensor<1x4x8xf32>) -> tensor<1x4x8xf16>
    %216 = stablehlo.constant dense<4> : tensor<i32>
    %217 = stablehlo.constant dense<0> : tensor<i32>
    %218 = stablehlo.constant dense<0> : tensor<i32>
    %219 = stablehlo.reshape %214 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %220 = stablehlo.dynamic_update_slice %172, %219, %216, %218, %arg1, %217, %217 : (tensor<5x1x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %221 = stablehlo.reshape %215 : (tensor<1x4x8xf16>) -> tensor<1x1x1x4x8xf16>
    %222 = stablehlo.dynamic_update_slice %174, %221, %216, %218, %arg1, %217, %217 : (tensor<5x1x64x4x8xf16>, tensor<1x1x1x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %223 = stablehlo.slice %222 [4:5, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %224 = stablehlo.reshape %223 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %225 = stablehlo.slice %220 [4:5, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %226 = stablehlo.reshape %225 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %227 = stablehlo.composite "mlxla.attention" %204, %226, %224, %0, %2 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_1x8x8xf32_64x4x8xf16_64x4x8xf16_1xi32_i32_363a2fb82e77f626} : (tensor<1x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<1xi32>, tensor<i32>) -> tensor<1x8x8xf32>
    %228 = stablehlo.reshape %227 : (tensor<1x8x8xf32>) -> tensor<1x64xf32>
    %229 = stablehlo.convert %arg45 : (tensor<64x64xf32>) -> tensor<64x64xbf16>
    %230 = stablehlo.convert %228 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %231 = stablehlo.dot_general %230, %229, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<64x64xbf16>) -> tensor<1x64xf32>
    %232 = stablehlo.add %198, %231 : tensor<1x64xf32>
    %233 = stablehlo.composite "mlxla.rms_norm" %232, %arg46 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %234 = stablehlo.convert %arg47 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %235 = stablehlo.convert %233 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %236 = stablehlo.dot_general %235, %234, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<172x64xbf16>) -> tensor<1x172xf32>
    %237 = stablehlo.convert %arg48 : (tensor<172x64xf32>) -> tensor<172x64xbf16>
    %238 = stablehlo.convert %233 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %239 = stablehlo.dot_general %238, %237, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<172x64xbf16>) -> tensor<1x172xf32>
    %240 = stablehlo.logistic %236 : tensor<1x172xf32>
    %241 = stablehlo.multiply %236, %240 : tensor<1x172xf32>
    %242 = stablehlo.multiply %241, %239 : tensor<1x172xf32>
    %243 = stablehlo.convert %arg49 : (tensor<64x172xf32>) -> tensor<64x172xbf16>
    %244 = stablehlo.convert %242 : (tensor<1x172xf32>) -> tensor<1x172xbf16>
    %245 = stablehlo.dot_general %244, %243, contracting_dims = [1] x [1] : (tensor<1x172xbf16>, tensor<64x172xbf16>) -> tensor<1x64xf32>
    %246 = stablehlo.add %232, %245 : tensor<1x64xf32>
    %247 = stablehlo.composite "mlxla.rms_norm" %246, %arg50 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %248 = stablehlo.convert %arg4 : (tensor<512x64xf32>) -> tensor<512x64xbf16>
    %249 = stablehlo.convert %247 : (tensor<1x64xf32>) -> tensor<1x64xbf16>
    %250 = stablehlo.dot_general %249, %248, contracting_dims = [1] x [1] : (tensor<1x64xbf16>, tensor<512x64xbf16>) -> tensor<1x512xf32>
    %251 = stablehlo.composite "mlxla.argmax" %250 {decomposition = @mlxla_argmax_1x512xf32_cbf29ce484222325} : (tensor<1x512xf32>) -> tensor<1xi32>
    return %251, %220, %222 : tensor<1xi32>, tensor<5x1x64x4x8xf16>, tensor<5x1x64x4x8xf16>
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
  func.func private @mlxla_rope_1x8x8xf32_1xi32_e799d9b71a401c74(%arg0: tensor<1x8x8xf32> {mlxla.name = "arg0"}, %arg1: tensor<1xi32> {mlxla.name = "arg1"}) -> (tensor<1x8x8xf32>) {
    %0 = stablehlo.constant dense<[1.0, 0.1, 0.01, 0.001]> : tensor<4xf32>
    %1 = stablehlo.convert %arg1 : (tensor<1xi32>) -> tensor<1xf32>
    %2 = stablehlo.broadcast_in_dim %0, dims = [1] : (tensor<4xf32>) -> tensor<1x4xf32>
    %3 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<1xf32>) -> tensor<1x4xf32>
    %4 = stablehlo.multiply %3, %2 : tensor<1x4xf32>
    %5 = stablehlo.cosine %4 : tensor<1x4xf32>
    %6 = stablehlo.sine %4 : tensor<1x4xf32>
    %7 = stablehlo.concatenate %5, %5, dim = 1 : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x8xf32>
    %8 = stablehlo.broadcast_in_dim %7, dims = [0, 2] : (tensor<1x8xf32>) -> tensor<1x8x8xf32>
    %9 = stablehlo.concatenate %6, %6, dim = 1 : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x8xf32>
    %10 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<1x8xf32>) -> tensor<1x8x8xf32>
    %11 = stablehlo.slice %arg0 [0:1, 0:8, 0:4] : (tensor<1x8x8xf32>) -> tensor<1x8x4xf32>
    %12 = stablehlo.slice %arg0 [0:1, 0:8, 4:8] : (tensor<1x8x8xf32>) -> tensor<1x8x4xf32>
    %13 = stablehlo.negate %12 : tensor<1x8x4xf32>
    %14 = stablehlo.concatenate %13, %11, dim = 2 : (tensor<1x8x4xf32>, tensor<1x8x4xf32>) -> tensor<1x8x8xf32>
    %15 = stablehlo.multiply %14, %10 : tensor<1x8x8xf32>
    %16 = stablehlo.multiply %arg0, %8 : tensor<1x8x8xf32>
    %17 = stablehlo.add %16, %15 : tensor<1x8x8xf32>
    return %17 : tensor<1x8x8xf32>
  }
  func.func private @mlxla_rope_1x4x8xf32_1xi32_e799d9b71a401c74(%arg0: tensor<1x4x8xf32> {mlxla.name = "arg0"}, %arg1: tensor<1xi32> {mlxla.name = "arg1"}) -> (tensor<1x4x8xf32>) {
    %0 = stablehlo.constant dense<[1.0, 0.1, 0.01, 0.001]> : tensor<4xf32>
    %1 = stablehlo.convert %arg1 : (tensor<1xi32>) -> tensor<1xf32>
    %2 = stablehlo.broadcast_in_dim %0, dims = [1] : (tensor<4xf32>) -> tensor<1x4xf32>
    %3 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<1xf32>) -> tensor<1x4xf32>
    %4 = stablehlo.multiply %3, %2 : tensor<1x4xf32>
    %5 = stablehlo.cosine %4 : tensor<1x4xf32>
    %6 = stablehlo.sine %4 : tensor<1x4xf32>
    %7 = stablehlo.concatenate %5, %5, dim = 1 : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x8xf32>
    %8 = stablehlo.broadcast_in_dim %7, dims = [0, 2] : (tensor<1x8xf32>) -> tensor<1x4x8xf32>
    %9 = stablehlo.concatenate %6, %6, dim = 1 : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x8xf32>
    %10 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<1x8xf32>) -> tensor<1x4x8xf32>
    %11 = stablehlo.slice %arg0 [0:1, 0:4, 0:4] : (tensor<1x4x8xf32>) -> tensor<1x4x4xf32>
    %12 = stablehlo.slice %arg0 [0:1, 0:4, 4:8] : (tensor<1x4x8xf32>) -> tensor<1x4x4xf32>
    %13 = stablehlo.negate %12 : tensor<1x4x4xf32>
    %14 = stablehlo.concatenate %13, %11, dim = 2 : (tensor<1x4x4xf32>, tensor<1x4x4xf32>) -> tensor<1x4x8xf32>
    %15 = stablehlo.multiply %14, %10 : tensor<1x4x8xf32>
    %16 = stablehlo.multiply %arg0, %8 : tensor<1x4x8xf32>
    %17 = stablehlo.add %16, %15 : tensor<1x4x8xf32>
    return %17 : tensor<1x4x8xf32>
  }
  func.func private @mlxla_attention_1x8x8xf32_64x4x8xf16_64x4x8xf16_1xi32_i32_363a2fb82e77f626(%arg0: tensor<1x8x8xf32> {mlxla.name = "arg0"}, %arg1: tensor<64x4x8xf16> {mlxla.name = "arg1"}, %arg2: tensor<64x4x8xf16> {mlxla.name = "arg2"}, %arg3: tensor<1xi32> {mlxla.name = "arg3"}, %arg4: tensor<i32> {mlxla.name = "arg4"}) -> (tensor<1x8x8xf32>) {
    %0 = stablehlo.reshape %arg0 : (tensor<1x8x8xf32>) -> tensor<1x4x2x8xf32>
    %1 = stablehlo.convert %arg1 : (tensor<64x4x8xf16>) -> tensor<64x4x8xf32>
    %2 = stablehlo.convert %arg2 : (tensor<64x4x8xf16>) -> tensor<64x4x8xf32>
    %3 = stablehlo.dot_general %0, %1, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<1x4x2x8xf32>, tensor<64x4x8xf32>) -> tensor<4x1x2x64xf32>
    %4 = stablehlo.constant dense<0.35355338> : tensor<4x1x2x64xf32>
    %5 = stablehlo.multiply %3, %4 : tensor<4x1x2x64xf32>
    %6 = stablehlo.broadcast_in_dim %arg4, dims = [] : (tensor<i32>) -> tensor<1xi32>
    %7 = stablehlo.constant dense<1> : tensor<1xi32>
    %8 = stablehlo.add %arg3, %7 : tensor<1xi32>
    %9 = stablehlo.minimum %8, %6 : tensor<1xi32>
    %10 = stablehlo.broadcast_in_dim %9, dims = [1] : (tensor<1xi32>) -> tensor<4x1x2x64xi32>
    %11 = stablehlo.iota dim = 3 : tensor<4x1x2x64xi32>
    %12 = stablehlo.compare LT, %11, %10 : (tensor<4x1x2x64xi32>, tensor<4x1x2x64xi32>) -> tensor<4x1x2x64xi1>
    %13 = stablehlo.constant dense<-3.4028235e+38> : tensor<4x1x2x64xf32>
    %14 = stablehlo.select %12, %5, %13 : tensor<4x1x2x64xi1>, tensor<4x1x2x64xf32>
    %15 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %16 = stablehlo.reduce(%14 init: %15) applies stablehlo.maximum across dimensions = [3] : (tensor<4x1x2x64xf32>, tensor<f32>) -> tensor<4x1x2xf32>
    %17 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 2] : (tensor<4x1x2xf32>) -> tensor<4x1x2x64xf32>
    %18 = stablehlo.subtract %14, %17 : tensor<4x1x2x64xf32>
    %19 = stablehlo.exponential %18 : tensor<4x1x2x64xf32>
    %20 = stablehlo.constant dense<0.0> : tensor<f32>
    %21 = stablehlo.reduce(%19 init: %20) applies stablehlo.add across dimensions = [3] : (tensor<4x1x2x64xf32>, tensor<f32>) -> tensor<4x1x2xf32>
    %22 = stablehlo.broadcast_in_dim %21, dims = [0, 1, 2] : (tensor<4x1x2xf32>) -> tensor<4x1x2x64xf32>
    %23 = stablehlo.divide %19, %22 : tensor<4x1x2x64xf32>
    %24 = stablehlo.dot_general %23, %2, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<4x1x2x64xf32>, tensor<64x4x8xf32>) -> tensor<4x1x2x8xf32>
    %25 = stablehlo.transpose %24, dims = [1, 0, 2, 3] : (tensor<4x1x2x8xf32>) -> tensor<1x4x2x8xf32>
    %26 = stablehlo.reshape %25 : (tensor<1x4x2x8xf32>) -> tensor<1x8x8xf32>
    return %26 : tensor<1x8x8xf32>
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
